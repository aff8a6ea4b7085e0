package kz.hub.search.hits;

import java.util.PriorityQueue;

import kz.hub.content.Location;
import kz.hub.search.InvalidQueryException;
import kz.hub.search.SearchSort;

/**
 * The order of a search's hits by its sort, ties by id, and the page that follows a
 * position in it. Every key comes from the hit alone (its score, rank or distance), so
 * any page can be found again from its cursor, with nothing remembered between requests.
 */
final class HitOrder {

	private final SearchSort sort;

	private final HitCatalog catalog;

	private final Location centre;

	/**
	 * @param centre the centre distances are measured from; required by
	 * {@link SearchSort#DISTANCE}
	 */
	HitOrder(SearchSort sort, HitCatalog catalog, Location centre) {
		if (sort == SearchSort.DISTANCE && centre == null) {
			throw new InvalidQueryException("sort DISTANCE needs near: distances are measured from its centre");
		}
		this.sort = sort;
		this.catalog = catalog;
		this.centre = centre;
	}

	int bucket(int hit) {
		return sort == SearchSort.RANK && catalog.rank(hit) == 0 ? 1 : 0;
	}

	/**
	 * How far a place is from the centre; null without a centre or for what is no place.
	 */
	Double distanceKm(int hit) {
		return centre == null || catalog.location(hit) == null ? null : centre.distanceKm(catalog.location(hit));
	}

	/** The second part of a hit's key, from its best score when the sort ranks by it. */
	double value(int hit, float[] best) {
		return switch (sort) {
			case RELEVANCE -> -best[hit];
			case DISTANCE ->
				catalog.location(hit) == null ? Double.POSITIVE_INFINITY : centre.distanceKm(catalog.location(hit));
			case RANK -> catalog.rank(hit) > 0 ? catalog.rank(hit) : -best[hit];
		};
	}

	/** The position of a hit, for the cursor of its edge. */
	SearchCursor position(int hit, float[] best) {
		return new SearchCursor(sort, bucket(hit), value(hit, best), catalog.id(hit));
	}

	/** The position of the pinned hit that stands at this place among the pins. */
	SearchCursor pinnedPosition(int place, int hit) {
		return new SearchCursor(sort, SearchCursor.PINNED, place, catalog.id(hit));
	}

	/**
	 * The first hits after a position, in order.
	 * @param hits the hits to order, the first {@code count} of them
	 * @param best the best score of each hit
	 * @param after the position to start after, or null for the first page
	 * @param size how many hits to return at most
	 */
	int[] page(int[] hits, int count, float[] best, SearchCursor after, int size) {
		if (size == 0) {
			return new int[0];
		}
		int[] buckets = new int[count];
		double[] values = new double[count];
		for (int i = 0; i < count; i++) {
			buckets[i] = bucket(hits[i]);
			values[i] = value(hits[i], best);
		}
		// The heap's head is the last of the page so far: it goes when a better one
		// comes.
		PriorityQueue<Integer> page = new PriorityQueue<>(size + 1, (a, b) -> -SearchCursor.compare(buckets[a],
				values[a], catalog.id(hits[a]), buckets[b], values[b], catalog.id(hits[b])));
		for (int i = 0; i < count; i++) {
			if (after != null && !after.isBefore(buckets[i], values[i], catalog.id(hits[i]))) {
				continue;
			}
			if (page.size() < size) {
				page.add(i);
			}
			else if (page.comparator().compare(i, page.peek()) > 0) {
				page.poll();
				page.add(i);
			}
		}
		int[] ordered = new int[page.size()];
		for (int i = ordered.length - 1; i >= 0; i--) {
			ordered[i] = hits[page.poll()];
		}
		return ordered;
	}

}
