package kz.hub.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;

/**
 * Turns what a person typed into Lucene queries. The text is only ever analysed into
 * words, never parsed as query syntax, so {@code title:(}, {@code *} or {@code AND} are
 * just text.
 */
final class QueryPlanner {

	/** Longest text accepted; longer is a mistake, not a search. */
	static final int MAX_TEXT_LENGTH = 500;

	/** Most words searched at once; keeps every query far below Lucene's clause limit. */
	static final int MAX_WORDS = 32;

	private final TextAnalysis analysis;

	private final IndexReader reader;

	private final TypoCorrector typos;

	QueryPlanner(TextAnalysis analysis, IndexReader reader) {
		this.analysis = analysis;
		this.reader = reader;
		this.typos = new TypoCorrector(reader);
	}

	/**
	 * @param ranking what finds and orders the hits
	 * @param highlighting the same words against the stored fields, for the highlighter
	 * @param correctedQuery the corrected text that was searched, or null when the text
	 * was searched as typed
	 */
	record Plan(Query ranking, Query highlighting, String correctedQuery) {
	}

	Plan plan(String rawText) {
		String text = clean(rawText);
		List<String> words = tokens(analysis.folded, text);
		if (words.isEmpty()) {
			throw new InvalidQueryException(
					"query must contain at least one word (letters or digits); it was '" + abbreviate(rawText) + "'");
		}
		if (words.size() > MAX_WORDS) {
			throw new InvalidQueryException(
					"query has " + words.size() + " words; at most " + MAX_WORDS + " are searched at once");
		}
		// A last word not yet followed by a space, and not a whole word the index knows,
		// is still being typed.
		boolean typing = !Character.isWhitespace(text.charAt(text.length() - 1))
				&& !typos.inDictionary(words.getLast());
		List<String> corrected = typos.correct(words, this::knownInAnotherForm);
		boolean changed = !corrected.equals(words);
		String searched = changed ? String.join(" ", corrected) : text;
		String last = corrected.getLast();

		BooleanQuery.Builder ranking = new BooleanQuery.Builder();
		BooleanQuery.Builder highlighting = new BooleanQuery.Builder();
		QueryBuilder english = new QueryBuilder(analysis.englishQuery);
		for (int i = 0; i < IndexFields.SEARCHED.length; i++) {
			String field = IndexFields.SEARCHED[i];
			Query matches = english.createBooleanQuery(field, searched, Occur.SHOULD);
			if (matches != null) {
				ranking.add(new BoostQuery(matches, IndexFields.BOOSTS[i]), Occur.SHOULD);
				highlighting.add(matches, Occur.SHOULD);
			}
			if (typing) {
				highlighting.add(new PrefixQuery(new Term(field, last)), Occur.SHOULD);
			}
		}
		if (corrected.size() > 1) {
			Query phrase = english.createPhraseQuery(IndexFields.TITLE, searched);
			if (phrase != null) {
				ranking.add(new BoostQuery(phrase, 2f), Occur.SHOULD);
			}
		}
		if (typing) {
			ranking.add(new BoostQuery(new PrefixQuery(new Term(IndexFields.NAMES, last)), 2f), Occur.SHOULD);
			ranking.add(new BoostQuery(new PrefixQuery(new Term(IndexFields.WORDS, last)), 0.5f), Occur.SHOULD);
			if (!last.equals(words.getLast())) {
				// The correction is a guess: what was typed may still be the start of a
				// longer word.
				ranking.add(new BoostQuery(new PrefixQuery(new Term(IndexFields.NAMES, words.getLast())), 0.5f),
						Occur.SHOULD);
			}
		}
		return new Plan(ranking.build(), highlighting.build(), changed ? searched : null);
	}

	/**
	 * Whether a word the dictionary lacks is known through its stem or a synonym, like
	 * "rockets" or "visa".
	 */
	private boolean knownInAnotherForm(String word) {
		for (String form : tokens(analysis.englishQuery, word)) {
			if (!form.equals(word)) {
				for (String field : IndexFields.SEARCHED) {
					try {
						if (reader.docFreq(new Term(field, form)) > 0) {
							return true;
						}
					}
					catch (IOException ex) {
						throw new UncheckedIOException(ex);
					}
				}
			}
		}
		return false;
	}

	private static String clean(String text) {
		if (text == null) {
			throw new InvalidQueryException("query must not be null");
		}
		if (text.length() > MAX_TEXT_LENGTH) {
			throw new InvalidQueryException(
					"query is " + text.length() + " characters long; the limit is " + MAX_TEXT_LENGTH);
		}
		// Control characters carry no meaning in a search and would only confuse
		// analysis.
		return text.replaceAll("\\p{Cntrl}", " ");
	}

	static List<String> tokens(Analyzer analyzer, String text) {
		List<String> tokens = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream("", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				tokens.add(term.toString());
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return tokens;
	}

	private static String abbreviate(String text) {
		return text.length() <= 40 ? text : text.substring(0, 40) + "…";
	}

}
