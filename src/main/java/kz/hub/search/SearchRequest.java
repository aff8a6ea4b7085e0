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
 */
public record SearchRequest(String text, Set<ContentType> types, GeoCircle near, int first, String after) {

	public SearchRequest {
		types = types == null ? Set.of() : Set.copyOf(types);
	}

}
