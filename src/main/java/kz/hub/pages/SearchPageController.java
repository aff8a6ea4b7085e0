package kz.hub.pages;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The search page: the landing page of each language and its results, one template. */
@Controller
class SearchPageController {

	private final SearchPages pages;

	SearchPageController(SearchPages pages) {
		this.pages = pages;
	}

	/**
	 * The parameters as a map: bound to a list, one value with a comma would be split
	 * into two filter values.
	 */
	@GetMapping({ "/{lang}/", "/{lang}/search" })
	String search(@PathVariable String lang, @RequestParam MultiValueMap<String, String> params, Model model) {
		SearchForm form = new SearchForm(params.getFirst("q"), params.get("type"), params.get("kind"),
				params.get("activity"), params.get("region"), params.getFirst("sort"), params.getFirst("near"),
				params.getFirst("after"), SearchForm.on(params.getFirst(SearchForm.EXACT)));
		model.addAttribute("page", pages.page(PageLanguages.required(lang), form));
		return "search";
	}

}
