package kz.hub.search.highlighting;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.stats.CacheStats;
import kz.hub.content.Language;
import kz.hub.search.SearchResults;
import kz.hub.search.analysis.TextAnalysis;
import kz.hub.search.indexing.IndexFields;
import kz.hub.search.query.SearchedField;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Marks the matched words of each hit in snippets of its searched fields, all other HTML
 * escaped.
 */
public final class HitHighlighter {

	private static final String[] HIGHLIGHTED = Arrays.stream(SearchedField.values())
		.map(SearchedField::field)
		.toArray(String[]::new);

	/** Snippets per field, in the order of {@link #HIGHLIGHTED}: two of the prose. */
	private static final int[] PASSAGES = { 1, 1, 1, 2 };

	/** The most highlights one item (a hit, or one of its sections) can have. */
	public static final int MOST_HIGHLIGHTS_PER_ITEM = Arrays.stream(PASSAGES).sum();

	/**
	 * A highlighter per language: for a word still being typed Lucene analyses a hit's
	 * texts again, and only the analyzer of the hit's own language finds its stems.
	 */
	private final Map<Language, KeptTextsHighlighter> highlighters = new EnumMap<>(Language.class);

	/** The same, showing the opening of a text where no word matched. */
	private final Map<Language, KeptTextsHighlighter> openers = new EnumMap<>(Language.class);

	private final Cache<Integer, KeptTextsHighlighter.Texts> keptTexts = KeptTextsHighlighter.keptTexts();

	public HitHighlighter(IndexSearcher searcher, TextAnalysis analysis) {
		for (Language language : Language.values()) {
			UnifiedHighlighter.Builder builder = UnifiedHighlighter.builder(searcher, analysis.analyzerFor(language))
				.withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "… ", true))
				.withScorer(new PassageScore())
				.withMaxNoHighlightPassages(0)
				// Snippets of short fields: a quick passage ranking picks the same
				// passages.
				.withPassageRelevancyOverSpeed(false);
			highlighters.put(language, new KeptTextsHighlighter(builder, keptTexts));
			openers.put(language, new KeptTextsHighlighter(builder.withMaxNoHighlightPassages(1), keptTexts));
		}
	}

	/** How often a hit's texts came from those kept, for tests. */
	CacheStats keptTexts() {
		return keptTexts.stats();
	}

	/**
	 * The snippets of each hit, in field order, for the query's words.
	 * @param docIds the hits, in the order of the answer
	 * @param languages the language of each hit's document
	 */
	public List<List<SearchResults.Highlight>> highlights(Query query, int[] docIds, Language[] languages)
			throws IOException {
		List<List<SearchResults.Highlight>> perHit = new ArrayList<>(Collections.nCopies(docIds.length, null));
		for (Language language : Language.values()) {
			int[] hits = IntStream.range(0, docIds.length).filter(hit -> languages[hit] == language).toArray();
			if (hits.length == 0) {
				continue;
			}
			int[] docs = Arrays.stream(hits).map(hit -> docIds[hit]).toArray();
			Map<String, String[]> snippets = highlighters.get(language)
				.highlightFields(HIGHLIGHTED, query, docs, PASSAGES);
			for (int doc = 0; doc < docs.length; doc++) {
				perHit.set(hits[doc], highlightsOf(snippets, doc));
			}
		}
		return perHit;
	}

	/**
	 * The opening of a document's prose (else of its short facts), escaped, with nothing
	 * marked: what a hit found by its meaning alone shows, having no word to mark.
	 */
	public SearchResults.Highlight opening(int docId, Language language) throws IOException {
		Map<String, String[]> snippets = openers.get(language)
			.highlightFields(HIGHLIGHTED, new MatchNoDocsQuery(), new int[] { docId }, PASSAGES);
		for (String field : new String[] { IndexFields.TEXT, IndexFields.DETAILS }) {
			String[] opening = snippets.get(field);
			if (opening != null && opening[0] != null) {
				return new SearchResults.Highlight(field, opening[0], null, null);
			}
		}
		return null;
	}

	private static List<SearchResults.Highlight> highlightsOf(Map<String, String[]> snippets, int doc) {
		List<SearchResults.Highlight> highlights = new ArrayList<>();
		for (String field : HIGHLIGHTED) {
			String[] fieldSnippets = snippets.get(field);
			if (fieldSnippets != null && fieldSnippets[doc] != null) {
				highlights.add(new SearchResults.Highlight(field, fieldSnippets[doc], null, null));
			}
		}
		return highlights;
	}

}
