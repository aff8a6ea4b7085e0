package kz.hub.search.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads the word lists shipped in the jar beside the classes that use them. */
public final class WordLists {

	private WordLists() {
	}

	/**
	 * The text of a list in the owner's package; a list missing from the jar is a broken
	 * build, not bad input.
	 */
	public static String read(Class<?> owner, String name) {
		try (InputStream in = owner.getResourceAsStream(name)) {
			if (in == null) {
				throw new IllegalStateException(name + " is missing from the jar");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
