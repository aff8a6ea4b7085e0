package kz.hub.search;

/**
 * Content the search index cannot be built from: the message names the file and the line,
 * e.g. {@code synonyms.txt, line 3: not a valid synonym rule: ...}.
 */
public class UnindexableContentException extends RuntimeException {

	private final String file;

	private final int line;

	public UnindexableContentException(String file, int line, String problem, Throwable cause) {
		super(file + (line > 0 ? ", line " + line : "") + ": " + problem, cause);
		this.file = file;
		this.line = line;
	}

	public String file() {
		return file;
	}

	/** The line of the file at fault, from 1; 0 when no one line is. */
	public int line() {
		return line;
	}

}
