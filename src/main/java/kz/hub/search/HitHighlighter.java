package kz.hub.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.github.benmanes.caffeine.cache.stats.CacheStats;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Marks the matched words of each hit in snippets of its searched fields, all other HTML
 * escaped.
 */
final class HitHighlighter {

	private static final String[] HIGHLIGHTED = Arrays.stream(SearchedField.values())
		.map(SearchedField::field)
		.toArray(String[]::new);

	/** Snippets per field, in the order of {@link #HIGHLIGHTED}: two of the prose. */
	private static final int[] PASSAGES = { 1, 1, 1, 2 };

	private final KeptTextsHighlighter highlighter;

	HitHighlighter(IndexSearcher searcher, Analyzer indexAnalyzer) {
		this.highlighter = new KeptTextsHighlighter(UnifiedHighlighter.builder(searcher, indexAnalyzer)
			.withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "… ", true))
			.withScorer(new PassageScore())
			.withMaxNoHighlightPassages(0)
			// Snippets of short fields: a quick passage ranking picks the same passages.
			.withPassageRelevancyOverSpeed(false));
	}

	/** How often a hit's texts came from those kept, for tests. */
	CacheStats keptTexts() {
		return highlighter.keptTexts();
	}

	/**
	 * The snippets of each hit, in field order, for the query's words.
	 * @param docIds the hits, in the order of the answer
	 */
	List<List<SearchResults.Highlight>> highlights(Query query, int[] docIds) throws IOException {
		Map<String, String[]> snippets = highlighter.highlightFields(HIGHLIGHTED, query, docIds, PASSAGES);
		List<List<SearchResults.Highlight>> perHit = new ArrayList<>(docIds.length);
		for (int hit = 0; hit < docIds.length; hit++) {
			List<SearchResults.Highlight> highlights = new ArrayList<>();
			for (String field : HIGHLIGHTED) {
				String[] fieldSnippets = snippets.get(field);
				if (fieldSnippets != null && fieldSnippets[hit] != null) {
					highlights.add(new SearchResults.Highlight(field, fieldSnippets[hit], null, null));
				}
			}
			perHit.add(highlights);
		}
		return perHit;
	}

}
