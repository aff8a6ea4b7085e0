package kz.hub.pages;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

import kz.hub.content.ApplicationStep;
import kz.hub.content.Content;
import kz.hub.content.ContentItem;
import kz.hub.content.Destination;
import kz.hub.content.Guide;
import kz.hub.content.Language;
import kz.hub.content.Permit;
import kz.hub.content.RequiredDocument;
import kz.hub.content.Requirement;
import kz.hub.content.Section;
import kz.hub.search.ContentType;
import kz.hub.search.SearchResults;

/** One card per hit: what it is, where to read it, its matched sections and snippets. */
final class SearchCards {

	private SearchCards() {
	}

	static List<SearchPage.Card> of(SearchResults results, Language language, Content english, Texts texts) {
		Content local = english.in(language);
		return results.hits().stream().map(hit -> card(hit, language, english, local, texts)).toList();
	}

	private static SearchPage.Card card(SearchResults.Hit hit, Language language, Content english, Content local,
			Texts texts) {
		Content content = english.in(hit.language());
		ContentItem item = content.item(hit.id()).orElseThrow();
		PageLink title = new PageLink(item.names().getFirst(), PageLinks.href(language, item, local),
				PageLinks.textLang(english, item.id(), language));
		List<PageLink> sections = hit.sectionIds()
			.stream()
			.map(id -> content.item(id, Section.class).orElseThrow())
			.map(section -> new PageLink(section.heading(), PageLinks.section(language, section),
					PageLinks.textLang(english, section.id(), language)))
			.toList();
		// An item and its sections may match with the same words: each snippet once.
		List<SearchPage.Snippet> snippets = hit.highlights()
			.stream()
			.filter(highlight -> highlight.snippet() != null)
			.map(highlight -> new SearchPage.Snippet(highlight.snippet(),
					highlight.language() == language ? null : highlight.language().tag()))
			.filter(distinctBy())
			.toList();
		String distance = hit.distanceKm() == null ? null : texts.get("search.distance", Math.round(hit.distanceKm()));
		return new SearchPage.Card(hit.id(), texts.get("type." + ContentType.of(item).name()), title, summary(item),
				distance, sections, snippets);
	}

	private static Predicate<SearchPage.Snippet> distinctBy() {
		Set<String> seen = new HashSet<>();
		return snippet -> seen.add(snippet.html());
	}

	private static String summary(ContentItem item) {
		String summary = switch (item) {
			case Destination destination -> destination.summary();
			case Permit permit -> permit.summary();
			case Guide guide -> guide.summary();
			case Requirement requirement -> requirement.description();
			case RequiredDocument document -> document.description();
			case ApplicationStep step -> step.description();
			case Section section -> null;
		};
		return Objects.requireNonNullElse(summary, "");
	}

}
