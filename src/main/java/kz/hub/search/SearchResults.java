package kz.hub.search;

import kz.hub.content.Language;

import java.util.List;

/**
 * One page of search hits with what describes all matches.
 *
 * @param totalCount how many hits match over all pages, an item and the sections about it
 * counted once, pinned hits included and hidden ones not
 * @param correctedQuery the corrected spelling that was searched instead of the text, or
 * null
 * @param hits this page, in the order of the search's sort
 * @param facets counts over all hits by type, destination kind, activity and region
 * @param hasNextPage whether more hits follow this page
 * @param answer the sentence of the content that answers the text when it is a question,
 * or null
 */
public record SearchResults(int totalCount, String correctedQuery, List<Hit> hits, List<Facet> facets,
		boolean hasNextPage, Answer answer) {

	/** Results without an answer, as the hits alone give them. */
	public SearchResults(int totalCount, String correctedQuery, List<Hit> hits, List<Facet> facets,
			boolean hasNextPage) {
		this(totalCount, correctedQuery, hits, facets, hasNextPage, null);
	}

	/** The same results with an answer, or with none when it is null. */
	public SearchResults withAnswer(Answer answer) {
		return new SearchResults(totalCount, correctedQuery, hits, facets, hasNextPage, answer);
	}

	/**
	 * One item found: by itself, through the guide sections about it, or both.
	 *
	 * @param id the item
	 * @param score the best score of the item and its matching sections
	 * @param distanceKm distance from the search's circle centre, or null without one
	 * @param sectionIds the matching sections about the item, in guide order
	 * @param highlights the item's own highlights first, then its sections'
	 * @param position where the hit stands in the order, for the cursor of the next page
	 * @param pinned whether an editor's rule put the hit first; it scores 0 when it did
	 * not match the text
	 * @param language the language the hit answers in: the one chosen, else the one it
	 * matched best in; its sections and highlights are in it too
	 */
	public record Hit(String id, float score, Double distanceKm, List<String> sectionIds, List<Highlight> highlights,
			String position, boolean pinned, Language language) {
	}

	/**
	 * A matched field with its matched words in {@code <mark>}, all other HTML escaped.
	 *
	 * @param sectionId the section about the hit the snippet comes from, or null when it
	 * comes from the hit itself
	 * @param language the language of the snippet
	 */
	public record Highlight(String field, String snippet, String sectionId, Language language) {
	}

	/**
	 * Match counts by the values of one field.
	 *
	 * @param words whether the values are words of the content (activities, regions),
	 * which read differently in each language, rather than enum values
	 */
	public record Facet(String field, boolean words, List<FacetValue> values) {
	}

	public record FacetValue(String value, int count) {
	}

	/**
	 * A sentence of the content that answers a question, exactly as written.
	 *
	 * @param text the sentence
	 * @param itemId the item whose text holds it
	 * @param sectionId the guide section it is written in, else the one that explains its
	 * item; null when none does
	 * @param language the language it is written in
	 */
	public record Answer(String text, String itemId, String sectionId, Language language) {
	}

}
