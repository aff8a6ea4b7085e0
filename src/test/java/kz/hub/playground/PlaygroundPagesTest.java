package kz.hub.playground;

import kz.hub.HubHttpTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The playground's pages over real HTTP: the page and its policy, the redirect from
 * /graphiql/, and the printed schema.
 */
@HubHttpTest
class PlaygroundPagesTest {

	@Autowired
	WebTestClient client;

	@Test
	void playgroundPageAllowsNothingButTheHubItself() {
		client.get()
			.uri("/graphiql")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.value("Content-Security-Policy",
					policy -> assertThat(policy).contains("default-src 'self'")
						.contains("script-src 'self';")
						.doesNotContain("http")
						.doesNotContain("unsafe-eval")
						.contains("style-src 'self';"))
			.expectBody(String.class)
			.value(page -> assertThat(page).contains("graphiql.min.js")
				.doesNotContain("https://")
				.doesNotContain("<script>"));
	}

	@Test
	void playgroundAssetsComeFromTheHub() {
		for (String asset : new String[] { "/_static/graphiql/3.2.0/graphiql.min.js",
				"/_static/graphiql/3.2.0/graphiql.min.css", "/webjars/react/18.3.1/umd/react.production.min.js",
				"/webjars/react-dom/18.3.1/umd/react-dom.production.min.js", "/playground/start.js" }) {
			client.get().uri(asset).exchange().expectStatus().isOk();
		}
	}

	@Test
	void trailingSlashRedirectsToThePlayground() {
		client.get()
			.uri("/graphiql/")
			.exchange()
			.expectStatus()
			.is3xxRedirection()
			.expectHeader()
			.value(HttpHeaders.LOCATION, location -> assertThat(location).endsWith("/graphiql"));
	}

	@Test
	void schemaIsPrinted() {
		client.get()
			.uri("/graphql/schema")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value(sdl -> assertThat(sdl).contains("type Query")
				.contains("checklist(language: Language, permit: ID!, purpose: Purpose!)"));
	}

}
