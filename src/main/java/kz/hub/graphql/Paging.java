package kz.hub.graphql;

import org.springframework.graphql.data.pagination.CursorEncoder;

/** Page sizes and opaque, stateless cursors shared by the connections of the API. */
final class Paging {

	static final int MAX_PAGE_SIZE = 100;

	private static final CursorEncoder ENCODER = CursorEncoder.base64();

	private Paging() {
	}

	/**
	 * {@code first} checked against the limits, or the default when the client gave none.
	 */
	static int pageSize(Integer first, int defaultSize) {
		if (first == null) {
			return defaultSize;
		}
		if (first < 0 || first > MAX_PAGE_SIZE) {
			throw new InvalidArgumentException("first must be between 0 and " + MAX_PAGE_SIZE + ", but was " + first);
		}
		return first;
	}

	static String cursor(String position) {
		return ENCODER.encode(position);
	}

	/**
	 * The position an {@code after} cursor points at, or null when the client gave none.
	 */
	static String position(String cursor) {
		if (cursor == null) {
			return null;
		}
		try {
			return ENCODER.decode(cursor);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidArgumentException("after is not a cursor this API gave out: '" + cursor + "'");
		}
	}

}
