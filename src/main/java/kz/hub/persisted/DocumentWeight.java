package kz.hub.persisted;

/**
 * What a parsed GraphQL document kept in a cache costs the heap, estimated from its text
 * so that a cache's bound holds in bytes whatever shape fills it.
 * <p>
 * Measured with graphql-java's parser (src/bench/README.md, "Heap of a parsed document"):
 * about 500 bytes for a one-field document, 4 to 6 bytes a character for long string
 * arguments, 11 to 34 for ordinary selections, up to 63 for nested one-letter selections,
 * the densest shape there is. Each character is weighed as the densest, so no shape
 * weighs less than it costs.
 */
public final class DocumentWeight {

	/**
	 * Heap of the parsed documents each document cache keeps (the parsed text of queries,
	 * the documents registered by hash): 16 MiB, some 800 documents of 300 characters.
	 */
	public static final long MAX_CACHED_BYTES = 16L * 1024 * 1024;

	/**
	 * The cache's node, the entry, the document and its key, besides the text's parts.
	 */
	static final int ENTRY_BYTES = 1024;

	/** The densest document's parsed nodes per character of its text, rounded up. */
	static final int BYTES_PER_CHARACTER = 64;

	private DocumentWeight() {
	}

	/** The weight of a kept document with this text. */
	public static int of(String text) {
		return (int) Math.min(Integer.MAX_VALUE, ENTRY_BYTES + (long) BYTES_PER_CHARACTER * text.length());
	}

}
