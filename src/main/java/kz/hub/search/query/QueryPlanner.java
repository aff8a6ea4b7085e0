package kz.hub.search.query;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import kz.hub.content.Language;
import kz.hub.search.InvalidQueryException;
import kz.hub.search.SearchLimits;
import kz.hub.search.analysis.TextAnalysis;
import kz.hub.search.indexing.IndexFields;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;

/**
 * Turns what a person typed into Lucene queries: validate, correct, build. The text is
 * only ever analysed into words, never parsed as query syntax, so {@code title:(},
 * {@code *} or {@code AND} are just text.
 */
public final class QueryPlanner {

	/** All the words in a title, in order: a name typed whole. */
	private static final float TITLE_PHRASE_BOOST = 2f;

	/** A name, alias or heading that starts with the word being typed. */
	private static final float NAME_PREFIX_BOOST = 2f;

	/** Any word of an item that starts with the word being typed. */
	private static final float WORD_PREFIX_BOOST = 0.5f;

	/**
	 * A name that starts with the word being typed as typed, when a correction replaced
	 * it.
	 */
	private static final float UNCORRECTED_NAME_PREFIX_BOOST = 0.5f;

	/** The words in the language a client chose, over the same words in the others. */
	private static final float CHOSEN_LANGUAGE_BOOST = 1.5f;

	/**
	 * A name written in Latin letters from another script, e.g. "Ulken Almaty koli":
	 * weaker than a name matched in its own script.
	 */
	private static final float LATIN_NAME_BOOST = 1f;

	private final TextAnalysis analysis;

	private final TypoCorrector typos;

	private final OtherForms otherForms;

	private final MarkedWords marked;

	private final HeldWords held;

	private final RequiredWords required;

	private final SearchLimits limits;

	public QueryPlanner(TextAnalysis analysis, IndexReader reader, SearchLimits limits) {
		this.analysis = analysis;
		IndexTerms terms = new IndexTerms(reader);
		this.typos = new TypoCorrector(reader);
		this.otherForms = new OtherForms(analysis, terms);
		this.marked = new MarkedWords(analysis);
		this.held = new HeldWords(analysis, terms);
		this.required = new RequiredWords(analysis);
		this.limits = limits;
	}

	/**
	 * @param ranking what finds and orders the hits
	 * @param highlighting the same words against the stored fields, for the highlighter
	 * @param correctedQuery the corrected text that was searched, or null when the text
	 * was searched as typed
	 */
	public record Plan(Query ranking, Query highlighting, String correctedQuery) {
	}

	/**
	 * @param chosen the language the client chose, or null to search all alike
	 */
	public Plan plan(String text, Language chosen) {
		return plan(text, chosen, false);
	}

	/**
	 * @param chosen the language the client chose, or null to search all alike
	 * @param asTyped whether to search the words as typed, with no correction: the last
	 * word still matches as a prefix while it is being typed
	 */
	public Plan plan(String text, Language chosen, boolean asTyped) {
		SearchedWords typed = validate(text);
		SearchedWords searched = asTyped ? typed : correct(typed);
		Plan plan = build(typed, searched, chosen);
		// Every word ranks, but only content words decide what is found: "how" or "на"
		// alone must not find an item.
		Query found = required.of(typed, searched, held.of(searched),
				(typedPart, searchedPart) -> build(typedPart, searchedPart, chosen).ranking());
		return new Plan(new BooleanQuery.Builder().add(plan.ranking(), Occur.MUST).add(found, Occur.FILTER).build(),
				plan.highlighting(), plan.correctedQuery());
	}

	/** The words of the text, refused when there are none or too many. */
	SearchedWords validate(String text) {
		if (text == null) {
			throw new InvalidQueryException("query must not be null");
		}
		if (text.length() > limits.maxTextLength()) {
			throw new InvalidQueryException(
					"query is " + text.length() + " characters long; the limit is " + limits.maxTextLength());
		}
		// Control characters carry no meaning in a search and would only confuse
		// analysis.
		String cleaned = text.replaceAll("\\p{Cntrl}", " ");
		List<String> words = TextAnalysis.words(analysis.folded, cleaned);
		if (words.isEmpty()) {
			throw new InvalidQueryException(
					"query must contain at least one word (letters or digits); it was '" + abbreviate(text) + "'");
		}
		if (words.size() > limits.maxWords()) {
			throw new InvalidQueryException(
					"query has " + words.size() + " words; at most " + limits.maxWords() + " are searched at once");
		}
		// A last word not yet followed by a space, and not a whole word the index knows,
		// is still being typed.
		boolean typing = !Character.isWhitespace(cleaned.charAt(cleaned.length() - 1))
				&& !typos.inDictionary(words.getLast());
		return new SearchedWords(cleaned, words,
				typing ? SearchedWords.LastWord.BEING_TYPED : SearchedWords.LastWord.COMPLETE);
	}

