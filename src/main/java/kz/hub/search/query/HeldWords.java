package kz.hub.search.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import kz.hub.content.Language;
import kz.hub.search.analysis.TextAnalysis;
import kz.hub.search.indexing.IndexFields;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Which words of a query the content holds in some form: the word itself, its stem, a
 * synonym or a concept it is part of, in any language, or a name written in Latin
 * letters; and which it holds in a name (a title, an alias, a heading). A question mostly
 * of words the content holds in no form, naming none of its items ("which taxi app works
 * there"), is about something the content does not cover.
 */
final class HeldWords {

	/** The names a word may be held in: a match there points at an item. */
	private static final String[] NAMES = { SearchedField.TITLE.field(), SearchedField.ALIASES.field() };

	/** The other fields a query searches. */
	private static final String[] OTHERS = { SearchedField.DETAILS.field(), SearchedField.TEXT.field() };

	/**
	 * @param held whether the content holds each searched word, in order, in some form
	 * @param named whether it holds each in a name; told only when two or more words are
	 * not held as they are, and false otherwise
	 */
	record Held(boolean[] held, boolean[] named) {
	}

	private final TextAnalysis analysis;

	private final IndexTerms terms;

	HeldWords(TextAnalysis analysis, IndexTerms terms) {
		this.analysis = analysis;
		this.terms = terms;
	}

	/**
	 * Which of the searched words are held, and held in a name; all are when the words
	 * cannot be told apart in the text.
	 */
	Held of(SearchedWords searched) {
		boolean[] held = new boolean[searched.words().size()];
		boolean[] named = new boolean[held.length];
		// Most queries are of words some item has as they are: when fewer than two words
		// are not, the rule that reads these has nothing to weigh, and each language's
		// analysis is spared.
		int notAsTheyAre = 0;
		for (int i = 0; i < held.length; i++) {
			held[i] = terms.inDictionary(searched.words().get(i));
			notAsTheyAre += held[i] ? 0 : 1;
		}
		if (notAsTheyAre < 2) {
			return new Held(held, named);
		}
		List<int[]> spans = spans(analysis.folded, searched.text());
		if (spans.size() != held.length) {
			Arrays.fill(held, true);
			return new Held(held, named);
		}
		for (Language language : Language.values()) {
			mark(analysis.queryAnalyzerFor(language), searched.text(), spans, held, named);
		}
		mark(analysis.latin, searched.text(), spans, held, named);
		if (searched.lastWord() == SearchedWords.LastWord.BEING_TYPED) {
			// The start of a word is no word yet.
			held[held.length - 1] = true;
		}
		return new Held(held, named);
	}

	/**
	 * Marks the words under each term of the text that a document holds, and those under
	 * a term of a name. The Latin analysis writes names only.
	 */
	private void mark(Analyzer analyzer, String text, List<int[]> spans, boolean[] held, boolean[] named) {
		boolean latin = analyzer == analysis.latin;
		try (TokenStream tokens = analyzer.tokenStream("held", text)) {
			CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
			OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
			tokens.reset();
			while (tokens.incrementToken()) {
				boolean inName = latin ? terms.inAny(term.toString(), IndexFields.LATIN)
						: terms.inAny(term.toString(), NAMES);
				if (inName || (!latin && terms.inAny(term.toString(), OTHERS))) {
					for (int i = 0; i < spans.size(); i++) {
						int[] span = spans.get(i);
						if (span[0] < offset.endOffset() && offset.startOffset() < span[1]) {
							held[i] = true;
							named[i] |= inName;
						}
					}
				}
			}
			tokens.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Where each word of the text starts and ends. */
	private static List<int[]> spans(Analyzer words, String text) {
		List<int[]> spans = new ArrayList<>();
		try (TokenStream tokens = words.tokenStream("words", text)) {
			OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
			tokens.reset();
			while (tokens.incrementToken()) {
				spans.add(new int[] { offset.startOffset(), offset.endOffset() });
			}
			tokens.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return spans;
	}

}
