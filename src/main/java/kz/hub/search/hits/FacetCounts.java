package kz.hub.search.hits;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntFunction;

import kz.hub.content.DestinationKind;
import kz.hub.search.ContentType;
import kz.hub.search.SearchResults;

/**
 * Counts the hits of a search by type, and for destinations by kind, activity and region.
 * The counts are disjunctive, as Algolia and Meilisearch compute them: each facet counts
 * under every filter field but its own, so with kind LAKE selected the kind facet still
 * tells how many canyons there are.
 */
public final class FacetCounts {

	/** The facets every search counts, in the order it lists them. */
	public static final List<String> FACETS = List.of("type", "kind", "activity", "region");

	/** Most values listed per facet, most frequent first. */
	public static final int MAX_FACET_VALUES = 50;

	private static final DestinationKind[] KINDS = DestinationKind.values();

	private static final ContentType[] TYPES = ContentType.values();

	private final HitCatalog catalog;

	FacetCounts(HitCatalog catalog) {
		this.catalog = catalog;
	}

	/** The facets of the matched hits, each hit counted once. */
	List<SearchResults.Facet> count(HitFilter filter, BestScores.Matches matches) {
		int[] types = new int[TYPES.length];
		int[] kinds = new int[KINDS.length];
		int[] activities = new int[catalog.activities().size()];
		int[] regions = new int[catalog.regions().size()];
		for (int i = 0; i < matches.count(); i++) {
			int hit = matches.matched()[i];
			boolean type = filter.type(hit);
			boolean kind = filter.kind(hit);
			boolean activity = filter.activity(hit);
			boolean region = filter.region(hit);
			if (kind && activity && region) {
				types[catalog.type(hit).ordinal()]++;
			}
			if (type && activity && region && catalog.kind(hit) >= 0) {
				kinds[catalog.kind(hit)]++;
			}
			if (type && kind && region) {
				for (int value : catalog.activities(hit)) {
					activities[value]++;
				}
			}
			if (type && kind && activity && catalog.region(hit) >= 0) {
				regions[catalog.region(hit)]++;
			}
		}
		return List.of(facet(FACETS.get(0), false, types, number -> TYPES[number].name()),
				facet(FACETS.get(1), false, kinds, number -> KINDS[number].name()),
				facet(FACETS.get(2), true, activities, catalog.activities()::folded),
				facet(FACETS.get(3), true, regions, catalog.regions()::written));
	}

	private static SearchResults.Facet facet(String field, boolean words, int[] counts, IntFunction<String> name) {
		List<SearchResults.FacetValue> values = new ArrayList<>();
		for (int number = 0; number < counts.length; number++) {
			if (counts[number] > 0) {
				values.add(new SearchResults.FacetValue(name.apply(number), counts[number]));
			}
		}
		values.sort(Comparator.comparingInt(SearchResults.FacetValue::count)
			.reversed()
			.thenComparing(SearchResults.FacetValue::value));
		return new SearchResults.Facet(field, words, values.subList(0, Math.min(MAX_FACET_VALUES, values.size())));
	}

}
