package kz.hub.persisted;

import java.util.HashMap;
import java.util.Map;

import kz.hub.GraphQlPost;
import kz.hub.HubHttpTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.hamcrest.Matchers.containsString;

/**
 * Automatic persisted queries as Apollo Client, urql and Relay send them: a hash alone is
 * not found until its document was sent once with it, a hash that is not its document's
 * is refused, then the hash alone answers over POST and GET.
 */
@HubHttpTest
class PersistedQueriesTest {

	@Autowired
	WebTestClient client;

	private static Map<String, Object> persistedQuery(String hash) {
		return Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", hash));
	}

	private WebTestClient.BodyContentSpec post(String query, String hash) {
		Map<String, Object> body = new HashMap<>();
		if (query != null) {
			body.put("query", query);
		}
		body.put("extensions", persistedQuery(hash));
		return GraphQlPost.of(client, body).exchange().expectStatus().isOk().expectBody();
	}

	private WebTestClient.BodyContentSpec get(String hash) {
		return client.get()
			.uri("/graphql?extensions={extensions}",
					"{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"" + hash + "\"}}")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody();
	}

	private static void assertNotFound(WebTestClient.BodyContentSpec answer) {
		answer.jsonPath("$.errors[0].message")
			.isEqualTo("PersistedQueryNotFound")
			.jsonPath("$.errors[0].extensions.code")
			.isEqualTo("PERSISTED_QUERY_NOT_FOUND")
			.jsonPath("$.data")
			.doesNotExist();
	}

	@Test
	void aHashAloneIsNotFoundOverPostAndGetUntilItsDocumentWasSent() {
		String query = "{ guides { id title } }";
		String hash = PersistedDocuments.hashOf(query);
		assertNotFound(post(null, hash));
		assertNotFound(get(hash));

		post(query, hash).jsonPath("$.errors").doesNotExist().jsonPath("$.data.guides[0].id").exists();

		post(null, hash).jsonPath("$.errors").doesNotExist().jsonPath("$.data.guides[0].title").exists();
		get(hash).jsonPath("$.errors").doesNotExist().jsonPath("$.data.guides[0].title").exists();
	}

	@Test
	void aHashThatIsNotItsDocumentsIsRefusedAndNotRegistered() {
		String query = "{ permits { id name } }";
		String otherHash = PersistedDocuments.hashOf("{ guides { id } }");
		post(query, otherHash).jsonPath("$.errors[0].message")
			.value(containsString("not the SHA-256 of the query sent with it"))
			.jsonPath("$.data")
			.doesNotExist();
		assertNotFound(post(null, otherHash));
	}

	@Test
	void aKnownHashSentWithAnotherDocumentIsStillRefused() {
		String query = "{ destinations(first: 1) { totalCount } }";
		String hash = PersistedDocuments.hashOf(query);
		post(query, hash).jsonPath("$.errors").doesNotExist();
		post("{ permits { id } }", hash).jsonPath("$.errors[0].message")
			.value(containsString("PersistedQueryIdInvalid"));
	}

	@Test
	void anInvalidDocumentIsNotRegistered() {
		String query = "{ nothingLikeThis }";
		String hash = PersistedDocuments.hashOf(query);
		post(query, hash).jsonPath("$.errors[0].message").value(containsString("nothingLikeThis"));
		assertNotFound(post(null, hash));
	}

	@Test
	void aShippedOperationAnswersByHashWithoutBeingSentFirst() {
		String document = ShippedOperations
			.load(new org.springframework.core.io.ClassPathResource(ShippedOperations.LOCATION))
			.documentsByName()
			.get("Guides");
		get(PersistedDocuments.hashOf(document)).jsonPath("$.errors").doesNotExist().jsonPath("$.data.guides").exists();
	}

}
