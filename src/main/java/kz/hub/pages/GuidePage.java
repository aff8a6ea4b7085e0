package kz.hub.pages;

import java.util.Arrays;
import java.util.List;

import kz.hub.content.Content;
import kz.hub.content.Guide;
import kz.hub.content.Language;

/**
 * What a guide's page shows: its sections, each under an element whose id is its anchor,
 * so the links of every other page land on them.
 *
 * @param lang the language of the guide's text when not the page's, else null
 */
record GuidePage(Guide guide, String lang, List<SectionView> sections, List<PageLink> permits, List<PageLink> places) {

	/**
	 * One section: its paragraphs are plain text (the page escapes them), so no markup
	 * from the content reaches the page.
	 */
	record SectionView(String anchor, String heading, int level, List<String> paragraphs, String lang) {
	}

	static GuidePage of(Guide guide, Language language, Content english) {
		Content local = english.in(language);
		List<SectionView> sections = guide.sections()
			.stream()
			.map(section -> new SectionView(section.anchor(), section.heading(), section.level(),
					Arrays.stream(section.text().split("\\n+")).map(String::strip).filter(p -> !p.isEmpty()).toList(),
					PageLinks.textLang(english, section.id(), language)))
			.toList();
		return new GuidePage(guide, PageLinks.textLang(english, guide.id(), language), sections,
				local.links()
					.permitsOf(guide)
					.stream()
					.map(permit -> PageLinks.to(language, permit, local, english))
					.toList(),
				local.links()
					.destinationsOf(guide)
					.stream()
					.map(place -> PageLinks.to(language, place, local, english))
					.toList());
	}

}
