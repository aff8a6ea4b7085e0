package kz.hub.languages;

import java.util.Map;
import java.util.Optional;

import jakarta.servlet.ServletRequest;
import kz.hub.content.Language;

/**
 * The language a request's Accept-Language header chose among the hub's, or none when it
 * sent no header: then lookups answer in English and a search answers each hit in the
 * language it matched best. A header naming only foreign languages chooses English.
 *
 * @param chosen the language the header chose; empty without a header
 */
public record ReaderLanguage(Optional<Language> chosen) {

	/** The request attribute that holds a request's reader language. */
	static final String ATTRIBUTE = ReaderLanguage.class.getName();

	private static final ReaderLanguage NONE = new ReaderLanguage(Optional.empty());

	/** The reader language of an Accept-Language header's value, which may be null. */
	public static ReaderLanguage ofHeader(String acceptLanguage) {
		if (acceptLanguage == null || acceptLanguage.isBlank()) {
			return NONE;
		}
		return new ReaderLanguage(Optional.of(Language.preferredBy(acceptLanguage)));
	}

	/**
	 * The reader language {@link ReaderLanguageFilter} read for this request; none for a
	 * request that did not pass it.
	 */
	public static ReaderLanguage of(ServletRequest request) {
		return (request.getAttribute(ATTRIBUTE) instanceof ReaderLanguage language) ? language : NONE;
	}

	/** The same, from a request's attributes as Spring for GraphQL hands them on. */
	public static ReaderLanguage of(Map<String, Object> requestAttributes) {
		return (requestAttributes.get(ATTRIBUTE) instanceof ReaderLanguage language) ? language : NONE;
	}

	/**
	 * The value that stands for this choice in a cache key: a language's tag, or
	 * {@code *} when the header chose none and the answer may mix languages.
	 */
	public String keyPart() {
		return chosen.map(Language::tag).orElse("*");
	}

}
