package kz.hub.search;

import kz.hub.content.Language;

import java.util.Set;

/**
 * One search as a person asked it; equal requests have equal answers.
 *
 * @param text what the person typed: plain words, never query syntax
 * @param filter what the hits must be
 * @param near a circle to keep places inside, or null
 * @param sort the order of the hits
 * @param first how many hits to return
 * @param after the position of the last hit of the previous page, or null for the first
 * page
 * @param highlights whether to mark the matched words of each hit
 * @param facets whether to count all hits by type, kind, activity and region
 * @param language the language the client chose, in which every hit answers; null to
 * search all languages alike, each hit answering in the one it matched best
 * @param meaning the share of meaning in the ranking, from 0 (the words alone) to 1 (the
 * meaning alone); it applies to English queries once the index has its vectors
 * @param asTyped whether to search the words as typed, never replacing an unknown word by
 * its correction (the last word still matches as a prefix): what a person asks for after
 * * seeing a correction they did not mean
 * @param answer whether to look for the sentence that answers the text when it is a
 * question, which costs about as much again as the hits
 */
public record SearchRequest(String text, SearchFilter filter, GeoCircle near, SearchSort sort, int first, String after,
		boolean highlights, boolean facets, Language language, double meaning, boolean asTyped, boolean answer) {

	/**
	 * The share of meaning when a request does not say: measured on the judged English
	 * list: more meaning lost answers from the top 3 that the words alone had
	 * (src/bench/README.md).
	 */
	public static final double DEFAULT_MEANING = 0.2;

	/**
	 * @throws InvalidQueryException when {@code meaning} is outside 0 to 1
	 */
	public SearchRequest {
		filter = filter == null ? SearchFilter.NONE : filter;
		sort = sort == null ? SearchSort.RELEVANCE : sort;
		if (!(meaning >= 0 && meaning <= 1)) {
			throw new InvalidQueryException("meaning must be from 0 to 1, not " + meaning);
		}
	}

	/** A request that looks for an answer when its text is a question. */
	public SearchRequest(String text, SearchFilter filter, GeoCircle near, SearchSort sort, int first, String after,
			boolean highlights, boolean facets, Language language, double meaning, boolean asTyped) {
		this(text, filter, near, sort, first, after, highlights, facets, language, meaning, asTyped, true);
	}

	/**
	 * A request with the default share of meaning that corrects the words it does not
	 * know.
	 */
	public SearchRequest(String text, SearchFilter filter, GeoCircle near, SearchSort sort, int first, String after,
			boolean highlights, boolean facets, Language language) {
		this(text, filter, near, sort, first, after, highlights, facets, language, DEFAULT_MEANING, false);
	}

	/** A request with a share of meaning that corrects the words it does not know. */
	public SearchRequest(String text, SearchFilter filter, GeoCircle near, SearchSort sort, int first, String after,
			boolean highlights, boolean facets, Language language, double meaning) {
		this(text, filter, near, sort, first, after, highlights, facets, language, meaning, false);
	}

	/** A request with the default share of meaning, its words as typed or corrected. */
	public SearchRequest(String text, SearchFilter filter, GeoCircle near, SearchSort sort, int first, String after,
			boolean highlights, boolean facets, Language language, boolean asTyped) {
		this(text, filter, near, sort, first, after, highlights, facets, language, DEFAULT_MEANING, asTyped);
	}

	/**
	 * A search by relevance that wants the whole answer, highlights and facets included.
	 */
	public SearchRequest(String text, Set<ContentType> types, GeoCircle near, int first, String after) {
		this(text, new SearchFilter(types, null, null, null), near, SearchSort.RELEVANCE, first, after, true, true,
				null, DEFAULT_MEANING, false);
	}

}
