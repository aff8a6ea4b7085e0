package kz.hub.protection;

import java.util.Map;

import graphql.introspection.Introspection;
import kz.hub.GraphQlPost;
import kz.hub.HubHttpTest;
import kz.hub.ShippedContent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.hamcrest.Matchers.containsString;

/**
 * With introspection switched off, the schema printer and the playground go with it;
 * queries still work.
 */
@HubHttpTest(properties = "spring.graphql.schema.introspection.enabled=false")
class IntrospectionSwitchTest {

	@Autowired
	WebTestClient client;

	/**
	 * Spring Boot switches introspection off for the whole JVM (graphql-java's
	 * {@code Introspection.enabledJvmWide}), which is right for the one hub a JVM runs;
	 * the other test contexts share this JVM, so switch it back.
	 */
	@AfterAll
	static void introspectionBackOnForTheOtherTests() {
		Introspection.enabledJvmWide(true);
	}

	@Test
	void introspectionQueriesAreRefused() {
		GraphQlPost.of(client, Map.of("query", "{ __schema { types { name } } }"))
			.exchange()
			.expectBody()
			.jsonPath("$.errors[0].message")
			.value(containsString("ntrospection"));
	}

	@Test
	void schemaPrinterAndPlaygroundAreOff() {
		client.get().uri("/graphql/schema").exchange().expectStatus().isNotFound();
		client.get().uri("/graphiql").exchange().expectStatus().isNotFound();
	}

	@Test
	void ordinaryQueriesStillAnswer() {
		GraphQlPost.of(client, Map.of("query", "{ permits { id } }"))
			.exchange()
			.expectBody()
			.jsonPath("$.data.permits.length()")
			.isEqualTo(ShippedContent.ids("permits.yaml").size());
	}

}
