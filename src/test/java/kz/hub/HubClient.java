package kz.hub;

import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.web.reactive.server.WebTestClient;

/** A GraphQL client for tests that talks to a running hub over real HTTP. */
public final class HubClient {

	private HubClient() {
	}

	public static HttpGraphQlTester connect(int port) {
		return HttpGraphQlTester
			.create(WebTestClient.bindToServer().baseUrl("http://localhost:" + port + "/graphql").build());
	}

}
