package kz.hub.caching;

import java.util.Map;

import reactor.core.publisher.Mono;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;

/**
 * Tells {@link HttpCachingFilter} what GraphQL made of a request: whether the answer
 * succeeded (data, no errors), so the filter need not read the answer again, and what
 * making it did that a cached copy must do again ({@link AnswerReplays}).
 */
public class AnswerOutcome implements WebGraphQlInterceptor {

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		if (!(request.getAttributes().get(GraphQlOutcome.ATTRIBUTE) instanceof GraphQlOutcome outcome)) {
			return chain.next(request);
		}
		request.configureExecutionInput(
				(input, builder) -> builder.graphQLContext(Map.of(AnswerReplays.class, outcome.replays())).build());
		return chain.next(request)
			.doOnNext(response -> outcome
				.succeeded(response.getExecutionResult().isDataPresent() && response.getErrors().isEmpty()));
	}

}
