package kz.hub.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import kz.hub.content.Content;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedSetSelector;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.SingleInstanceLockFactory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.SloppyMath;

/**
 * The search index of one version of the content: built once, then shared by every
 * request (Lucene's searcher is thread safe). Hits come best first, ties by id, so every
 * replica built from the same content pages alike.
 */
public final class SearchIndex implements AutoCloseable {

	/**
	 * Relevance, then id: the id makes the order, and so the cursors, the same in every
	 * process.
	 */
	private static final Sort ORDER = new Sort(SortField.FIELD_SCORE,
			KeywordField.newSortField(IndexFields.ID, false, SortedSetSelector.Type.MIN));

	private static final String[] HIGHLIGHTED = IndexFields.SEARCHED;

	private static final int[] PASSAGES = { 1, 1, 1, 2 };

	/** Most values listed per facet, most frequent first. */
	private static final int MAX_FACET_VALUES = 50;

	private static final Set<String> LOCATION_FIELDS = Set.of(IndexFields.LATITUDE, IndexFields.LONGITUDE);

	private final Directory directory;

	private final DirectoryReader reader;

	private final IndexSearcher searcher;

	private final QueryPlanner planner;

	private final UnifiedHighlighter highlighter;

	private final SortedSetDocValuesReaderState facetState;

	private final Completions completions;

	/**
	 * Answers of recent requests, most used kept; a new edition of the content starts
	 * with an empty one.
	 */
	private final Cache<SearchRequest, SearchResults> recentResults;

	/**
	 * Completions of recent prefixes: a fuzzy lookup builds automata, and people type the
	 * same prefixes.
	 */
	private final Cache<SuggestRequest, List<Suggestion>> recentSuggestions;

