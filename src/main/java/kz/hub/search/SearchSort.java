package kz.hub.search;

/** The orders search can give its hits in; ties always go by id. */
public enum SearchSort {

	/** Best match first. */
	RELEVANCE,

	/** Nearest to the search's circle centre first; needs the circle. */
	DISTANCE,

	/** Destinations by rank, best first; every other hit after them by relevance. */
	RANK

}
