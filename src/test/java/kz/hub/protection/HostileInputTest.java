package kz.hub.protection;

import java.util.List;
import java.util.Map;

import kz.hub.HubApplication;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thousands of random and hostile search strings and GraphQL documents against the
 * running hub: never a 5xx, and never an error without a message.
 */
class HostileInputTest {

	private static ConfigurableApplicationContext hub;

	private static WebTestClient client;

	@BeforeContainer
	static void startHub() {
		hub = new SpringApplicationBuilder(HubApplication.class).properties(Map.of("server.port", "0")).run();
		client = WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + hub.getEnvironment().getProperty("local.server.port"))
			.build();
	}

	@AfterContainer
	static void stopHub() {
		hub.close();
	}

	@Property(tries = 2000)
	void searchTextNeverBreaksTheHub(@ForAll("hostileText") String text) {
		assertAnswered(Map.of("query",
				"query($q: String!) { search(query: $q, first: 5) { totalCount correctedQuery "
						+ "edges { highlights { snippet } node { __typename } } facets { field } } "
						+ "suggest(prefix: $q) { text } }",
				"variables", Map.of("q", text)));
	}

	@Property(tries = 1000)
	void anyDocumentGetsAnAnswerNotACrash(@ForAll("hostileDocument") String document) {
		assertAnswered(Map.of("query", document));
	}

	private static void assertAnswered(Map<String, Object> body) {
		EntityExchangeResult<Map> result = client.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange()
			.expectBody(Map.class)
			.returnResult();
		assertThat(result.getStatus().is5xxServerError()).as("status %s for %s", result.getStatus(), body).isFalse();
		Object errors = result.getResponseBody().get("errors");
		if (errors != null) {
			assertThat((List<?>) errors).allSatisfy(error -> {
				Object message = ((Map<?, ?>) error).get("message");
				assertThat(message).as("error message for %s", body).isInstanceOf(String.class);
				assertThat((String) message).isNotBlank().doesNotContain("Exception").doesNotContain("INTERNAL_ERROR");
			});
		}
	}

	@Provide
	Arbitrary<String> hostileText() {
		Arbitrary<String> syntax = Arbitraries.of("title:(", "*", "?x", "/.*/", "AND OR NOT", "\"unclosed", "visa (",
				"lake~2", "a^100", "[a TO z]", "{!lucene}", "\\", "--", "'; DROP TABLE", "<script>alert(1)</script>",
				"🏔️", "Алматы", "\u0000", "\u202e", "\uFEFF", "%00", "almaty".repeat(80));
		Arbitrary<String> random = Arbitraries.strings().all().ofMaxLength(600);
		Arbitrary<String> words = Arbitraries.strings()
			.withCharRange('a', 'z')
			.ofMinLength(1)
			.ofMaxLength(12)
			.list()
			.ofMaxSize(40)
			.map(list -> String.join(" ", list));
		return Arbitraries.oneOf(syntax, random, words,
				Arbitraries.strings().ofMaxLength(3).flatMap(prefix -> syntax.map(s -> prefix + s)));
	}

	@Provide
	Arbitrary<String> hostileDocument() {
		Arbitrary<String> pieces = Arbitraries.of("{", "}", "(", ")", "search", "query", "mutation",
				"fragment F on Node", "...F", "... on Destination", "permits", "id", "node(id: \"almaty\")",
				"first: 101", "first: -1", "query: \"lake\"", "$v", "@include(if: true)", "@skip", "\"", "\"\"\"", "#",
				":", "a:", "__schema", "__typename", "destinations(first: 100)", "after: \"bm9wZQ==\"", "radiusKm: -5",
				"1e999", "null", "[", "]", "checklist(permit: \"x\", purpose: WORK)", "subscription", "\u0000", "𝔘");
		return Arbitraries.oneOf(pieces.list().ofMaxSize(60).map(list -> String.join(" ", list)),
				Arbitraries.strings().all().ofMaxLength(300));
	}

}
