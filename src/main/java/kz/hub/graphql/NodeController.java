package kz.hub.graphql;

import java.util.List;

import graphql.schema.DataFetchingEnvironment;
import kz.hub.content.ContentItem;
import kz.hub.content.Language;
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
 * Both are fields of the {@code Node} interface: one mapping serves every type.
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

	/** Asked of the English content, which knows every item's translations. */
	@SchemaMapping(typeName = "Node")
	Language language(ContentItem item, @ContextValue Edition edition, DataFetchingEnvironment env) {
		return edition.content().languageOf(item.id(), AnswerLanguage.of(env));
	}

	/** English first: the order of the enum. */
	@SchemaMapping(typeName = "Node")
	List<Language> languages(ContentItem item, @ContextValue Edition edition) {
		return edition.content().languagesOf(item.id()).stream().sorted().toList();
	}

}
