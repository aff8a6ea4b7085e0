package kz.hub.live;

import io.micrometer.core.instrument.MeterRegistry;
import kz.hub.HubHttpTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What operators see: the content in health and info, GraphQL metrics recorded, nothing
 * else exposed.
 */
@HubHttpTest
class ContentHealthTest {

	@Autowired
	LiveContent live;

	@Autowired
	MeterRegistry meters;

	@Autowired
	WebTestClient client;

	@Autowired
	HttpGraphQlTester graphQl;

	private WebTestClient client() {
		return client;
	}

	@Test
	void healthReportsTheContentVersionAndCounts() {
		client().get()
			.uri("/actuator/health")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("UP")
			.jsonPath("$.components.content.details.version")
			.isEqualTo(live.current().content().version())
			.jsonPath("$.components.content.details.counts.destinations")
			.isEqualTo(10)
			.jsonPath("$.components.content.details.counts.permits")
			.isEqualTo(3)
			.jsonPath("$.components.content.details.lastError")
			.doesNotExist()
			.jsonPath("$.components.diskSpace")
			.doesNotExist();
	}

	@Test
	void infoReportsTheContentVersion() {
		client().get()
			.uri("/actuator/info")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.content.version")
			.isEqualTo(live.current().content().version());
	}

	@Test
	void onlyHealthAndInfoAreExposed() {
		client().get().uri("/actuator/metrics").exchange().expectStatus().isNotFound();
		client().get().uri("/actuator/env").exchange().expectStatus().isNotFound();
	}

	@Test
	void graphQlRequestsAreMeasured() {
		graphQl.document("{ permits { id } }").execute().path("permits").entityList(Object.class).hasSize(3);
		assertThat(meters.find("graphql.request").timer()).isNotNull()
			.satisfies(timer -> assertThat(timer.count()).isPositive());
	}

}
