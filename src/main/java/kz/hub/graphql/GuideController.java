package kz.hub.graphql;

import java.util.List;

import kz.hub.content.ContentItem;
import kz.hub.content.Destination;
import kz.hub.content.Explained;
import kz.hub.content.Guide;
import kz.hub.content.Permit;
import kz.hub.content.Section;
import kz.hub.live.Edition;
import org.dataloader.BatchLoaderEnvironment;
import org.jspecify.annotations.Nullable;
import graphql.schema.DataFetchingEnvironment;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * The guides and their sections, what guides cover, the guide each section belongs to,
 * and the section that explains each permit, requirement, document, step and destination.
 */
@Controller
class GuideController {

	@QueryMapping
	List<Guide> guides(@ContextValue Edition edition, DataFetchingEnvironment env) {
		return edition.content().in(AnswerLanguage.of(env)).guides();
	}

	@QueryMapping("guide")
	@Nullable Guide guideById(@Argument String id, @ContextValue Edition edition, DataFetchingEnvironment env) {
		return NodeController.item(id, Guide.class, edition, env);
	}

	@QueryMapping("section")
	@Nullable Section sectionById(@Argument String id, @ContextValue Edition edition, DataFetchingEnvironment env) {
		return NodeController.item(id, Section.class, edition, env);
	}

	@BatchMapping
	List<List<Permit>> permits(List<Guide> guides, @ContextValue Edition edition, BatchLoaderEnvironment env) {
		return AnswerLanguage.eachInItsLanguage(guides, edition.content(), env,
				(content, guide) -> content.links().permitsOf(guide));
	}

	@BatchMapping
	List<List<Destination>> destinations(List<Guide> guides, @ContextValue Edition edition,
			BatchLoaderEnvironment env) {
		return AnswerLanguage.eachInItsLanguage(guides, edition.content(), env,
				(content, guide) -> content.links().destinationsOf(guide));
	}

	@SchemaMapping
	Guide guide(Section section, @ContextValue Edition edition, DataFetchingEnvironment env) {
		return edition.content().in(AnswerLanguage.of(env)).links().guideOf(section);
	}

	/** Null when the item names no section, so GraphQL answers null. */
	@SchemaMapping(typeName = "Explained")
	@Nullable Section section(Explained item, @ContextValue Edition edition, DataFetchingEnvironment env) {
		return edition.content().in(AnswerLanguage.of(env)).links().sectionOf(item).orElse(null);
	}

	/**
	 * The guide that covers each item, in the order of the items; null where no guide
	 * covers one, so GraphQL answers null.
	 */
	static <T extends ContentItem> List<Guide> coveringGuides(Edition edition, BatchLoaderEnvironment env,
			List<T> items) {
		return AnswerLanguage.eachInItsLanguage(items, edition.content(), env,
				(content, item) -> content.links().guideCovering(item).orElse(null));
	}

}
