package kz.hub.pages;

import kz.hub.content.Content;
import kz.hub.content.Destination;
import kz.hub.content.Language;
import kz.hub.live.LiveContent;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A destination's page: what it is, what to do there, what lies near. */
@Controller
class DestinationPageController {

	private final LiveContent live;

	private final MessageSource messages;

	DestinationPageController(LiveContent live, MessageSource messages) {
		this.live = live;
		this.messages = messages;
	}

	@GetMapping("/{lang}/destinations/{id}")
	String destination(@PathVariable String lang, @PathVariable String id, Model model) {
		Language language = PageLanguages.required(lang);
		Content english = live.current().content();
		Destination place = Items.required(english.in(language), id, Destination.class);
		model.addAttribute("page", DestinationPage.of(place, language, english, new Texts(messages, language)));
		model.addAttribute("description", place.summary());
		return "destination";
	}

}
