package kz.hub.graphql;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

import kz.hub.content.Language;
import kz.hub.languages.ReaderLanguage;
import reactor.core.publisher.Mono;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.http.HttpHeaders;

/**
 * Hands the reader's language, as the HTTP layer read it once (and keyed the answer by
 * it), to the fields, and labels the answer with the languages it is in
 * ({@code Content-Language}); an answer whose languages are not known, such as a search
 * with no hits in no chosen language, gets none.
 */
public class LanguageInterceptor implements WebGraphQlInterceptor {

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		ReaderLanguage reader = ReaderLanguage.of(request.getAttributes());
		AnswerLanguage.Chosen chosen = new AnswerLanguage.Chosen();
		Map<String, Object> context = new HashMap<>(Map.of(AnswerLanguage.CHOSEN, chosen));
		// Without a chosen language English answers and search looks in all languages.
		reader.chosen().ifPresent(language -> context.put(AnswerLanguage.PREFERRED, language));
		request.configureExecutionInput((input, builder) -> builder.graphQLContext(context).build());
		return chain.next(request).doOnNext(response -> {
			if (!chosen.languages().isEmpty()) {
				response.getResponseHeaders()
					.set(HttpHeaders.CONTENT_LANGUAGE,
							chosen.languages().stream().sorted().map(Language::tag).collect(Collectors.joining(", ")));
			}
		});
	}

}
