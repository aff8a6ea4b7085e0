package kz.hub.graphql;

import java.util.List;

import graphql.schema.DataFetchingEnvironment;
import kz.hub.content.ApplicationStep;
import kz.hub.content.ContentItem;
import kz.hub.content.Destination;
import kz.hub.content.Guide;
import kz.hub.content.Language;
import kz.hub.content.Permit;
import kz.hub.content.RequiredDocument;
import kz.hub.content.Requirement;
import kz.hub.content.Section;
import kz.hub.live.Edition;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * Any item by its id, and the language of every written item's text: the one its field
 * answers in where the item is translated into it, else English.
 * <p>
 * The {@code language} and {@code languages} fields are the same on each written type but
 * belong to no interface of the schema, so each type maps them itself.
 */
@Controller
class NodeController {

	@QueryMapping
	@Nullable ContentItem node(@Argument String id, @ContextValue Edition edition, DataFetchingEnvironment env) {
		return item(id, ContentItem.class, edition, env);
	}

	/**
	 * The item with an id in the language the field answers in; null when none has that
	 * id or it is of another type, so GraphQL answers null.
	 */
	static <T extends ContentItem> @Nullable T item(String id, Class<T> type, Edition edition,
			DataFetchingEnvironment env) {
		return edition.content().in(AnswerLanguage.of(env)).item(id, type).orElse(null);
	}

	@SchemaMapping(typeName = "Permit")
	Language language(Permit permit, @ContextValue Edition edition, DataFetchingEnvironment env) {
		return languageOf(permit, edition, env);
	}

	@SchemaMapping(typeName = "Requirement")
	Language language(Requirement requirement, @ContextValue Edition edition, DataFetchingEnvironment env) {
		return languageOf(requirement, edition, env);
	}

	@SchemaMapping(typeName = "Document")
	Language language(RequiredDocument document, @ContextValue Edition edition, DataFetchingEnvironment env) {
		return languageOf(document, edition, env);
	}

	@SchemaMapping(typeName = "ApplicationStep")
	Language language(ApplicationStep step, @ContextValue Edition edition, DataFetchingEnvironment env) {
		return languageOf(step, edition, env);
	}

	@SchemaMapping(typeName = "Destination")
	Language language(Destination destination, @ContextValue Edition edition, DataFetchingEnvironment env) {
		return languageOf(destination, edition, env);
	}

	@SchemaMapping(typeName = "Guide")
	Language language(Guide guide, @ContextValue Edition edition, DataFetchingEnvironment env) {
		return languageOf(guide, edition, env);
	}

	@SchemaMapping(typeName = "Section")
	Language language(Section section, @ContextValue Edition edition, DataFetchingEnvironment env) {
		return languageOf(section, edition, env);
	}

	@SchemaMapping(typeName = "Permit")
	List<Language> languages(Permit permit, @ContextValue Edition edition) {
		return languagesOf(permit, edition);
	}

	@SchemaMapping(typeName = "Requirement")
	List<Language> languages(Requirement requirement, @ContextValue Edition edition) {
		return languagesOf(requirement, edition);
	}

	@SchemaMapping(typeName = "Document")
	List<Language> languages(RequiredDocument document, @ContextValue Edition edition) {
		return languagesOf(document, edition);
	}

	@SchemaMapping(typeName = "ApplicationStep")
	List<Language> languages(ApplicationStep step, @ContextValue Edition edition) {
		return languagesOf(step, edition);
	}

	@SchemaMapping(typeName = "Destination")
	List<Language> languages(Destination destination, @ContextValue Edition edition) {
		return languagesOf(destination, edition);
	}

	@SchemaMapping(typeName = "Guide")
	List<Language> languages(Guide guide, @ContextValue Edition edition) {
		return languagesOf(guide, edition);
	}

	@SchemaMapping(typeName = "Section")
	List<Language> languages(Section section, @ContextValue Edition edition) {
		return languagesOf(section, edition);
	}

	/** Asked of the English content, which knows every item's translations. */
	private static Language languageOf(ContentItem item, Edition edition, DataFetchingEnvironment env) {
		return edition.content().languageOf(item.id(), AnswerLanguage.of(env));
	}

	/** English first: the order of the enum. */
	private static List<Language> languagesOf(ContentItem item, Edition edition) {
		return edition.content().languagesOf(item.id()).stream().sorted().toList();
	}

}
