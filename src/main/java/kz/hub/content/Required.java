package kz.hub.content;

import java.util.List;

/**
 * Checks the records run on what the authors wrote, so a gap is reported with its file
 * and line.
 */
final class Required {

	private Required() {
	}

	static <T> T field(T value, String name) {
		if (value == null || (value instanceof String text && text.isBlank())) {
			throw new IllegalArgumentException("missing required field '" + name + "'");
		}
		return value;
	}

	static <T> List<T> listOrEmpty(List<T> values) {
		return values == null ? List.of() : List.copyOf(values);
	}

}
