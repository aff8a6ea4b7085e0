package kz.hub.content;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What the records do with what the authors wrote before the loader's field checks report
 * a gap with its file and line: lists become unmodifiable, and a record whose fields
 * depend on each other checks them itself.
 */
public final class Required {

	private Required() {
	}

	static <T> T field(T value, String name) {
		if (value == null || (value instanceof String text && text.isBlank())) {
			throw new IllegalArgumentException("missing required field '" + name + "'");
		}
		return value;
	}

	/**
	 * An unmodifiable copy; an empty entry stays, for the loader to report at its line.
	 */
	public static <T> List<T> list(List<T> values) {
		return (values != null) ? Collections.unmodifiableList(new ArrayList<>(values)) : null;
	}

	public static <T> List<T> listOrEmpty(List<T> values) {
		return (values != null) ? list(values) : List.of();
	}

}
