package kz.hub.graphql;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

import kz.hub.content.Language;
import reactor.core.publisher.Mono;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * Reads the language a request prefers from its Accept-Language header, and labels the
 * answer with the languages it is in ({@code Content-Language}) and, where the header
 * chose one, {@code Vary: Accept-Language}, so that caches keep languages apart.
 */
@Component
class LanguageInterceptor implements WebGraphQlInterceptor {

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		String header = request.getHeaders().getFirst(HttpHeaders.ACCEPT_LANGUAGE);
		AnswerLanguage.Chosen chosen = new AnswerLanguage.Chosen();
		Map<String, Object> context = new HashMap<>(Map.of(AnswerLanguage.CHOSEN, chosen));
		// Without the header no language is chosen: English answers, search looks in all.
		if (header != null && !header.isBlank()) {
			context.put(AnswerLanguage.PREFERRED, Language.preferredBy(header));
		}
		request.configureExecutionInput((input, builder) -> builder.graphQLContext(context).build());
		return chain.next(request).doOnNext(response -> {
			if (!chosen.languages().isEmpty()) {
				response.getResponseHeaders()
					.set(HttpHeaders.CONTENT_LANGUAGE,
							chosen.languages().stream().sorted().map(Language::tag).collect(Collectors.joining(", ")));
			}
			if (chosen.headerChose()) {
				response.getResponseHeaders().add(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
			}
		});
	}

}
