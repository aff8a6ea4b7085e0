package kz.hub.search.hits;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import kz.hub.content.Content;
import kz.hub.content.Location;
import kz.hub.search.GeoCircle;
import kz.hub.search.InvalidQueryException;
import kz.hub.search.SearchRequest;
import kz.hub.search.SearchResults;
import kz.hub.search.UnindexableContentException;
import kz.hub.search.analysis.TextAnalysis;
import kz.hub.search.highlighting.HitHighlighter;
import kz.hub.search.indexing.IndexFields;
import kz.hub.search.indexing.SectionSubjects;
import kz.hub.search.query.QueryPlanner;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;

/**
 * The hits of one index for a planned query: what it matched, an item and the guide
 * sections about it as one hit, with the editors' pins and hides, filtered, counted into
 * facets, and the page that follows the cursor in the order of the sort, highlighted.
 */
public final class HitSearch {

	private final IndexSearcher searcher;

	private final int maxDoc;

	private final HitCatalog catalog;

	private final FacetCounts facetCounts;

	private final PageHits pageHits;

	private final Curation curation;

	private final MeaningFusion fusion;

	/**
	 * @throws UnindexableContentException when a curation rule's query has no word a
	 * search could have
	 */
	public HitSearch(IndexReader reader, IndexSearcher searcher, Content content, SectionSubjects subjects,
			TextAnalysis analysis) throws IOException {
		this.searcher = searcher;
		this.maxDoc = reader.maxDoc();
		HitHighlighter highlighter = new HitHighlighter(searcher, analysis);
		this.catalog = new HitCatalog(reader, content, subjects);
		this.facetCounts = new FacetCounts(catalog);
		this.pageHits = new PageHits(catalog, highlighter);
		this.curation = new Curation(content.curation(), analysis, catalog, maxDoc);
		this.fusion = new MeaningFusion(catalog, maxDoc);
	}

	/**
	 * The answer to a request whose text was planned into the queries.
	 * @throws InvalidQueryException when the filter names an activity or region no
	 * destination has, the sort needs a circle the request lacks, or the cursor is not
	 * one of this sort
	 */
	public SearchResults search(SearchRequest request, QueryPlanner.Plan plan) {
		return search(request, plan, null);
	}

	/**
	 * The answer to a request whose text was planned into the queries and, when
	 * {@code meaning} is given, fused with the documents nearest its meaning by the
	 * request's weight.
	 * @param meaning the vector of the request's text, or null to search by words alone
	 */
	public SearchResults search(SearchRequest request, QueryPlanner.Plan plan, float[] meaning) {
		HitFilter filter = new HitFilter(request.filter(), catalog);
		Location centre = request.near() == null ? null
				: new Location(request.near().latitude(), request.near().longitude());
		// Checked before the search: a request sorted by distance without a circle is
		// refused, not searched.
		HitOrder order = new HitOrder(request.sort(), catalog, centre);
		SearchCursor after = SearchCursor.after(request.after(), request.sort());
		BooleanQuery.Builder query = new BooleanQuery.Builder().add(plan.ranking(), Occur.MUST);
		Query circle = null;
		if (request.near() != null) {
			GeoCircle near = request.near();
			circle = LatLonPoint.newDistanceQuery(IndexFields.LOCATION, near.latitude(), near.longitude(),
					near.radiusKm() * 1000);
			query.add(circle, Occur.FILTER);
		}
		Curation.Rule rule = curation.ruleFor(request.text());
		try {
			BestScores.Matches found = (meaning == null || request.meaning() < 1)
					? searcher.search(query.build(), new BestScores(catalog, maxDoc)) : null;
			if (meaning != null) {
				// The circle filters the nearest documents as it does the words' matches.
				found = fusion.fuse(found,
						searcher.search(
								new KnnFloatVectorQuery(IndexFields.MEANING, meaning, MeaningFusion.NEIGHBOURS, circle),
								MeaningFusion.NEIGHBOURS),
						request.meaning());
			}
			BestScores.Matches matches = rule.apply(found,
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

	private static boolean inside(Double distanceKm, GeoCircle circle) {
		return distanceKm != null && distanceKm <= circle.radiusKm();
	}

}
