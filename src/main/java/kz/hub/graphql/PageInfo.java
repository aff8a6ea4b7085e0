package kz.hub.graphql;

import java.util.List;

/** Relay page information. */
public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {

	/**
	 * The page information of every connection of the API. Paging forward, the Relay spec
	 * lets hasPreviousPage say whether edges come before {@code after}: they do whenever
	 * a page starts after a cursor, since the cursor's own edge came before.
	 * @param cursors the cursors of the page's edges, in order
	 * @param hasNextPage whether edges follow the page
	 * @param after the cursor the page starts after, or null for the first page
	 */
	static PageInfo of(List<String> cursors, boolean hasNextPage, String after) {
		return new PageInfo(hasNextPage, after != null, cursors.isEmpty() ? null : cursors.getFirst(),
				cursors.isEmpty() ? null : cursors.getLast());
	}

}
