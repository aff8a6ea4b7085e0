package kz.hub.graphql;

import java.util.Map;

import kz.hub.live.LiveContent;
import reactor.core.publisher.Mono;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;

/**
 * Fixes the edition a request reads when it arrives, so every field of one answer, search
 * hits included, comes from the same version of the content even while a reload swaps in
 * the next.
 */
@Component
class EditionInterceptor implements WebGraphQlInterceptor {

	static final String EDITION = "edition";

	private final LiveContent live;

	EditionInterceptor(LiveContent live) {
		this.live = live;
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		request.configureExecutionInput(
				(input, builder) -> builder.graphQLContext(Map.of(EDITION, live.current())).build());
		return chain.next(request);
	}

}
