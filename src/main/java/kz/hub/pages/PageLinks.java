package kz.hub.pages;

import java.util.Optional;

import kz.hub.content.ApplicationStep;
import kz.hub.content.Content;
import kz.hub.content.ContentItem;
import kz.hub.content.Destination;
import kz.hub.content.Explained;
import kz.hub.content.Guide;
import kz.hub.content.Language;
import kz.hub.content.Permit;
import kz.hub.content.RequiredDocument;
import kz.hub.content.Requirement;
import kz.hub.content.Section;

/** Where each item is read, and in which language its text stands. */
final class PageLinks {

	private PageLinks() {
	}

	/**
	 * The page that shows an item: its own, or for a section, requirement, document or
	 * step the element about it on its guide or permit page.
	 * @param content the content in the page's language
	 */
	static String href(Language language, ContentItem item, Content content) {
		String lang = "/" + language.tag();
		return switch (item) {
			case Destination destination -> lang + "/destinations/" + destination.id();
			case Permit permit -> lang + "/permits/" + permit.id();
			case Guide guide -> lang + "/guides/" + guide.id();
			case Section section -> section(language, section);
			case Requirement requirement -> onPermit(language, requirement, content);
			case RequiredDocument document -> onPermit(language, document, content);
			case ApplicationStep step -> onPermit(language, step, content);
		};
	}

	private static String onPermit(Language language, ContentItem item, Content content) {
		return content.links()
			.permitsLinking(item)
			.stream()
			.findFirst()
			.map(permit -> "/" + language.tag() + "/permits/" + permit.id() + "#" + item.id())
			.orElse("/" + language.tag() + "/");
	}

	static String section(Language language, Section section) {
		return "/" + language.tag() + "/guides/" + section.guideId() + "#" + section.anchor();
	}

	/** The section that explains an item, as a link, when its author named one. */
	static Optional<PageLink> explaining(Language language, Explained item, Content content, Content english) {
		return content.links()
			.sectionOf(item)
			.map(section -> new PageLink(section.heading(), section(language, section),
					textLang(english, section.id(), language)));
	}

	/** A link to an item by its first name. */
	static PageLink to(Language language, ContentItem item, Content content, Content english) {
		return new PageLink(item.names().getFirst(), href(language, item, content),
				textLang(english, item.id(), language));
	}

	/**
	 * The language of an item's text when it falls back to English on a page in another
	 * language, for its {@code lang} attribute; null when it is in the page's language.
	 * @param english the edition's English content, which knows every item's translations
	 */
	static String textLang(Content english, String id, Language language) {
		Language written = english.languageOf(id, language);
		return written == language ? null : written.tag();
	}

}