	/** The words with each one the index does not know replaced by its correction. */
	SearchedWords correct(SearchedWords typed) {
		List<String> corrected = typos.correct(typed.words(), otherForms::known);
		return corrected.equals(typed.words()) ? typed
				: new SearchedWords(String.join(" ", corrected), corrected, typed.lastWord());
	}

	/**
	 * The queries of the searched words in each language, a match counting in the one
	 * language that matches best; the typed words still count as a prefix.
	 */
	Plan build(SearchedWords typed, SearchedWords searched, Language chosen) {
		BooleanQuery.Builder ranking = new BooleanQuery.Builder();
		BooleanQuery.Builder highlighting = new BooleanQuery.Builder();
		boolean typing = searched.lastWord() == SearchedWords.LastWord.BEING_TYPED;
		for (SearchedField field : SearchedField.values()) {
			// Words of one script often analyse alike in two languages: each distinct
			// query runs once.
			Set<Query> languages = new LinkedHashSet<>();
			for (Language language : Language.values()) {
				Query matches = queryBuilder(language).createBooleanQuery(field.field(), searched.text(), Occur.SHOULD);
				if (matches != null) {
					languages.add(language == chosen ? new BoostQuery(matches, CHOSEN_LANGUAGE_BOOST) : matches);
				}
			}
			languages.stream()
				.map(marked::of)
				.filter(Objects::nonNull)
				.forEach(matches -> highlighting.add(matches, Occur.SHOULD));
			if (!languages.isEmpty()) {
				ranking.add(new BoostQuery(new DisjunctionMaxQuery(languages, 0f), field.boost()), Occur.SHOULD);
			}
			if (typing) {
				highlighting.add(new PrefixQuery(new Term(field.field(), searched.last())), Occur.SHOULD);
			}
		}
		if (searched.words().size() > 1) {
			Set<Query> phrases = new LinkedHashSet<>();
			for (Language language : Language.values()) {
				Query phrase = queryBuilder(language).createPhraseQuery(IndexFields.TITLE, searched.text());
				if (phrase != null) {
					phrases.add(phrase);
				}
			}
			if (!phrases.isEmpty()) {
				ranking.add(new BoostQuery(new DisjunctionMaxQuery(phrases, 0f), TITLE_PHRASE_BOOST), Occur.SHOULD);
			}
		}
		Query latinNames = new QueryBuilder(analysis.latin).createBooleanQuery(IndexFields.LATIN, typed.text(),
				Occur.SHOULD);
		if (latinNames != null) {
			ranking.add(new BoostQuery(latinNames, LATIN_NAME_BOOST), Occur.SHOULD);
		}
		if (typing) {
			ranking.add(prefix(IndexFields.NAMES, searched.last(), NAME_PREFIX_BOOST), Occur.SHOULD);
			ranking.add(prefix(IndexFields.WORDS, searched.last(), WORD_PREFIX_BOOST), Occur.SHOULD);
			if (!searched.last().equals(typed.last())) {
				// The correction is a guess: what was typed may still be the start of a
				// longer word.
				ranking.add(prefix(IndexFields.NAMES, typed.last(), UNCORRECTED_NAME_PREFIX_BOOST), Occur.SHOULD);
			}
		}
		return new Plan(ranking.build(), highlighting.build(), searched == typed ? null : searched.text());
	}

	private QueryBuilder queryBuilder(Language language) {
		return new QueryBuilder(analysis.queryAnalyzerFor(language));
	}

	private static Query prefix(String field, String start, float boost) {
		return new BoostQuery(new PrefixQuery(new Term(field, start)), boost);
	}

	private static String abbreviate(String text) {
		return text.length() <= 40 ? text : text.substring(0, 40) + "…";
	}

}
