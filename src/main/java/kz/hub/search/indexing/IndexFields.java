package kz.hub.search.indexing;

/**
 * The field names of the search index, in one place for the indexer, the searcher and the
 * suggester.
 */
public final class IndexFields {

	/**
	 * The item id: exact match, and read back from its doc values to tell which hit a
	 * document belongs to.
	 */
	public static final String ID = "id";

	/**
	 * Name, title or heading: stemmed in the language of its document, stored with
	 * offsets for highlighting, boosted most.
	 */
	public static final String TITLE = "title";

	/** Other names and spellings of a destination, stemmed like the title. */
	public static final String ALIASES = "aliases";

	/**
	 * Attractions, activities, wildlife, region, tags: short facts that count more than
	 * prose.
	 */
	public static final String DETAILS = "details";

	/** Prose: summaries, descriptions, section text. */
	public static final String TEXT = "text";

	/**
	 * Names, aliases and headings only folded, not stemmed: for prefixes of the word
	 * being typed.
	 */
	public static final String NAMES = "names";

	/**
	 * Every word of the item only folded: the dictionary that typo correction draws from.
	 */
	public static final String WORDS = "words";

	/**
	 * The language of the document's text: each item has a document per language it is
	 * written in.
	 */
	public static final String LANGUAGE = "language";

	/**
	 * Names, aliases and headings written in Latin letters whatever their script, for
	 * searches typed in another script.
	 */
	public static final String LATIN = "latin";

	/** The point of a destination, and of a section about one, for radius filters. */
	public static final String LOCATION = "location";

	/**
	 * The sentence vector of an English document (its name and the start of its text),
	 * compared by cosine.
	 */
	public static final String MEANING = "meaning";

	private IndexFields() {
	}

}
