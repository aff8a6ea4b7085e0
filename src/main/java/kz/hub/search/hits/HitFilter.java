package kz.hub.search.hits;

import java.util.List;
import java.util.function.IntPredicate;

import kz.hub.content.DestinationKind;
import kz.hub.search.ContentType;
import kz.hub.search.InvalidQueryException;
import kz.hub.search.SearchFilter;

/**
 * A search filter checked against the hits of one index, one test per field: a facet
 * counts under every field's test but its own. The rules are the filter's own: each
 * field's test of every value a hit can have is asked of the filter once, and kept by
 * value number, so a search touches no string for the thousands of hits it filters.
 */
final class HitFilter {

	private static final ContentType[] TYPES = ContentType.values();

	private static final DestinationKind[] KINDS = DestinationKind.values();

	private final HitCatalog catalog;

	/**
	 * Per type, kind, activity and region number whether it is kept; null when every
	 * value is, and so is a hit without one.
	 */
	private final boolean[] types;

	private final boolean[] kinds;

	private final boolean[] activities;

	private final boolean[] regions;

	/** Whether a hit that is no destination is kept by the kinds. */
	private final boolean withoutKind;

	/** Whether a hit that offers no activity is kept by the activities. */
	private final boolean withoutActivity;

	/** Whether a hit that is no destination is kept by the regions. */
	private final boolean withoutRegion;

	/**
	 * @throws InvalidQueryException when the filter names an activity or region no
	 * destination has
	 */
	HitFilter(SearchFilter filter, HitCatalog catalog) {
		this.catalog = catalog;
		filter.requireKnown(catalog.activities().known(), catalog.regions().known());
		FactValues activityValues = catalog.activities();
		FactValues regionValues = catalog.regions();
		this.types = table(TYPES.length, type -> filter.keepsType(TYPES[type]), true);
		this.withoutKind = filter.keepsKind(null);
		this.kinds = table(KINDS.length, kind -> filter.keepsKind(KINDS[kind]), withoutKind);
		this.withoutActivity = filter.keepsActivities(List.of());
		// A hit offering several activities is kept when one of them is, as the filter
		// keeps a destination.
		this.activities = table(activityValues.size(),
				activity -> filter.keepsActivities(List.of(activityValues.written(activity))), withoutActivity);
		this.withoutRegion = filter.keepsRegion(null);
		this.regions = table(regionValues.size(), region -> filter.keepsRegion(regionValues.written(region)),
				withoutRegion);
	}

	/**
	 * Whether each value number is kept; null when all are and so is a hit without one.
	 */
	private static boolean[] table(int size, IntPredicate keeps, boolean keepsWithout) {
		boolean[] kept = new boolean[size];
		boolean all = keepsWithout;
		for (int number = 0; number < size; number++) {
			kept[number] = keeps.test(number);
			all &= kept[number];
		}
		return all ? null : kept;
	}

	boolean type(int hit) {
		return types == null || types[catalog.type(hit).ordinal()];
	}

	boolean kind(int hit) {
		return kinds == null || (catalog.kind(hit) >= 0 ? kinds[catalog.kind(hit)] : withoutKind);
	}

	boolean activity(int hit) {
		if (activities == null) {
			return true;
		}
		int[] offered = catalog.activities(hit);
		if (offered.length == 0) {
			return withoutActivity;
		}
		for (int activity : offered) {
			if (activities[activity]) {
				return true;
			}
		}
		return false;
	}

	boolean region(int hit) {
		return regions == null || (catalog.region(hit) >= 0 ? regions[catalog.region(hit)] : withoutRegion);
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
