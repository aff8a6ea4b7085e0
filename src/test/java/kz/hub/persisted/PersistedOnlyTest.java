package kz.hub.persisted;

import java.util.Map;

import graphql.introspection.IntrospectionQuery;
import kz.hub.GraphQlPost;
import kz.hub.HubHttpTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.hamcrest.Matchers.containsString;

/**
 * With {@code hub.graphql.persisted-only}, only the operations shipped with the jar run,
 * by hash or by their exact text, and introspection for the playground; anything else
 * gets an error that says why.
 */
@HubHttpTest(properties = "hub.graphql.persisted-only=true")
class PersistedOnlyTest {

	private static final ShippedOperations SHIPPED = ShippedOperations
		.load(new ClassPathResource(ShippedOperations.LOCATION));

	@Autowired
	WebTestClient client;

	private WebTestClient.BodyContentSpec post(Map<String, Object> body) {
		return GraphQlPost.of(client, body).exchange().expectStatus().isOk().expectBody();
	}

	/** The extensions of a request that names its document by hash alone. */
	private static Map<String, Object> byHash(String hash) {
		return Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", hash));
	}

	private static void assertRefused(WebTestClient.BodyContentSpec answer) {
		answer.jsonPath("$.errors[0].message")
			.value(containsString("runs only the operations it ships"))
			.jsonPath("$.errors[0].extensions.classification")
			.isEqualTo("BAD_REQUEST")
			.jsonPath("$.data")
			.doesNotExist();
	}

	@Test
	void anArbitraryQueryIsRefused() {
		assertRefused(post(Map.of("query", "{ permits { id } }")));
	}

	@Test
	void anArbitraryQuerySentWithItsHashIsNotRegistered() {
		String query = "{ guides { id } }";
		Map<String, Object> extensions = byHash(PersistedDocuments.hashOf(query));
		assertRefused(post(Map.of("query", query, "extensions", extensions)));
		assertRefused(post(Map.of("extensions", extensions)));
	}

	@Test
	void aShippedOperationRunsByHashOverPostAndGet() {
		String hash = PersistedDocuments.hashOf(SHIPPED.documentsByName().get("PermitById"));
		post(Map.of("extensions", byHash(hash), "variables", Map.of("id", "permanent-residence-permit")))
			.jsonPath("$.errors")
			.doesNotExist()
			.jsonPath("$.data.permit.kind")
			.isEqualTo("PERMANENT");
		client.get()
			.uri("/graphql?extensions={extensions}&variables={variables}",
					"{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"" + hash + "\"}}",
					"{\"id\":\"permanent-residence-permit\"}")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.data.permit.kind")
			.isEqualTo("PERMANENT");
	}

	@Test
	void aQuestionSentByTheShippedAskOperationGetsTheSentenceThatAnswersIt() {
		String hash = PersistedDocuments.hashOf(SHIPPED.documentsByName().get("Ask"));
		post(Map.of("extensions", byHash(hash), "variables", Map.of("query", "How long does processing take?")))
			.jsonPath("$.errors")
			.doesNotExist()
			.jsonPath("$.data.search.answer.text")
			.value(containsString("30 days"));
	}

	@Test
	void aShippedOperationRunsByItsExactText() {
		post(Map.of("query", SHIPPED.documentsByName().get("Guides"))).jsonPath("$.errors")
			.doesNotExist()
			.jsonPath("$.data.guides")
			.exists();
	}

	@Test
	void introspectionForThePlaygroundRuns() {
		post(Map.of("query", IntrospectionQuery.INTROSPECTION_QUERY)).jsonPath("$.errors")
			.doesNotExist()
			.jsonPath("$.data.__schema.queryType.name")
			.isEqualTo("Query");
	}

}