	private SearchIndex(Directory directory, TextAnalysis analysis, ContentIndexer indexer, FacetsConfig facetsConfig,
			Completions completions, int resultCacheSize) throws IOException {
		this.directory = directory;
		this.reader = DirectoryReader.open(directory);
		this.searcher = new IndexSearcher(reader);
		this.planner = new QueryPlanner(analysis, reader);
		this.highlighter = UnifiedHighlighter.builder(searcher, indexer.indexAnalyzer())
			.withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "… ", true))
			.withMaxNoHighlightPassages(0)
			// Snippets of short fields: a quick passage ranking picks the same passages.
			.withPassageRelevancyOverSpeed(false)
			.build();
		this.facetState = new DefaultSortedSetDocValuesReaderState(reader, facetsConfig);
		this.completions = completions;
		// Without a cache at all, rather than one of size 0: eviction would cost on every
		// request.
		this.recentResults = resultCacheSize == 0 ? null : Caffeine.newBuilder().maximumSize(resultCacheSize).build();
		this.recentSuggestions = resultCacheSize == 0 ? null
				: Caffeine.newBuilder().maximumSize(resultCacheSize).build();
	}

	/**
	 * A directory in the heap for the index, each file in one buffer: the highlighter
	 * clones and slices its inputs for every hit, and slicing one buffer costs less than
	 * slicing a list of blocks (about a twentieth of an uncached search's CPU samples
	 * went to that with Lucene's default of many blocks; about a fiftieth with one).
	 */
	public static Directory inMemoryDirectory() {
		return new ByteBuffersDirectory(new SingleInstanceLockFactory(), ByteBuffersDataOutput::new,
				ByteBuffersDirectory.OUTPUT_AS_ONE_BUFFER);
	}

	/**
	 * Indexes the content into the directory and opens it for searching.
	 * @param resultCacheSize how many recent answers to keep (a page of ten hits is a few
	 * kilobytes); 0 keeps none
	 */
	public static SearchIndex build(Content content, Directory directory, int resultCacheSize) {
		TextAnalysis analysis = new TextAnalysis(content.synonyms());
		FacetsConfig facets = ContentIndexer.facetsConfig();
		ContentIndexer indexer = new ContentIndexer(analysis, facets);
		// The completions need the content, not the index: built beside the writer, they
		// take no time of their own on a second core.
		CompletableFuture<Completions> completions = CompletableFuture
			.supplyAsync(() -> new Completions(content.items(), analysis));
		indexer.write(content, directory);
		try {
			return new SearchIndex(directory, analysis, indexer, facets, completions.join(), resultCacheSize);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot open the search index", ex);
		}
	}

	/** How many items the index holds. */
	public int size() {
		return reader.numDocs();
	}

	/**
	 * The hits of a request: an index never changes once built, so the same request
	 * always has the same answer, and popular searches are answered from memory.
	 */
	public SearchResults search(SearchRequest request) {
		return recentResults == null ? searchIndex(request) : recentResults.get(request, this::searchIndex);
	}

	/** The hits of a request straight from the index, never from the recent answers. */
	SearchResults searchIndex(SearchRequest request) {
		QueryPlanner.Plan plan = planner.plan(request.text());
		BooleanQuery.Builder query = new BooleanQuery.Builder().add(plan.ranking(), Occur.MUST);
		if (!request.types().isEmpty()) {
			query.add(KeywordField.newSetQuery(IndexFields.TYPE,
					request.types().stream().map(type -> new BytesRef(type.name())).toList()), Occur.FILTER);
		}
		if (request.near() != null) {
			GeoCircle near = request.near();
			query.add(LatLonPoint.newDistanceQuery(IndexFields.LOCATION, near.latitude(), near.longitude(),
					near.radiusKm() * 1000), Occur.FILTER);
		}
		try {
			return collect(query.build(), plan, request);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Completions of a prefix from names, aliases and headings, tolerant of one typo
	 * after the first letters.
	 */
	public List<Suggestion> suggest(String prefix, int limit) {
		return recentSuggestions == null ? completions.lookup(prefix, limit) : recentSuggestions
			.get(new SuggestRequest(prefix, limit), request -> completions.lookup(prefix, limit));
	}

	private record SuggestRequest(String prefix, int limit) {
	}

	private SearchResults collect(Query query, QueryPlanner.Plan plan, SearchRequest request) throws IOException {
		// One more than asked for tells whether a next page exists.
		var top = new TopFieldCollectorManager(ORDER, request.first() + 1, after(request.after()), Integer.MAX_VALUE);
		TopDocs topDocs;
		List<SearchResults.Facet> facets = List.of();
		// Facets and highlights are most of the work of a search: only what the client
		// asked for.
		if (request.facets()) {
			Object[] collected = searcher.search(query, new MultiCollectorManager(top, new FacetsCollectorManager()));
			topDocs = (TopDocs) collected[0];
			facets = facets((FacetsCollector) collected[1]);
		}
		else {
			topDocs = searcher.search(query, top);
		}

		int pageSize = Math.min(request.first(), topDocs.scoreDocs.length);
		int[] docIds = new int[pageSize];
		for (int i = 0; i < pageSize; i++) {
			docIds[i] = topDocs.scoreDocs[i].doc;
		}
		Map<String, String[]> snippets = pageSize == 0 || !request.highlights() ? Map.of()
				: highlighter.highlightFields(HIGHLIGHTED, plan.highlighting(), docIds, PASSAGES);
		StoredFields stored = searcher.storedFields();
		List<SearchResults.Hit> hits = new ArrayList<>(pageSize);
		for (int i = 0; i < pageSize; i++) {
			// Score and id are the sort values: only a distance needs the stored fields,
			// whose blocks hold the prose too.
			FieldDoc hit = (FieldDoc) topDocs.scoreDocs[i];
			float score = (Float) hit.fields[0];
			String id = ((BytesRef) hit.fields[1]).utf8ToString();
			Double distanceKm = request.near() == null ? null
					: distanceKm(stored.document(hit.doc, LOCATION_FIELDS), request.near());
			hits.add(new SearchResults.Hit(id, score, distanceKm, highlights(snippets, i), position(score, id)));
		}
		return new SearchResults(Math.toIntExact(topDocs.totalHits.value()), plan.correctedQuery(), hits, facets,
				topDocs.scoreDocs.length > request.first());
	}

	/**
	 * The snippets of one hit, in field order; none when highlights were not asked for.
	 */
	private static List<SearchResults.Highlight> highlights(Map<String, String[]> snippets, int hit) {
		List<SearchResults.Highlight> highlights = new ArrayList<>();
		for (String field : HIGHLIGHTED) {
			String[] fieldSnippets = snippets.get(field);
			if (fieldSnippets != null && fieldSnippets[hit] != null) {
				highlights.add(new SearchResults.Highlight(field, fieldSnippets[hit]));
			}
		}
		return highlights;
	}

	private List<SearchResults.Facet> facets(FacetsCollector collector) throws IOException {
		SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(facetState, collector);
		List<SearchResults.Facet> facets = new ArrayList<>();
		for (String dimension : List.of(IndexFields.TYPE, IndexFields.KIND, IndexFields.ACTIVITY)) {
			List<SearchResults.FacetValue> values = new ArrayList<>();
			// A corpus without destinations has no kind or activity values at all.
			if (facetState.getOrdRange(dimension) != null) {
				FacetResult result = counts.getTopChildren(MAX_FACET_VALUES, dimension);
				if (result != null) {
					for (LabelAndValue value : result.labelValues) {
						values.add(new SearchResults.FacetValue(value.label, value.value.intValue()));
					}
				}
			}
			facets.add(new SearchResults.Facet(dimension, values));
		}
		return facets;
	}

	private static Double distanceKm(Document doc, GeoCircle near) {
		if (doc.getField(IndexFields.LATITUDE) == null) {
			return null;
		}
		double latitude = doc.getField(IndexFields.LATITUDE).numericValue().doubleValue();
		double longitude = doc.getField(IndexFields.LONGITUDE).numericValue().doubleValue();
		return SloppyMath.haversinMeters(near.latitude(), near.longitude(), latitude, longitude) / 1000;
	}

	/**
	 * A hit's place in the order: its exact score and id, so the next page starts right
	 * after it anywhere.
	 */
	private static String position(float score, String id) {
		return Integer.toHexString(Float.floatToIntBits(score)) + ":" + id;
	}

	private static FieldDoc after(String position) {
		if (position == null) {
			return null;
		}
		int colon = position.indexOf(':');
		try {
			float score = Float.intBitsToFloat(Integer.parseUnsignedInt(position.substring(0, colon), 16));
			String id = position.substring(colon + 1);
			// Ids are unique, so the doc number never decides; MAX_VALUE keeps the hit
			// itself off the next page.
			return new FieldDoc(Integer.MAX_VALUE, score, new Object[] { score, new BytesRef(id) });
		}
		catch (RuntimeException ex) {
			throw new InvalidQueryException("after is not a search cursor this API gave out");
		}
	}

	@Override
	public void close() throws IOException {
		reader.close();
		directory.close();
	}

}
