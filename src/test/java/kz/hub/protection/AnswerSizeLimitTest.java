package kz.hub.protection;

import java.util.Map;

import kz.hub.GraphQlPost;
import kz.hub.HubHttpTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.hamcrest.Matchers.containsString;

/**
 * Behind the cost limit, an answer larger than {@code hub.limits.max-response-bytes} is
 * replaced by an error that says so; smaller answers, searches included, pass whole.
 */
@HubHttpTest(properties = "hub.limits.max-response-bytes=2000")
class AnswerSizeLimitTest {

	@Autowired
	WebTestClient client;

	private WebTestClient.ResponseSpec post(String query) {
		return GraphQlPost.of(client, Map.of("query", query)).exchange();
	}

	@Test
	void anAnswerOverTheLimitIsReplacedByAnError() {
		post("{ guides { sections { html } } }").expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.data")
			.doesNotExist()
			.jsonPath("$.errors[0].message")
			.value(containsString("The answer is larger than 2000 bytes"));
	}

	@Test
	void answersUnderTheLimitPassWholeFromLookupsAndSearches() {
		post("{ permit(id: \"temporary-residence-permit\") { id name } }").expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.data.permit.id")
			.isEqualTo("temporary-residence-permit");
		post("{ search(query: \"lake\", first: 2) { edges { node { ... on Node { id } } } } }").expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.data.search.edges.length()")
			.isEqualTo(2);
	}

}
