package kz.hub.pages;

import kz.hub.content.Content;
import kz.hub.content.ContentItem;
import kz.hub.content.Language;
import kz.hub.content.Section;
import kz.hub.search.SearchResults;

/** The sentence that answers a search's question, as the search page quotes it. */
final class AnswerQuote {

	private AnswerQuote() {
	}

	/**
	 * The quote of the results' answer, linked to its guide section or else to its item's
	 * page; null without an answer.
	 */
	static SearchPage.Quote of(SearchResults results, Language language, Content english) {
		SearchResults.Answer answer = results.answer();
		if (answer == null) {
			return null;
		}
		Content written = english.in(answer.language());
		PageLink source;
		if (answer.sectionId() != null) {
			Section section = written.item(answer.sectionId(), Section.class).orElseThrow();
			source = new PageLink(section.heading(), PageLinks.section(language, section),
					PageLinks.textLang(english, section.id(), language));
		}
		else {
			ContentItem item = written.item(answer.itemId()).orElseThrow();
			source = PageLinks.to(language, item, english.in(language), english);
		}
		return new SearchPage.Quote(answer.text(), answer.language() == language ? null : answer.language().tag(),
				source);
	}

}
