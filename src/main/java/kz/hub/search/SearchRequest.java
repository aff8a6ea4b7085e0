package kz.hub.search;

import java.util.Set;

/**
 * One search as a person asked it.
 *
 * @param text what the person typed: plain words, never query syntax
 * @param types the content types to keep; empty keeps all
 * @param near a circle to keep places inside, or null
 * @param first how many hits to return
 * @param after the position of the last hit of the previous page, or null for the first
 * page
 * @param highlights whether to mark the matched words of each hit
 * @param facets whether to count all matches by type, kind and activity
 */
public record SearchRequest(String text, Set<ContentType> types, GeoCircle near, int first, String after,
		boolean highlights, boolean facets) {

	public SearchRequest {
		types = types == null ? Set.of() : Set.copyOf(types);
	}

	/** A search that wants the whole answer, highlights and facets included. */
	public SearchRequest(String text, Set<ContentType> types, GeoCircle near, int first, String after) {
		this(text, types, near, first, after, true, true);
	}

}
