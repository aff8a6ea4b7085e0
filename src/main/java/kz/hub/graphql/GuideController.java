package kz.hub.graphql;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import kz.hub.content.Content;
import kz.hub.content.ContentItem;
import kz.hub.content.Destination;
import kz.hub.content.Guide;
import kz.hub.content.Permit;
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
