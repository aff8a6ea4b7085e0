package kz.hub.search.hits;

import kz.hub.search.InvalidQueryException;
import kz.hub.search.SearchSort;

/**
 * A hit's position in the order of a search: the sort, the hit's sort key and its id, so
 * the next page starts right after it in any process built from the same content.
 *
 * @param sort the order the position is in
 * @param bucket the first part of the key: {@link #PINNED} for a pinned hit; for
 * {@link SearchSort#RANK}, 0 for ranked destinations and 1 for the rest; else 0
 * @param value the second part, lower first: a pinned hit's place among the pins, a rank,
 * a distance, or a negated score
 * @param id the hit's id, which breaks every tie the same way in every process
 */
record SearchCursor(SearchSort sort, int bucket, double value, String id) {

	/** The bucket of pinned hits, before every other. */
	static final int PINNED = -1;

	/** Whether this is the position of a pinned hit. */
	boolean isPinned() {
		return bucket == PINNED;
	}

	/** How many pinned hits stand before the first one after this position. */
	int pinsBefore() {
		return isPinned() ? (int) Math.max(0, Math.min(Integer.MAX_VALUE - 1, value)) + 1 : 0;
	}

	/** The position as text, exact to the bit. */
	String encoded() {
		return sort.name() + ":" + bucket + ":" + Long.toHexString(Double.doubleToLongBits(value)) + ":" + id;
	}

	/**
	 * Whether a hit with this key comes after this position.
	 */
	boolean isBefore(int otherBucket, double otherValue, String otherId) {
		return compare(bucket, value, id, otherBucket, otherValue, otherId) < 0;
	}

	static int compare(int bucket, double value, String id, int otherBucket, double otherValue, String otherId) {
		int order = Integer.compare(bucket, otherBucket);
		if (order == 0) {
			order = Double.compare(value, otherValue);
		}
		return order != 0 ? order : id.compareTo(otherId);
	}

	/**
	 * The position a cursor of this API stands for; null for the first page.
	 * @throws InvalidQueryException when the text is no position, or one of another sort
	 */
	static SearchCursor after(String position, SearchSort sort) {
		if (position == null) {
			return null;
		}
		SearchCursor cursor;
		try {
			String[] parts = position.split(":", 4);
			cursor = new SearchCursor(SearchSort.valueOf(parts[0]), Integer.parseInt(parts[1]),
					Double.longBitsToDouble(Long.parseUnsignedLong(parts[2], 16)), parts[3]);
		}
		catch (RuntimeException ex) {
			throw new InvalidQueryException("after is not a search cursor this API gave out");
		}
		if (cursor.sort() != sort) {
			throw new InvalidQueryException(
					"after is a cursor of a search sorted by " + cursor.sort() + ", but this one is sorted by " + sort);
		}
		return cursor;
	}

}
