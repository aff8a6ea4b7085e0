package kz.hub.search.analysis;

import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Light Kazakh stemming of our own (Lucene and Snowball have none): strips up to three
 * common endings (plural, possessive, case), longest first, never leaving fewer than
 * three letters. It reads words whose Kazakh letters are already written as on a Russian
 * keyboard (ә as а, і as и, ...), so "көлдері" and "колдери" reach the same stem "кол".
 */
final class KazakhStemFilter extends TokenFilter {

	private static final int MIN_STEM = 3;

	private static final int MAX_ENDINGS = 3;

	/** Endings in the folded spelling, longest first so "лары" goes before "ы". */
	private static final List<String> ENDINGS = Stream.of(
			// plural
			"лар", "лер", "дар", "дер", "тар", "тер",
			// possessive, and "your" of the polite imperative: "өтінішіңізді", "беріңіз"
			"сы", "си", "ы", "и", "мыз", "миз", "ымыз", "имиз", "ыныз", "иниз", "ныз", "низ",
			// verbal noun: "беру", "жинау"
			"у",
			// genitive, accusative
			"нын", "нин", "дын", "дин", "тын", "тин", "ны", "ни", "ды", "ди", "ты", "ти",
			// dative
			"га", "ге", "ка", "ке", "на", "не", "ына", "ине",
			// locative, ablative
			"да", "де", "та", "те", "нда", "нде", "дан", "ден", "тан", "тен", "нан", "нен",
			// instrumental
			"мен", "бен", "пен")
		.sorted(Comparator.comparingInt(String::length).reversed())
		.toList();

	/**
	 * The endings by their last letter, 'а' to 'я', longest first: a word is checked only
	 * against the endings that end as it does (all of them, for each word, was a
	 * twentieth of an index build).
	 */
	private static final String[][] ENDINGS_BY_LAST_LETTER = IntStream.rangeClosed('а', 'я')
		.mapToObj(last -> ENDINGS.stream().filter(ending -> ending.charAt(ending.length() - 1) == last))
		.map(endings -> endings.toArray(String[]::new))
		.toArray(String[][]::new);

	private static final String[] NO_ENDINGS = {};

	private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

	private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

	KazakhStemFilter(TokenStream input) {
		super(input);
	}

	@Override
	public boolean incrementToken() throws IOException {
		if (!input.incrementToken()) {
			return false;
		}
		if (!keyword.isKeyword()) {
			term.setLength(stem(term.buffer(), term.length()));
		}
		return true;
	}

	/** The length of the word's stem, the word being the first {@code length} chars. */
	static int stem(char[] word, int length) {
		for (int stripped = 0; stripped < MAX_ENDINGS && length > MIN_STEM; stripped++) {
			int before = length;
			for (String ending : endingsOf(word[length - 1])) {
				if (length - ending.length() >= MIN_STEM && endsWith(word, length, ending)) {
					length -= ending.length();
					break;
				}
			}
			if (length == before) {
				break;
			}
		}
		return length;
	}

	private static String[] endingsOf(char last) {
		int index = last - 'а';
		return index >= 0 && index < ENDINGS_BY_LAST_LETTER.length ? ENDINGS_BY_LAST_LETTER[index] : NO_ENDINGS;
	}

	private static boolean endsWith(char[] word, int length, String ending) {
		int start = length - ending.length();
		for (int i = 0; i < ending.length(); i++) {
			if (word[start + i] != ending.charAt(i)) {
				return false;
			}
		}
		return true;
	}

}
