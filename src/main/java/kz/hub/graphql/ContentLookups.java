package kz.hub.graphql;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import kz.hub.content.ApplicationStep;
import kz.hub.content.Content;
import kz.hub.content.ContentItem;
import kz.hub.content.Destination;
import kz.hub.content.Explained;
import kz.hub.content.Guide;
import kz.hub.content.Permit;
import kz.hub.content.RequiredDocument;
import kz.hub.content.Requirement;
import kz.hub.content.Section;
import kz.hub.live.Edition;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/**
 * The fields that only look content up: the root fields that list the items of one type
 * or find one by id, and the section that explains a fact. A table from field to content,
 * run on the request's own thread (they only read memory).
 */
@Configuration(proxyBeanMethods = false)
class ContentLookups {

	/** Each by-id field and the type it answers; an id of another type answers null. */
	private static final Map<String, Class<? extends ContentItem>> BY_ID = Map.of("node", ContentItem.class, "permit",
			Permit.class, "requirement", Requirement.class, "document", RequiredDocument.class, "step",
			ApplicationStep.class, "destination", Destination.class, "guide", Guide.class, "section", Section.class);

	private static final Map<String, Function<Content, List<? extends ContentItem>>> LISTS = Map.of("permits",
			Content::permits, "requirements", Content::requirements, "documents", Content::documents, "steps",
			Content::steps, "guides", Content::guides);

	/** The types whose items name the guide section that explains them. */
	private static final List<String> EXPLAINED = List.of("Permit", "Requirement", "Document", "ApplicationStep",
			"Destination");

	/** The types whose items have text, in the languages they are authored in. */
	private static final List<String> WRITTEN = Stream.concat(EXPLAINED.stream(), Stream.of("Guide", "Section"))
		.toList();

	@Bean
	RuntimeWiringConfigurer contentLookupFields() {
		return wiring -> {
			wiring.type("Query", type -> {
				BY_ID.forEach((field, itemType) -> type.dataFetcher(field, byId(itemType)));
				LISTS.forEach((field, list) -> type.dataFetcher(field, env -> list.apply(content(env))));
				return type;
			});
			// Null when the item names no section, so GraphQL answers null.
			EXPLAINED.forEach(typeName -> wiring.type(typeName, type -> type.dataFetcher("section",
					env -> content(env).links().sectionOf(env.<Explained>getSource()).orElse(null))));
			WRITTEN.forEach(typeName -> wiring.type(typeName,
					type -> type
						.dataFetcher("language",
								env -> english(env).languageOf(env.<ContentItem>getSource().id(),
										AnswerLanguage.of(env)))
						.dataFetcher("languages",
								env -> english(env).languagesOf(env.<ContentItem>getSource().id())
									.stream()
									.sorted()
									.toList())));
		};
	}

	private static DataFetcher<ContentItem> byId(Class<? extends ContentItem> itemType) {
		return env -> content(env).item(env.<String>getArgument("id"), itemType).orElse(null);
	}

	/** The content in the language the field answers in. */
	private static Content content(DataFetchingEnvironment env) {
		return english(env).in(AnswerLanguage.of(env));
	}

	/** The English content, which knows every item's translations. */
	private static Content english(DataFetchingEnvironment env) {
		return env.getGraphQlContext().<Edition>get(EditionInterceptor.EDITION).content();
	}

}
