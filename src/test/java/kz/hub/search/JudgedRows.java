package kz.hub.search;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The rows of a judged list: query, expected id, and why it misses, if it is known to.
 */
final class JudgedRows {

	private JudgedRows() {
	}

	/** The rows of a list on the test class path, without blank lines and comments. */
	static List<String[]> read(String resource) throws IOException {
		try (InputStream in = JudgedRows.class.getResourceAsStream(resource)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.filter(line -> !line.isBlank() && !line.startsWith("#"))
				.map(line -> line.split(",\\s*", 3))
				.toList();
		}
	}

}
