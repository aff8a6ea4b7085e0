package kz.hub.search;

/**
 * The field names of the search index, in one place for the indexer, the searcher and the
 * suggester.
 */
final class IndexFields {

	/**
	 * The item id: exact match, and sorted on to break score ties the same way on every
	 * replica; a hit reads it back from its sort values.
	 */
	static final String ID = "id";

	/** The content type: a filter and a facet. */
	static final String TYPE = "type";

	/** A destination's kind: a facet. */
	static final String KIND = "kind";

	/** A destination's activities: a multi-valued facet. */
	static final String ACTIVITY = "activity";

	/**
	 * Name, title or heading: stemmed English, stored with offsets for highlighting,
	 * boosted most.
	 */
	static final String TITLE = "title";

	/** Other names and spellings of a destination, stemmed like the title. */
	static final String ALIASES = "aliases";

	/**
	 * Attractions, activities, wildlife, region, tags: short facts that count more than
	 * prose.
	 */
	static final String DETAILS = "details";

	/** Prose: summaries, descriptions, section text. */
	static final String TEXT = "text";

	/**
	 * Names, aliases and headings only folded, not stemmed: for prefixes of the word
	 * being typed.
	 */
	static final String NAMES = "names";

	/**
	 * Every word of the item only folded: the dictionary that typo correction draws from.
	 */
	static final String WORDS = "words";

	/** A destination's point, for radius filters. */
	static final String LOCATION = "location";

	private IndexFields() {
	}

}
