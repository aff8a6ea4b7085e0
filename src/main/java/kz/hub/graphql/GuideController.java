package kz.hub.graphql;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import kz.hub.content.Content;
import kz.hub.content.ApplicationStep;
import kz.hub.content.ContentItem;
import kz.hub.content.Destination;
import kz.hub.content.Explained;
import kz.hub.content.Guide;
import kz.hub.content.Permit;
import kz.hub.content.RequiredDocument;
import kz.hub.content.Requirement;
import kz.hub.content.Section;
import kz.hub.live.Edition;

import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * What guides cover, the guide each section belongs to, and the section that explains
 * each permit, requirement, document, step and destination.
 */
@Controller
class GuideController {

	@BatchMapping
	Map<Guide, List<Permit>> permits(List<Guide> guides, @ContextValue Edition edition) {
		return guides.stream().distinct().collect(Collectors.toMap(Function.identity(), edition.content()::permitsOf));
	}

	@BatchMapping
	Map<Guide, List<Destination>> destinations(List<Guide> guides, @ContextValue Edition edition) {
		return guides.stream()
			.distinct()
			.collect(Collectors.toMap(Function.identity(), edition.content()::destinationsOf));
	}

	@SchemaMapping
	Guide guide(Section section, @ContextValue Edition edition) {
		return edition.content().guideOf(section);
	}

	@SchemaMapping(typeName = "Permit", field = "section")
	Section permitSection(Permit permit, @ContextValue Edition edition) {
		return sectionOf(permit, edition);
	}

	@SchemaMapping(typeName = "Requirement", field = "section")
	Section requirementSection(Requirement requirement, @ContextValue Edition edition) {
		return sectionOf(requirement, edition);
	}

	@SchemaMapping(typeName = "Document", field = "section")
	Section documentSection(RequiredDocument document, @ContextValue Edition edition) {
		return sectionOf(document, edition);
	}

	@SchemaMapping(typeName = "ApplicationStep", field = "section")
	Section stepSection(ApplicationStep step, @ContextValue Edition edition) {
		return sectionOf(step, edition);
	}

	@SchemaMapping(typeName = "Destination", field = "section")
	Section destinationSection(Destination destination, @ContextValue Edition edition) {
		return sectionOf(destination, edition);
	}

	/** Null when the item names no section, so GraphQL answers null. */
	private static Section sectionOf(Explained item, Edition edition) {
		return edition.content().sectionOf(item).orElse(null);
	}

	/**
	 * The guide that covers each item; items no guide covers are left out, so GraphQL
	 * answers null.
	 */
	static <T extends ContentItem> Map<T, Guide> coveringGuides(Content content, Collection<T> items) {
		return items.stream()
			.distinct()
			.map(item -> Map.entry(item, content.guideCovering(item)))
			.filter(entry -> entry.getValue().isPresent())
			.collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().get()));
	}

}
