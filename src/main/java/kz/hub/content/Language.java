package kz.hub.content;

import java.util.Locale;
import java.util.Optional;

/**
 * A language the hub's text is authored in; English is the source every translation
 * follows.
 */
public enum Language {

	EN, RU, KK;

	/**
	 * The language's tag in file names and HTTP headers: {@code en}, {@code ru},
	 * {@code kk}.
	 */
	public String tag() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The language a tag names, ignoring case; empty for a language the hub lacks. */
	public static Optional<Language> ofTag(String tag) {
		for (Language language : values()) {
			if (language.tag().equalsIgnoreCase(tag)) {
				return Optional.of(language);
			}
		}
		return Optional.empty();
	}

}
