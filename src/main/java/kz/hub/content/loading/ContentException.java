package kz.hub.content.loading;

/**
 * Content in index-data that cannot be served: the message names the file, the line and
 * the field where one applies.
 */
public class ContentException extends RuntimeException {

	private final String file;

	public ContentException(String file, int line, String field, String problem) {
		super(describe(file, line, field, problem));
		this.file = file;
	}

	/**
	 * A failure that belongs to no one file, such as the search index refusing the
	 * content; the cause's message should say where.
	 */
	public ContentException(String problem, Throwable cause) {
		super(problem, cause);
		this.file = null;
	}

	private static String describe(String file, int line, String field, String problem) {
		StringBuilder message = new StringBuilder(file);
		if (line > 0) {
			message.append(", line ").append(line);
		}
		if (field != null && !field.isEmpty()) {
			message.append(", field '").append(field).append("'");
		}
		return message.append(": ").append(problem).toString();
	}

	/** The file relative to the content folder, or null when no one file is at fault. */
	public String file() {
		return file;
	}

}
