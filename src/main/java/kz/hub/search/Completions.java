package kz.hub.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.suggest.DocumentDictionary;
import org.apache.lucene.search.suggest.Lookup;
import org.apache.lucene.search.suggest.analyzing.AnalyzingSuggester;
import org.apache.lucene.search.suggest.analyzing.FuzzySuggester;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Search-as-you-type: completions of names, aliases and headings, each with the item it
 * leads to.
 */
final class Completions {

	/** Longest prefix looked up; completions are names, never paragraphs. */
	static final int MAX_PREFIX_LENGTH = 100;

	static final int MAX_LIMIT = 20;

	private final FuzzySuggester suggester;

	private final Analyzer analyzer;

	Completions(IndexReader reader, TextAnalysis analysis) {
		this.analyzer = analysis.folded;
		// One typo after the first two letters, counted in letters (unicodeAware) so
		// Cyrillic counts the same.
		this.suggester = new FuzzySuggester(new ByteBuffersDirectory(), "completions", analysis.folded, analysis.folded,
				AnalyzingSuggester.EXACT_FIRST | AnalyzingSuggester.PRESERVE_SEP, 256, -1, true, 1, true, 2, 3, true);
		try {
			suggester.build(new DocumentDictionary(reader, IndexFields.SUGGEST, IndexFields.SUGGEST_WEIGHT,
					IndexFields.ID_PAYLOAD));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot build the completions", ex);
		}
	}

	List<Suggestion> lookup(String prefix, int limit) {
		if (limit < 1 || limit > MAX_LIMIT) {
			throw new InvalidQueryException("limit must be between 1 and " + MAX_LIMIT + ", but was " + limit);
		}
		if (prefix.length() > MAX_PREFIX_LENGTH) {
			throw new InvalidQueryException(
					"prefix is " + prefix.length() + " characters long; the limit is " + MAX_PREFIX_LENGTH);
		}
		String cleaned = prefix.replaceAll("\\p{Cntrl}", " ").strip();
		if (QueryPlanner.tokens(analyzer, cleaned).isEmpty()) {
			return List.of();
		}
		try {
			// Ask for more than the limit: one name can come from several items, and
			// duplicates are dropped.
			Set<Suggestion> suggestions = new LinkedHashSet<>();
			for (Lookup.LookupResult result : suggester.lookup(cleaned, false, limit * 3)) {
				suggestions.add(new Suggestion(result.key.toString(), result.payload.utf8ToString()));
			}
			return new ArrayList<>(suggestions).subList(0, Math.min(limit, suggestions.size()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
