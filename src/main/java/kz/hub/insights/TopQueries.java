package kz.hub.insights;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The most frequent queries in bounded memory: a Space-Saving sketch (Metwally, Agrawal
 * and El Abbadi, 2005) of at most {@code capacity} counters.
 * <p>
 * A query that is not counted yet, when all counters are taken, takes over the smallest
 * one and its count, so a frequent query is never lost behind a stream of rare ones. The
 * count it took over is its overcount: only the searches since are sure. Once the
 * counters are full, any query without one may have been searched as often as the
 * smallest counter, so {@link #top} shows a query only when its sure searches are more
 * than that: a list of guaranteed counts with no query in it that is there by overcount.
 * Apache DataSketches' frequent-items sketch was weighed instead: its 8 and 9 releases
 * need a preview-compiled memory library or Java 25, and its purging map bounds each
 * count less tightly than Space-Saving with as many counters.
 */
final class TopQueries {

	private static final Comparator<Counter> SMALLEST_FIRST = Comparator.comparingLong(Counter::count)
		.thenComparing(Counter::query);

	private static final Comparator<QueryCount> MOST_FIRST = Comparator.comparingLong(QueryCount::count)
		.reversed()
		.thenComparing(QueryCount::query);

	private final int capacity;

	private final Map<String, Counter> counters = new HashMap<>();

	private final TreeSet<Counter> bySize = new TreeSet<>(SMALLEST_FIRST);

	/** Whether a query lost its counter: until then every count is exact. */
	private boolean tookOver;

	TopQueries(int capacity) {
		if (capacity < 1) {
			throw new IllegalArgumentException("capacity must be at least 1, but was " + capacity);
		}
		this.capacity = capacity;
	}

	synchronized void add(String query) {
		Counter counter = counters.get(query);
		if (counter != null) {
			bySize.remove(counter);
			counter = new Counter(query, counter.count() + 1, counter.overcount());
		}
		else if (counters.size() < capacity) {
			counter = new Counter(query, 1, 0);
		}
		else {
			Counter smallest = bySize.pollFirst();
			counters.remove(smallest.query());
			tookOver = true;
			counter = new Counter(query, smallest.count() + 1, smallest.count());
		}
		counters.put(query, counter);
		bySize.add(counter);
	}

	/**
	 * At most {@code limit} queries known to be more frequent than any query without a
	 * counter, by guaranteed count, most first, ties by query.
	 */
	synchronized List<QueryCount> top(int limit) {
		long untrackedAtMost = tookOver ? bySize.first().count() : 0;
		return counters.values()
			.stream()
			.map(Counter::shown)
			.filter(shown -> shown.count() > untrackedAtMost)
			.sorted(MOST_FIRST)
			.limit(limit)
			.toList();
	}

	/** How many queries hold a counter, never more than the capacity. */
	synchronized int size() {
		return counters.size();
	}

	/**
	 * One Space-Saving counter.
	 *
	 * @param count searches since the query took the counter, plus {@code overcount}
	 * @param overcount the count of the query whose counter it took over
	 */
	private record Counter(String query, long count, long overcount) {

		QueryCount shown() {
			return new QueryCount(query, count - overcount, overcount);
		}

	}

}
