package kz.hub.pages;

import java.util.List;

/**
 * What the search page shows; the landing page is the same page before a search.
 *
 * @param form the search as asked, to fill the form again
 * @param searched whether a search ran and answered
 * @param error what was wrong with the search in the reader's words, or null
 * @param errorDetail the search API's own explanation (in English), or null
 * @param countText the result count in words, for the status region
 * @param corrected the corrected words that were searched instead, or null
 * @param asTypedHref the same search with the words as typed, never corrected, when they
 * were corrected; else null
 * @param moreHref the next page of results, or null on the last
 * @param nearOptions the places a search can be sorted by distance from
 * @param topPlaces the best places, for the landing page and an empty answer
 * @param permits every permit, for the same
 * @param map the places found on an inline map of Kazakhstan (SVG, every text escaped),
 * or null when none was found
 * @param answer the sentence of the content that answers the search's question, or null
 */
record SearchPage(SearchForm form, boolean searched, String error, String errorDetail, String countText, int total,
		String corrected, String asTypedHref, List<Card> cards, List<FacetGroup> facets, List<Chip> chips,
		String clearHref, List<SortOption> sorts, List<NearOption> nearOptions, String moreHref,
		List<PageLink> topPlaces, List<PageLink> permits, String map, Quote answer) {

	/** A page without an answer. */
	SearchPage(SearchForm form, boolean searched, String error, String errorDetail, String countText, int total,
			String corrected, String asTypedHref, List<Card> cards, List<FacetGroup> facets, List<Chip> chips,
			String clearHref, List<SortOption> sorts, List<NearOption> nearOptions, String moreHref,
			List<PageLink> topPlaces, List<PageLink> permits, String map) {
		this(form, searched, error, errorDetail, countText, total, corrected, asTypedHref, cards, facets, chips,
				clearHref, sorts, nearOptions, moreHref, topPlaces, permits, map, null);
	}

	/**
	 * A sentence quoted from the content, with where it is written.
	 *
	 * @param text the sentence as written
	 * @param lang its language when not the page's, else null
	 * @param source its guide section, else the page of its item
	 */
	record Quote(String text, String lang, PageLink source) {
	}

	/**
	 * One place, permit or other item found.
	 *
	 * @param distance how far it is from the place the search is sorted by distance from,
	 * in words, or null
	 * @param sections the matched guide sections about it
	 * @param snippets distinct highlighted snippets: escaped by search, {@code <mark>}
	 * kept
	 */
	record Card(String id, String typeLabel, PageLink title, String summary, String distance, List<PageLink> sections,
			List<Snippet> snippets) {
	}

	/**
	 * A highlighted snippet as search gave it: escaped, with {@code <mark>} around the
	 * matched words, so the one text a page writes unescaped.
	 *
	 * @param lang its language when not the page's, else null
	 */
	record Snippet(String html, String lang) {
	}

	/** The counts of one filter field's values over all matches. */
	record FacetGroup(String field, String legend, List<FacetOption> options) {
	}

	/** One value to filter by; its link turns it on, or off when it is on. */
	record FacetOption(String label, int count, boolean selected, String href) {
	}

	/** An active filter and the link that removes it. */
	record Chip(String label, String removeHref) {
	}

	record SortOption(String label, String href, boolean current) {
	}

	/**
	 * A place to sort by distance from, by its id and its name in the page's language.
	 */
	record NearOption(String id, String label, boolean selected) {
	}

}
