package kz.hub.protection;

import java.util.Map;

import kz.hub.GraphQlPost;
import kz.hub.HubHttpTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

/**
 * GraphQL over HTTP's GET answers a query as POST does: the same body, the same limits,
 * errors and status codes; POST keeps working.
 */
@HubHttpTest
class GetRequestTest {

	private static final MediaType GRAPHQL_RESPONSE = MediaType.parseMediaType("application/graphql-response+json");

	private static final String QUERY = "query Permit($id: ID!) { permit(id: $id) { id name } } "
			+ "query Guides { guides { id } }";

	@Autowired
	WebTestClient client;

	private byte[] get(String query, String variables, String operationName, HttpStatus status) {
		return answer(client.get()
			.uri("/graphql?query={query}&variables={variables}&operationName={operationName}", query, variables,
					operationName),
				status);
	}

	private byte[] post(Map<String, Object> body, HttpStatus status) {
		return answer(GraphQlPost.of(client, body), status);
	}

	private static byte[] answer(WebTestClient.RequestHeadersSpec<?> request, HttpStatus status) {
		return request.accept(GRAPHQL_RESPONSE)
			.exchange()
			.expectStatus()
			.isEqualTo(status)
			.expectBody()
			.returnResult()
			.getResponseBody();
	}

	@Test
	void aGetAnswersAQueryWithVariablesAndOperationNameAsAPostDoes() {
		byte[] byGet = get(QUERY, "{\"id\":\"permanent-residence-permit\"}", "Permit", HttpStatus.OK);
		byte[] byPost = post(Map.of("query", QUERY, "variables", Map.of("id", "permanent-residence-permit"),
				"operationName", "Permit"), HttpStatus.OK);
		assertThat(new String(byGet)).contains("\"id\":\"permanent-residence-permit\"").isEqualTo(new String(byPost));
	}

	@Test
	void aGetMeetsTheSameLimitsWithTheSameStatusAndError() {
		String deep = "{ permits { requirements { permits { requirements { permits { requirements { permits { "
				+ "requirements { permits { requirements { permits { requirements { permits { id } } } } } } } } } } } } } }";
		byte[] byGet = get(deep, "", "", HttpStatus.BAD_REQUEST);
		byte[] byPost = post(Map.of("query", deep), HttpStatus.BAD_REQUEST);
		assertThat(new String(byGet)).contains("nested 14 levels deep").isEqualTo(new String(byPost));
	}

	@Test
	void aVariableOfTheWrongTypeOverGetIsThe400OfPost() {
		String query = "query($first: Int) { destinations(first: $first) { totalCount } }";
		byte[] byGet = get(query, "{\"first\":\"ten\"}", "", HttpStatus.BAD_REQUEST);
		assertThat(new String(byGet)).contains("Variable 'first' has an invalid value");
	}

	@Test
	void aGetWithoutAQuerySaysWhatItNeeds() {
		client.get()
			.uri("/graphql")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.valueEquals("Cache-Control", "no-store")
			.expectBody()
			.jsonPath("$.errors[0].message")
			.value(containsString("needs a query parameter"));
	}

	@Test
	void variablesThatAreNotAJsonObjectAreA400ThatSaysSo() {
		client.get()
			.uri("/graphql?query={query}&variables={variables}", "{ permits { id } }", "[1, 2]")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].message")
			.value(containsString("The variables parameter is not a JSON object"));
	}

	@Test
	void aSearchOverGetAnswersWhole() {
		client.get()
			.uri("/graphql?query={query}",
					"{ search(query: \"lake\", first: 2) { edges { node { ... on Node { id } } } } }")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.data.search.edges.length()")
			.isEqualTo(2);
	}

}
