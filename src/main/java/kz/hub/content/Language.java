package kz.hub.content;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A language the hub's text is authored in; English is the source every translation
 * follows.
 */
public enum Language {

	EN, RU, KK;

	private static final List<String> TAGS = Arrays.stream(values()).map(Language::tag).toList();

	/**
	 * The language's tag in file names and HTTP headers: {@code en}, {@code ru},
	 * {@code kk}.
	 */
	public String tag() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The languages translated from English, the source. */
	public static List<Language> translated() {
		return List.of(RU, KK);
	}

	/**
	 * The language an HTTP {@code Accept-Language} header prefers among the hub's:
	 * q-values weigh, a region such as {@code ru-RU} counts as its language, and a
	 * missing, malformed or foreign header means English.
	 */
	public static Language preferredBy(String acceptLanguage) {
		if (acceptLanguage == null || acceptLanguage.isBlank()) {
			return EN;
		}
		try {
			String tag = Locale.lookupTag(Locale.LanguageRange.parse(acceptLanguage), TAGS);
			return tag == null ? EN : ofTag(tag).orElse(EN);
		}
		catch (IllegalArgumentException ex) {
			return EN;
		}
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
