package kz.hub.languages;

import java.io.IOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads the reader's language once per request. A header naming more languages than
 * {@link #MAX_LANGUAGES} is served as if it named only its first ones: Tomcat refuses to
 * parse a longer one and every later reader of the request's locales would fail with a
 * server error.
 */
public class ReaderLanguageFilter extends OncePerRequestFilter {

	/** Tomcat's own limit on the languages of one header ({@code maxLocaleCount}). */
	static final int MAX_LANGUAGES = 10;

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		// Tomcat counts the languages of every Accept-Language line together.
		String header = String.join(",", Collections.list(request.getHeaders(HttpHeaders.ACCEPT_LANGUAGE)));
		HttpServletRequest read = request;
		if (header.chars().filter(c -> c == ',').count() >= MAX_LANGUAGES) {
			String firstOnes = String.join(",", Arrays.asList(header.split(",", -1)).subList(0, MAX_LANGUAGES));
			read = new BoundedLanguages(request, firstOnes);
			header = firstOnes;
		}
		read.setAttribute(ReaderLanguage.ATTRIBUTE, ReaderLanguage.ofHeader(header));
		chain.doFilter(read, response);
	}

	/** The request with an Accept-Language header cut to its first languages. */
	private static final class BoundedLanguages extends HttpServletRequestWrapper {

		private final String header;

		private final List<Locale> locales;

		BoundedLanguages(HttpServletRequest request, String header) {
			super(request);
			this.header = header;
			this.locales = localesOf(header);
		}

		private static List<Locale> localesOf(String header) {
			try {
				List<Locale> parsed = Locale.LanguageRange.parse(header)
					.stream()
					.sorted(Comparator.comparingDouble(Locale.LanguageRange::getWeight).reversed())
					.filter(range -> !range.getRange().contains("*"))
					.map(range -> Locale.forLanguageTag(range.getRange()))
					.toList();
				return parsed.isEmpty() ? List.of(Locale.getDefault()) : parsed;
			}
			catch (IllegalArgumentException malformed) {
				return List.of(Locale.getDefault());
			}
		}

		@Override
		public String getHeader(String name) {
			return HttpHeaders.ACCEPT_LANGUAGE.equalsIgnoreCase(name) ? header : super.getHeader(name);
		}

		@Override
		public Enumeration<String> getHeaders(String name) {
			return HttpHeaders.ACCEPT_LANGUAGE.equalsIgnoreCase(name) ? Collections.enumeration(List.of(header))
					: super.getHeaders(name);
		}

		@Override
		public Locale getLocale() {
			return locales.getFirst();
		}

		@Override
		public Enumeration<Locale> getLocales() {
			return Collections.enumeration(locales);
		}

	}

}
