package kz.hub.protection;

import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import graphql.introspection.IntrospectionQuery;
import kz.hub.ShippedContent;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

/**
 * Every limit and malformed request over real HTTP: the status of GraphQL over HTTP and a
 * message that says why.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class RequestLimitsTest {

	@LocalServerPort
	int port;

	private WebTestClient client() {
		return WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
	}

	private WebTestClient.ResponseSpec post(String query) {
		return client().post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("query", query))
			.exchange();
	}

	private static void assertBadRequest(WebTestClient.ResponseSpec response, String reason) {
		response.expectBody()
			.jsonPath("$.errors[0].extensions.classification")
			.isEqualTo("BAD_REQUEST")
			.jsonPath("$.errors[0].message")
			.value(containsString(reason))
			.jsonPath("$.data")
			.doesNotExist();
	}

	@Test
	void tooDeepAQueryIsABadRequest() {
		String deep = "{ permits { requirements { permits { requirements { permits { requirements { permits { "
				+ "requirements { permits { requirements { permits { requirements { permits { id } } } } } } } } } } } } } }";
		assertBadRequest(post(deep).expectStatus().isOk(), "nested 14 levels deep; the limit is 12");
	}

	@Test
	void aQueryThatPassedOnceIsStillCheckedWhenItsVariablesMakeItDeeper() {
		String query = "query($deep: Boolean!) { permits { id requirements @include(if: $deep) { permits { requirements "
				+ "{ permits { requirements { permits { requirements { permits { requirements { permits { requirements "
				+ "{ permits { id } } } } } } } } } } } } } }";
		for (boolean deep : new boolean[] { false, false, true }) {
			WebTestClient.ResponseSpec response = client().post()
				.uri("/graphql")
				.contentType(MediaType.APPLICATION_JSON)
				.bodyValue(Map.of("query", query, "variables", Map.of("deep", deep)))
				.exchange();
			if (deep) {
				assertBadRequest(response, "levels deep; the limit is 12");
			}
			else {
				response.expectBody()
					.jsonPath("$.errors")
					.doesNotExist()
					.jsonPath("$.data.permits.length()")
					.isEqualTo(ShippedContent.ids("permits.yaml").size());
			}
		}
	}

	@Test
	void aRefusedQueryIsRefusedEveryTime() {
		String deep = "{ permits { requirements { permits { requirements { permits { requirements { permits { "
				+ "requirements { permits { requirements { permits { requirements { permits { id } } } } } } } } } } } } } }";
		for (int attempt = 0; attempt < 3; attempt++) {
			assertBadRequest(post(deep).expectStatus().isOk(), "nested 14 levels deep");
		}
	}

	@Test
	void aThousandAliasesOfOneFieldAreABadRequest() {
		String aliased = IntStream.range(0, 1000)
			.mapToObj(i -> "a" + i + ": permits { id }")
			.collect(Collectors.joining(" ", "{ ", " }"));
		assertBadRequest(post(aliased).expectStatus().isOk(), "the limit is");
	}

	@Test
	void theFullIntrospectionQueryOfThePlaygroundIsNotLimited() {
		post(IntrospectionQuery.INTROSPECTION_QUERY).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.errors")
			.doesNotExist()
			.jsonPath("$.data.__schema.queryType.name")
			.isEqualTo("Query");
	}

	@Test
	void tooManyFieldsAreABadRequest() {
		String wide = IntStream.range(0, 200)
			.mapToObj(i -> "p" + i + ": permit(id: \"passport\") { id }")
			.collect(Collectors.joining(" ", "{ ", " }"));
		assertBadRequest(post(wide).expectStatus().isOk(),
				"the query asks for 400 fields (aliases count one by one); the limit is 300");
	}

	@Test
	void tooLongADocumentForTheParserIsABadRequest() {
		String tokens = "{ permits { id " + " __typename".repeat(4500) + " } }";
		assertBadRequest(post(tokens).expectStatus().isOk(), "more than 4000 tokens; the limit is 4000");
	}

	@Test
	void tooLargeABodyIsRefusedWith413() {
		String padding = "x".repeat(70_000);
		assertBadRequest(client().post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("query", "{ permits { id } }", "extensions", Map.of("padding", padding)))
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.CONTENT_TOO_LARGE), "the limit is 65536 bytes");
	}

	@Test
	void aBodyThatIsNotJsonIsA400() {
		assertBadRequest(client().post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{ permits { id } }")
			.exchange()
			.expectStatus()
			.isBadRequest(), "not one JSON object");
	}

	@Test
	void aBatchArrayIsA400() {
		assertBadRequest(client().post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("[{\"query\": \"{ permits { id } }\"}, {\"query\": \"{ guides { id } }\"}]")
			.exchange()
			.expectStatus()
			.isBadRequest(), "not one JSON object");
	}

	@Test
	void aBodyWithoutQueryIsA400() {
		assertBadRequest(client().post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("variables", Map.of()))
			.exchange()
			.expectStatus()
			.isBadRequest(), "No 'query'");
	}

	@Test
	void aWrongContentTypeIs415() {
		client().post()
			.uri("/graphql")
			.contentType(MediaType.TEXT_PLAIN)
			.bodyValue("{\"query\": \"{ permits { id } }\"}")
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
	}

	@Test
	void aMutationOverGetIs405() {
		assertBadRequest(client().get()
			.uri("/graphql?query={q}", "mutation { deletePermit(id: \"passport\") }")
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.METHOD_NOT_ALLOWED)
			.expectHeader()
			.valueEquals("Allow", "POST"), "GET runs queries only");
	}

	@Test
	void aMutationChosenByOperationNameOverGetIs405() {
		assertBadRequest(client().get()
			.uri("/graphql?query={q}&operationName=Remove",
					"query Permits { permits { id } } mutation Remove { deletePermit(id: \"passport\") }")
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.METHOD_NOT_ALLOWED), "GET runs queries only");
	}

	@Test
	void aMutationIsRefusedBecauseTheSchemaHasNone() {
		post("mutation { deletePermit(id: \"passport\") }").expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.errors[0].message")
			.value(containsString("'Mutation' operation is not supported"));
	}

	@Test
	void aVariableOfTheWrongTypeSaysWhich() {
		client().post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.parseMediaType("application/graphql-response+json"))
			.bodyValue(Map.of("query", "query($first: Int) { destinations(first: $first) { totalCount } }", "variables",
					Map.of("first", "ten")))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].message")
			.value(containsString("Variable 'first' has an invalid value"));
	}

	@Test
	void anUnknownOperationNameSaysWhich() {
		client().post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("query", "query Permits { permits { id } }", "operationName", "Guides"))
			.exchange()
			.expectBody()
			.jsonPath("$.errors[0].message")
			.isEqualTo("Unknown operation named 'Guides'.");
	}

	@Test
	void everyResponseCarriesSecurityHeaders() {
		post("{ permits { id } }").expectHeader()
			.valueEquals("X-Content-Type-Options", "nosniff")
			.expectHeader()
			.valueEquals("X-Frame-Options", "DENY")
			.expectHeader()
			.valueEquals("Referrer-Policy", "no-referrer")
			.expectHeader()
			.value("Content-Security-Policy", policy -> assertThat(policy).startsWith("default-src 'none'"));
		client().get().uri("/graphiql").exchange().expectHeader().valueEquals("X-Content-Type-Options", "nosniff");
	}

	@Test
	void corsIsClosedToOtherOrigins() {
		client().options()
			.uri("/graphql")
			.header("Origin", "https://elsewhere.example")
			.header("Access-Control-Request-Method", "POST")
			.exchange()
			.expectHeader()
			.doesNotExist("Access-Control-Allow-Origin");
	}

}
