package kz.hub.insights;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The most frequent queries in bounded memory: a Space-Saving sketch (Metwally, Agrawal
 * and El Abbadi, 2005) of at most {@code capacity} counters. A query that is not counted
 * yet, when all counters are taken, takes over the smallest one and its count, so a
 * frequent query is never lost behind a stream of rare ones, and each count is at most
 * its overcount above the truth.
 */
final class TopQueries {

	private static final Comparator<QueryCount> SMALLEST_FIRST = Comparator.comparingLong(QueryCount::count)
		.thenComparing(QueryCount::query);

	private static final Comparator<QueryCount> MOST_FIRST = Comparator.comparingLong(QueryCount::count)
		.reversed()
		.thenComparing(QueryCount::query);

	private final int capacity;

	private final Map<String, QueryCount> counters = new HashMap<>();

	private final TreeSet<QueryCount> bySize = new TreeSet<>(SMALLEST_FIRST);

	TopQueries(int capacity) {
		if (capacity < 1) {
			throw new IllegalArgumentException("capacity must be at least 1, but was " + capacity);
		}
		this.capacity = capacity;
	}

	synchronized void add(String query) {
		QueryCount counter = counters.get(query);
		if (counter != null) {
			bySize.remove(counter);
			counter = new QueryCount(query, counter.count() + 1, counter.overcount());
		}
		else if (counters.size() < capacity) {
			counter = new QueryCount(query, 1, 0);
		}
		else {
			QueryCount smallest = bySize.pollFirst();
			counters.remove(smallest.query());
			counter = new QueryCount(query, smallest.count() + 1, smallest.count());
		}
		counters.put(query, counter);
		bySize.add(counter);
	}

	/** The {@code limit} most frequent queries, most frequent first, ties by query. */
	synchronized List<QueryCount> top(int limit) {
		return counters.values().stream().sorted(MOST_FIRST).limit(limit).toList();
	}

	/** How many queries hold a counter, never more than the capacity. */
	synchronized int size() {
		return counters.size();
	}

}
