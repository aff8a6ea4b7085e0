package kz.hub.graphql;

import java.util.concurrent.CompletionStage;

import graphql.execution.DataFetcherResult;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import kz.hub.content.Language;

/**
 * Makes a root field's language the language of everything below it, links included: the
 * root field's answer carries it as graphql-java's local context, which every field
 * beneath inherits. Records each root field's language for the answer's Content-Language;
 * a search in no chosen language records its hits' languages itself.
 */
public class LanguageScope extends SimplePerformantInstrumentation {

	@Override
	public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> dataFetcher,
			InstrumentationFieldFetchParameters parameters, InstrumentationState state) {
		// Root fields are all mapped by controllers. Asking a property's path first would
		// build graphql-java's lazy step info for every field of the answer.
		if (parameters.isTrivialDataFetcher() || parameters.getExecutionStepInfo().getPath().getLevel() != 1
				|| parameters.getField().getName().startsWith("__")) {
			return dataFetcher;
		}
		return env -> {
			Language language = AnswerLanguage.of(env);
			if (!AnswerLanguage.isMixed(env)) {
				AnswerLanguage.answeredIn(env, language);
			}
			Object answer = dataFetcher.get(env);
			return (answer instanceof CompletionStage<?> later) ? later.thenApply(value -> inScope(value, language))
					: inScope(answer, language);
		};
	}

	private static Object inScope(Object answer, Language language) {
		if (answer instanceof DataFetcherResult<?> result) {
			return result.getLocalContext() != null ? result
					: result.transform(builder -> builder.localContext(language));
		}
		return DataFetcherResult.newResult().data(answer).localContext(language).build();
	}

}
