package kz.hub.content;

/**
 * Content in index-data that cannot be served: the message names the file, the line and
 * the field.
 */
public class ContentException extends RuntimeException {

	private final String file;

	private final int line;

	public ContentException(String file, int line, String field, String problem) {
		super(describe(file, line, field, problem));
		this.file = file;
		this.line = line;
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

	public String file() {
		return file;
	}

	public int line() {
		return line;
	}

}
