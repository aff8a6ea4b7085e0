package kz.hub;

import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * A GraphQL request as a client posts it, JSON body and all, for the tests of what the
 * HTTP side does with it; the caller adds headers and checks the exchange.
 */
public final class GraphQlPost {

	private GraphQlPost() {
	}

	/** A POST of {@code body} (a map or JSON text) to {@code /graphql}. */
	public static WebTestClient.RequestHeadersSpec<?> of(WebTestClient client, Object body) {
		return client.post().uri("/graphql").contentType(MediaType.APPLICATION_JSON).bodyValue(body);
	}

}
