package kz.hub.search;

import java.util.List;

/**
 * One page of search hits with what describes all matches.
 *
 * @param totalCount how many items match over all pages
 * @param correctedQuery the corrected spelling that was searched instead of the text, or
 * null
 * @param hits this page, best first
 * @param facets counts over all matches by type, destination kind and activity
 * @param hasNextPage whether more hits follow this page
 */
public record SearchResults(int totalCount, String correctedQuery, List<Hit> hits, List<Facet> facets,
		boolean hasNextPage) {

	/**
	 * One item found.
	 *
	 * @param position where the hit stands in the order, for the cursor of the next page
	 * @param distanceKm distance from the search's circle centre, or null without one
	 */
	public record Hit(String id, float score, Double distanceKm, List<Highlight> highlights, String position) {
	}

	/**
	 * A matched field with its matched words in {@code <mark>}, all other HTML escaped.
	 */
	public record Highlight(String field, String snippet) {
	}

	/** Match counts by the values of one field. */
	public record Facet(String field, List<FacetValue> values) {
	}

	public record FacetValue(String value, int count) {
	}

}
