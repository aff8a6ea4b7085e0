package kz.hub.pages;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import kz.hub.content.Language;
import kz.hub.languages.ReaderLanguage;

/** The language of a page: its URL prefix, else what the reader's browser prefers. */
final class PageLanguages {

	/** Each language named in itself, as a switcher names them (no flags). */
	static final Map<Language, String> NAMES = Map.of(Language.EN, "English", Language.RU, "Русский", Language.KK,
			"Қазақша");

	private PageLanguages() {
	}

	/**
	 * The language of a prefix as the URLs write it (lower case only: one URL per page).
	 */
	static Optional<Language> ofPrefix(String tag) {
		return Language.ofTag(tag).filter(language -> language.tag().equals(tag));
	}

	/** The language of a page's prefix; an unknown prefix is no page. */
	static Language required(String tag) {
		return ofPrefix(tag).orElseThrow(() -> new PageNotFoundException("no language '" + tag + "'"));
	}

	/**
	 * The language a request's page is in: its prefix when it has a known one, else the
	 * reader's Accept-Language choice, else English.
	 */
	static Language of(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		String[] segments = path.split("/", 3);
		Optional<Language> prefixed = segments.length > 1 ? ofPrefix(segments[1]) : Optional.empty();
		return prefixed.orElseGet(() -> ReaderLanguage.of(request).chosen().orElse(Language.EN));
	}

	static Locale locale(Language language) {
		return Locale.forLanguageTag(language.tag());
	}

}
