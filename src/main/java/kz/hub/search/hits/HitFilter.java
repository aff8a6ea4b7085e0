package kz.hub.search.hits;

import kz.hub.content.DestinationKind;
import kz.hub.search.ContentType;
import kz.hub.search.SearchFilter;

/**
 * A search filter checked against the hits of one index, one test per field: a facet
 * counts under every field's test but its own.
 */
final class HitFilter {

	private final HitCatalog catalog;

	/** Per type, kind, activity and region number whether it is kept; null keeps all. */
	private final boolean[] types;

	private final boolean[] kinds;

	private final boolean[] activities;

	private final boolean[] regions;

	/**
	 * @throws InvalidQueryException when the filter names an activity or region no
	 * destination has
	 */
	HitFilter(SearchFilter filter, HitCatalog catalog) {
		this.catalog = catalog;
		SearchFilter.requireKnown("activity", filter.activities(), catalog.activities().known());
		SearchFilter.requireKnown("region", filter.regions(), catalog.regions().known());
		this.types = filter.types().isEmpty() ? null : new boolean[ContentType.values().length];
		filter.types().forEach(type -> types[type.ordinal()] = true);
		this.kinds = filter.kinds().isEmpty() ? null : new boolean[DestinationKind.values().length];
		filter.kinds().forEach(kind -> kinds[kind.ordinal()] = true);
		this.activities = filter.activities().isEmpty() ? null : new boolean[catalog.activities().size()];
		filter.activities().forEach(activity -> activities[catalog.activities().find(activity)] = true);
		this.regions = filter.regions().isEmpty() ? null : new boolean[catalog.regions().size()];
		filter.regions().forEach(region -> regions[catalog.regions().find(region)] = true);
	}

	boolean type(int hit) {
		return types == null || types[catalog.type(hit).ordinal()];
	}

	boolean kind(int hit) {
		return kinds == null || (catalog.kind(hit) >= 0 && kinds[catalog.kind(hit)]);
	}

	boolean activity(int hit) {
		if (activities == null) {
			return true;
		}
		for (int activity : catalog.activities(hit)) {
			if (activities[activity]) {
				return true;
			}
		}
		return false;
	}

	boolean region(int hit) {
		return regions == null || (catalog.region(hit) >= 0 && regions[catalog.region(hit)]);
	}

	/**
	 * Copies the matched hits the filter keeps into {@code kept}.
	 * @return how many it kept
	 */
	int keep(BestScores.Matches matches, int[] kept) {
		int count = 0;
		for (int i = 0; i < matches.count(); i++) {
			int hit = matches.matched()[i];
			if (keeps(hit)) {
				kept[count++] = hit;
			}
		}
		return count;
	}

	boolean keeps(int hit) {
		return type(hit) && kind(hit) && activity(hit) && region(hit);
	}

}
