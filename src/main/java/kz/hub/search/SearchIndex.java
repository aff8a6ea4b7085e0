package kz.hub.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import kz.hub.content.Content;
import kz.hub.content.Destination;
import kz.hub.content.Location;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.SingleInstanceLockFactory;
import org.apache.lucene.util.BytesRef;

/**
 * The search index of one version of the content: built once, then shared by every
 * request (Lucene's searcher is thread safe). Hits come best first, ties by id, so every
 * replica built from the same content pages alike.
 */
public final class SearchIndex implements AutoCloseable {

	/** What was indexed: a hit's place comes from it rather than from stored fields. */
	private final Content content;

	private final Directory directory;

	private final DirectoryReader reader;

	private final IndexSearcher searcher;

	private final QueryPlanner planner;

	private final HitHighlighter highlighter;

	private final FacetCounts facetCounts;

	private final Completions completions;

	private final RecentAnswers recentAnswers;

	private SearchIndex(Content content, Directory directory, TextAnalysis analysis, ContentIndexer indexer,
			FacetsConfig facetsConfig, Completions completions, int resultCacheSize, SearchLimits limits)
			throws IOException {
		this.content = content;
		this.directory = directory;
		this.reader = DirectoryReader.open(directory);
		this.searcher = new IndexSearcher(reader);
		this.planner = new QueryPlanner(analysis, reader, limits);
		this.highlighter = new HitHighlighter(searcher, indexer.indexAnalyzer());
		this.facetCounts = new FacetCounts(reader, facetsConfig);
		this.completions = completions;
		this.recentAnswers = new RecentAnswers(resultCacheSize);
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
	 * @param limits the most a request may ask
	 * @throws UnindexableContentException when the content cannot be indexed, e.g. a bad
	 * synonym rule
	 */
	public static SearchIndex build(Content content, Directory directory, int resultCacheSize, SearchLimits limits) {
		TextAnalysis analysis = new TextAnalysis(content.synonyms());
		FacetsConfig facets = ContentIndexer.facetsConfig();
		ContentIndexer indexer = new ContentIndexer(analysis, facets);
		// The completions need the content, not the index: built beside the writer, they
		// take no time of their own on a second core.
		CompletableFuture<Completions> completions = CompletableFuture
			.supplyAsync(() -> new Completions(content.items(), analysis, limits.maxSuggestions()));
		indexer.write(content, directory);
		try {
			return new SearchIndex(content, directory, analysis, indexer, facets, completions.join(), resultCacheSize,
					limits);
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
		return recentAnswers.search(request, this::searchIndex);
	}

	/**
	 * Completions of a prefix from names, aliases and headings, tolerant of one typo
	 * after the first letters.
	 */
	public List<Suggestion> suggest(String prefix, int limit) {
		return recentAnswers.suggest(prefix, limit, () -> completions.lookup(prefix, limit));
	}

	/** The answers kept from recent requests, and how often they answered. */
	RecentAnswers recentAnswers() {
		return recentAnswers;
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

	private SearchResults collect(Query query, QueryPlanner.Plan plan, SearchRequest request) throws IOException {
		// One more than asked for tells whether a next page exists.
		var top = new TopFieldCollectorManager(SearchCursor.ORDER, request.first() + 1,
				SearchCursor.after(request.after()), Integer.MAX_VALUE);
		TopDocs topDocs;
		List<SearchResults.Facet> facets = List.of();
		// Facets and highlights are most of the work of a search: only what the client
		// asked for.
		if (request.facets()) {
			Object[] collected = searcher.search(query, new MultiCollectorManager(top, new FacetsCollectorManager()));
			topDocs = (TopDocs) collected[0];
			facets = facetCounts.count((FacetsCollector) collected[1]);
		}
		else {
			topDocs = searcher.search(query, top);
		}

		int pageSize = Math.min(request.first(), topDocs.scoreDocs.length);
		int[] docIds = new int[pageSize];
		for (int i = 0; i < pageSize; i++) {
			docIds[i] = topDocs.scoreDocs[i].doc;
		}
		List<List<SearchResults.Highlight>> highlights = request.highlights() && pageSize > 0
				? highlighter.highlights(plan.highlighting(), docIds) : null;
		Location centre = request.near() == null ? null
				: new Location(request.near().latitude(), request.near().longitude());
		List<SearchResults.Hit> hits = new ArrayList<>(pageSize);
		for (int i = 0; i < pageSize; i++) {
			// Score and id are the sort values, and the id leads to the item: no stored
			// field is read.
			FieldDoc hit = (FieldDoc) topDocs.scoreDocs[i];
			float score = (Float) hit.fields[0];
			String id = ((BytesRef) hit.fields[1]).utf8ToString();
			hits.add(new SearchResults.Hit(id, score, distanceKm(id, centre),
					highlights == null ? List.of() : highlights.get(i), SearchCursor.position(score, id)));
		}
		return new SearchResults(Math.toIntExact(topDocs.totalHits.value()), plan.correctedQuery(), hits, facets,
				topDocs.scoreDocs.length > request.first());
	}

	/**
	 * How far a place is from the centre; null without a centre or for what is no place.
	 */
	private Double distanceKm(String id, Location centre) {
		if (centre == null) {
			return null;
		}
		return content.item(id, Destination.class).map(place -> centre.distanceKm(place.location())).orElse(null);
	}

	@Override
	public void close() throws IOException {
		reader.close();
		directory.close();
	}

}
