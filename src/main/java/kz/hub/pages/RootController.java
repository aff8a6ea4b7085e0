package kz.hub.pages;

import jakarta.servlet.http.HttpServletRequest;
import kz.hub.content.Language;
import kz.hub.languages.ReaderLanguage;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The bare root sends a reader to the search page in their browser's language; the only
 * place Accept-Language chooses, so every other URL names one page in one language.
 */
@Controller
class RootController {

	@GetMapping("/")
	ResponseEntity<Void> root(HttpServletRequest request) {
		Language language = ReaderLanguage.of(request).chosen().orElse(Language.EN);
		return ResponseEntity.status(HttpStatus.FOUND)
			.header(HttpHeaders.LOCATION, request.getContextPath() + "/" + language.tag() + "/")
			.header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
			.build();
	}

	/** {@code /ru} is {@code /ru/}. */
	@GetMapping("/{lang:[a-zA-Z][a-zA-Z][a-zA-Z]?}")
	String withoutSlash(@PathVariable String lang) {
		return "redirect:/" + PageLanguages.required(lang).tag() + "/";
	}

	/**
	 * Any other address under a prefix of two or three letters is no page: a 404 page, in
	 * the prefix's language when it is the hub's. Prefixes of other lengths are left to
	 * the hub's other paths (/graphql, /webjars, /actuator...).
	 */
	@GetMapping("/{lang:[a-zA-Z][a-zA-Z][a-zA-Z]?}/**")
	String unknown(@PathVariable String lang) {
		throw new PageNotFoundException("no page here");
	}

}
