package kz.hub.graphql;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.concurrent.ConcurrentHashMap;

import graphql.GraphQLContext;
import graphql.schema.DataFetchingEnvironment;
import kz.hub.content.Content;
import kz.hub.content.Language;
import org.dataloader.BatchLoaderEnvironment;

/**
 * The language a field answers in: its root field's {@code language} argument, else the
 * request's Accept-Language, else English. {@link LanguageScope} hands a root field's
 * language down to every field below it as graphql-java's local context.
 */
final class AnswerLanguage {

	/** The GraphQL context entry with the language the Accept-Language header chose. */
	static final String PREFERRED = "preferredLanguage";

	/**
	 * The GraphQL context entry with the languages the answer is in, for its
	 * Content-Language.
	 */
	static final String CHOSEN = "chosenLanguages";

	private static final String ARGUMENT = "language";

	/** Root fields that answer in all languages when none is chosen. */
	private static final Set<String> MIXING_FIELDS = Set.of("search");

	private AnswerLanguage() {
	}

	static Language of(DataFetchingEnvironment env) {
		if (env.getArgument(ARGUMENT) instanceof String name) {
			return Language.valueOf(name);
		}
		if (env.getLocalContext() instanceof Language inherited) {
			return inherited;
		}
		return preferred(env.getGraphQlContext());
	}

	/**
	 * The language of the key at an index of a batch: Spring for GraphQL passes each
	 * key's local context, or the GraphQL context where it has none.
	 */
	static Language of(BatchLoaderEnvironment env, int index) {
		Object context = env.getKeyContextsList().get(index);
		if (context instanceof Language inherited) {
			return inherited;
		}
		return context instanceof GraphQLContext graphQlContext ? preferred(graphQlContext) : Language.EN;
	}

	/**
	 * Each key's linked items, looked up in the content of the key's own language, in the
	 * order of the keys; null where a key has none, so GraphQL answers null for it. The
	 * same key may come twice, once per language (see {@link SchemaWiring}).
	 */
	static <K, V> List<V> eachInItsLanguage(List<K> keys, Content english, BatchLoaderEnvironment env,
			BiFunction<Content, K, V> linked) {
		List<V> answers = new ArrayList<>(keys.size());
		for (int i = 0; i < keys.size(); i++) {
			answers.add(linked.apply(english.in(of(env, i)), keys.get(i)));
		}
		return answers;
	}

	/**
	 * The language a client chose for a root field, by argument or by header; null when
	 * it chose none, so search may answer each hit in the language it matched.
	 */
	static Language chosen(DataFetchingEnvironment env) {
		if (env.getArgument(ARGUMENT) instanceof String name) {
			return Language.valueOf(name);
		}
		return env.getGraphQlContext().get(PREFERRED);
	}

	/**
	 * Whether a root field answers each item in the language the item matched best,
	 * because neither its argument nor the header chose one: then the answer's languages
	 * are those of its items.
	 */
	static boolean isMixed(DataFetchingEnvironment env) {
		return MIXING_FIELDS.contains(env.getField().getName()) && chosen(env) == null;
	}

	/** Records that part of the answer is in a language, for its Content-Language. */
	static void answeredIn(DataFetchingEnvironment env, Language language) {
		Chosen chosen = env.getGraphQlContext().get(CHOSEN);
		if (chosen != null) {
			chosen.add(language);
		}
	}

	private static Language preferred(GraphQLContext context) {
		return context.getOrDefault(PREFERRED, Language.EN);
	}

	/** The languages one answer is in. */
	static final class Chosen {

		private final Set<Language> languages = ConcurrentHashMap.newKeySet();

		void add(Language language) {
			languages.add(language);
		}

		Set<Language> languages() {
			return languages;
		}

	}

}
