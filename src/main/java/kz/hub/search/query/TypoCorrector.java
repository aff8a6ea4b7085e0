package kz.hub.search.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Predicate;

import kz.hub.search.indexing.IndexFields;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * Replaces words the index does not know with the nearest word it does, allowing typos
 * the way Meilisearch does: none under 5 letters, one from 5, two from 9; the first
 * letter must be right.
 */
final class TypoCorrector {

	private final DirectSpellChecker oneEdit = spellChecker(1);

	private final DirectSpellChecker twoEdits = spellChecker(2);

	private final IndexReader reader;

	private final IndexTerms terms;

	TypoCorrector(IndexReader reader) {
		this.reader = reader;
		this.terms = new IndexTerms(reader);
	}

	/**
	 * The words with each unknown one replaced by its correction, where there is one. A
	 * word still being typed is corrected too ("Almati" is a prefix of "Almatinskoye" but
	 * meant "Almaty"); the caller keeps matching it as a prefix as well.
	 * @param known tells whether the index knows a word in another form (a stem or a
	 * synonym)
	 */
	List<String> correct(List<String> words, Predicate<String> known) {
		return words.stream().map(word -> inDictionary(word) || known.test(word) ? word : corrected(word)).toList();
	}

	/**
	 * A word typed on the wrong keyboard layout first, since no edit distance reaches it;
	 * else the nearest word within the allowed typos.
	 */
	private String corrected(String word) {
		String switched = KeyboardLayout.switched(word);
		return !switched.equals(word) && inDictionary(switched) ? switched : suggestion(word);
	}

	private String suggestion(String word) {
		int letters = word.codePointCount(0, word.length());
		DirectSpellChecker checker = letters >= 9 ? twoEdits : letters >= 5 ? oneEdit : null;
		if (checker == null) {
			return word;
		}
		try {
			SuggestWord[] suggestions = checker.suggestSimilar(new Term(IndexFields.WORDS, word), 1, reader,
					SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
			return suggestions.length == 0 ? word : suggestions[0].string;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Whether some item has this exact (folded) word. */
	boolean inDictionary(String word) {
		return terms.inDictionary(word);
	}

	private static DirectSpellChecker spellChecker(int maxEdits) {
		DirectSpellChecker checker = new DirectSpellChecker();
		checker.setMaxEdits(maxEdits);
		checker.setMinPrefix(1);
		checker.setMinQueryLength(5);
		return checker;
	}

}
