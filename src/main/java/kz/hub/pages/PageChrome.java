package kz.hub.pages;

import java.util.Arrays;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import kz.hub.content.Language;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * What the layout of every page shows: the page's language and the same page in each
 * language, query and filters kept, for the switcher and the hreflang alternates.
 *
 * @param lang the page's language tag, for {@code <html lang>}
 * @param alternates the page in every language, this one included
 * @param xDefault the page for readers of none of them: the root chooses by their browser
 * @param origin the site's address as the request reached it, for the absolute URLs
 * hreflang wants
 */
record PageChrome(String lang, List<Alternate> alternates, String xDefault, String origin) {

	/** The page in one language; {@code href} is relative to the context path. */
	record Alternate(String lang, String name, String href, boolean current) {
	}

	/**
	 * The chrome of a page in a language; a page without a known prefix (a 404) has each
	 * language's search page as its alternates.
	 */
	static PageChrome of(HttpServletRequest request, Language language) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		String[] segments = path.split("/", 3);
		boolean prefixed = segments.length > 1 && PageLanguages.ofPrefix(segments[1]).isPresent();
		// The raw query string is already encoded, so it goes into the links as it came.
		String rest = prefixed ? "/" + (segments.length > 2 ? segments[2] : "")
				+ (request.getQueryString() == null ? "" : "?" + request.getQueryString()) : "/";
		List<Alternate> alternates = Arrays.stream(Language.values())
			.map(other -> new Alternate(other.tag(), PageLanguages.NAMES.get(other), "/" + other.tag() + rest,
					other == language))
			.toList();
		return new PageChrome(language.tag(), alternates, rest.equals("/") ? "/" : "/en" + rest,
				ServletUriComponentsBuilder.fromContextPath(request).build().toUriString());
	}

}
