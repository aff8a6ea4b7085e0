package kz.hub.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import kz.hub.content.Content;
import kz.hub.content.ContentItem;
import kz.hub.content.Language;
import kz.hub.content.Location;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.SingleInstanceLockFactory;

/**
 * The search index of one version of the content: built once, then shared by every
 * request (Lucene's searcher is thread safe). An item and the guide sections about it are
 * one hit; hits come in the order of the sort, ties by id, so every replica built from
 * the same content pages alike.
 */
public final class SearchIndex implements AutoCloseable {

	private final Directory directory;

	private final DirectoryReader reader;

	private final IndexSearcher searcher;

	private final QueryPlanner planner;

	private final HitHighlighter highlighter;

	private final HitCatalog catalog;

	private final FacetCounts facetCounts;

	private final PageHits pageHits;

	private final Curation curation;

	private final Completions completions;

	private final RecentAnswers recentAnswers;

	private SearchIndex(Content content, Directory directory, TextAnalysis analysis, ContentIndexer indexer,
			SectionSubjects subjects, Completions completions, int resultCacheSize, SearchLimits limits)
			throws IOException {
		this.directory = directory;
		this.reader = DirectoryReader.open(directory);
		this.searcher = new IndexSearcher(reader);
		this.planner = new QueryPlanner(analysis, reader, limits);
		this.highlighter = new HitHighlighter(searcher, analysis);
		this.catalog = new HitCatalog(reader, content, subjects);
		this.facetCounts = new FacetCounts(catalog);
		this.pageHits = new PageHits(catalog, highlighter);
		this.curation = new Curation(content.curation(), analysis, catalog, reader.maxDoc());
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
		TextAnalysis analysis = new TextAnalysis(Arrays.stream(Language.values())
			.collect(Collectors.toMap(Function.identity(), language -> content.in(language).synonyms())));
		SectionSubjects subjects = new SectionSubjects(content);
		ContentIndexer indexer = new ContentIndexer(analysis, subjects);
		// The completions need the content, not the index: built beside the writer, they
		// take no time of their own on a second core.
		CompletableFuture<Completions> completions = CompletableFuture.supplyAsync(
				() -> new Completions(writtenItems(content), analysis, limits.maxSuggestions(), subjects::hitIdOf));
		indexer.write(content, directory);
		try {
			return new SearchIndex(content, directory, analysis, indexer, subjects, completions.join(), resultCacheSize,
					limits);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot open the search index", ex);
		}
	}

	/**
	 * The most guide sections one search hit can list beside its item, for limits that
	 * size an answer before it runs.
	 */
	public static int mostSectionsPerHit(Content content) {
		return new SectionSubjects(content).mostSectionsPerItem();
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
	 * Completions of a prefix from names, aliases and headings, one per item, tolerant of
	 * one typo after the first letters.
	 * @param reader the language an item's name is shown in when that name matches
	 */
	public List<Suggestion> suggest(String prefix, int limit, Language reader) {
		return recentAnswers.suggest(prefix, limit, reader, () -> completions.lookup(prefix, limit, reader));
	}

	/** The answers kept from recent requests, and how often they answered. */
	RecentAnswers recentAnswers() {
		return recentAnswers;
	}

	/** The hits of a request straight from the index, never from the recent answers. */
	SearchResults searchIndex(SearchRequest request) {
		QueryPlanner.Plan plan = planner.plan(request.text(), request.language());
		HitFilter filter = new HitFilter(request.filter(), catalog);
		Location centre = request.near() == null ? null
				: new Location(request.near().latitude(), request.near().longitude());
		// Checked before the search: a request sorted by distance without a circle is
		// refused, not searched.
		HitOrder order = new HitOrder(request.sort(), catalog, centre);
		SearchCursor after = SearchCursor.after(request.after(), request.sort());
		BooleanQuery.Builder query = new BooleanQuery.Builder().add(plan.ranking(), Occur.MUST);
		if (request.near() != null) {
			GeoCircle near = request.near();
			query.add(LatLonPoint.newDistanceQuery(IndexFields.LOCATION, near.latitude(), near.longitude(),
					near.radiusKm() * 1000), Occur.FILTER);
		}
		Curation.Rule rule = curation.ruleFor(request.text());
		try {
			BestScores.Matches matches = rule.apply(
					searcher.search(query.build(), new BestScores(catalog, reader.maxDoc())),
					hit -> request.near() == null || inside(order.distanceKm(hit), request.near()));
			// Filters and facets work on hits, an item and its sections as one, so they
			// run on the matches rather than in the query.
			int[] kept = new int[matches.count()];
			int total = filter.keep(matches, kept);
			int[] pins = rule.shown(matches, filter);
			int others = Curation.Rule.withoutPins(kept, total, pins);
			// Pinned hits lead the first pages; a cursor after one of them tells how
			// many.
			int pinsBefore = after == null ? 0
					: after.isPinned() ? Math.min(after.pinsBefore(), pins.length) : pins.length;
			// One more than asked for tells whether a next page exists.
			int[] pinned = Arrays.copyOfRange(pins, pinsBefore,
					Math.min(pins.length, pinsBefore + request.first() + 1));
			int[] rest = order.page(kept, others, matches.best(), after == null || after.isPinned() ? null : after,
					request.first() + 1 - pinned.length);
			int[] page = IntStream.concat(Arrays.stream(pinned), Arrays.stream(rest)).toArray();
			List<SearchResults.Facet> facets = request.facets() ? facetCounts.count(filter, matches) : List.of();
			return new SearchResults(total, plan.correctedQuery(),
					pageHits.hits(plan.highlighting(), request.highlights(), order, matches,
							Arrays.copyOf(page, Math.min(page.length, request.first())), pinned.length, pinsBefore,
							request.language()),
					facets, page.length > request.first());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Every item in every language it is written in: what suggestions complete. */
	private static Map<Language, List<ContentItem>> writtenItems(Content english) {
		Map<Language, List<ContentItem>> written = new EnumMap<>(Language.class);
		for (Language language : Language.values()) {
			written.put(language,
					english.in(language)
						.items()
						.stream()
						.filter(item -> english.languagesOf(item.id()).contains(language))
						.toList());
		}
		return written;
	}

	private static boolean inside(Double distanceKm, GeoCircle circle) {
		return distanceKm != null && distanceKm <= circle.radiusKm();
	}

	@Override
	public void close() throws IOException {
		completions.close();
		reader.close();
		directory.close();
	}

}
