package kz.hub.pages;

import kz.hub.content.Content;
import kz.hub.content.Guide;
import kz.hub.content.Language;
import kz.hub.live.LiveContent;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A guide's page: its sections with a table of contents. */
@Controller
class GuidePageController {

	private final LiveContent live;

	GuidePageController(LiveContent live) {
		this.live = live;
	}

	@GetMapping("/{lang}/guides/{id}")
	String guide(@PathVariable String lang, @PathVariable String id, Model model) {
		Language language = PageLanguages.required(lang);
		Content english = live.current().content();
		Guide guide = Items.required(english.in(language), id, Guide.class);
		model.addAttribute("page", GuidePage.of(guide, language, english));
		model.addAttribute("description", guide.summary());
		return "guide";
	}

}
