package kz.hub.pages;

import kz.hub.content.Content;
import kz.hub.content.Permit;
import kz.hub.content.Language;
import kz.hub.live.LiveContent;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** A permit's page with the checklist for the purpose chosen by a plain GET form. */
@Controller
class PermitPageController {

	private final LiveContent live;

	private final MessageSource messages;

	PermitPageController(LiveContent live, MessageSource messages) {
		this.live = live;
		this.messages = messages;
	}

	@GetMapping("/{lang}/permits/{id}")
	String permit(@PathVariable String lang, @PathVariable String id, @RequestParam(required = false) String purpose,
			Model model) {
		Language language = PageLanguages.required(lang);
		Content english = live.current().content();
		model.addAttribute("page", PermitPage.of(Items.required(english.in(language), id, Permit.class), purpose,
				language, english, new Texts(messages, language)));
		return "permit";
	}

}
