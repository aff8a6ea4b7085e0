package kz.hub.search;

/**
 * The field names of the search index, in one place for the indexer, the searcher and the
 * suggester.
 */
final class IndexFields {

	/**
	 * The item id: exact match, and read back from its doc values to tell which hit a
	 * document belongs to.
	 */
	static final String ID = "id";

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

	/**
	 * The language of the document's text: each item has a document per language it is
	 * written in.
	 */
	static final String LANGUAGE = "language";

	/**
	 * Names, aliases and headings written in Latin letters whatever their script, for
	 * searches typed in another script.
	 */
	static final String LATIN = "latin";

	/** The point of a destination, and of a section about one, for radius filters. */
	static final String LOCATION = "location";

	private IndexFields() {
	}

}
