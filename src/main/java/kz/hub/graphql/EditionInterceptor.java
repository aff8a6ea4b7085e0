package kz.hub.graphql;

import java.util.Map;

import kz.hub.live.Edition;
import kz.hub.live.LiveContent;
import reactor.core.publisher.Mono;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;

/**
 * Fixes the edition a request reads when it arrives, so every field of one answer, search
 * hits included, comes from the same version of the content even while a reload swaps in
 * the next. An edition the HTTP layer already chose for the request (the request
 * attribute named after {@link Edition}, set where the answer's ETag is computed) is the
 * one read, so the answer matches its ETag.
 */
public class EditionInterceptor implements WebGraphQlInterceptor {

	static final String EDITION = "edition";

	private final LiveContent live;

	public EditionInterceptor(LiveContent live) {
		this.live = live;
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		Edition edition = (request.getAttributes().get(Edition.class.getName()) instanceof Edition pinned) ? pinned
				: live.current();
		request.configureExecutionInput((input, builder) -> builder.graphQLContext(Map.of(EDITION, edition)).build());
		return chain.next(request);
	}

}
