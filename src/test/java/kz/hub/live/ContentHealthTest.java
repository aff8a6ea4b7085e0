package kz.hub.live;

import io.micrometer.core.instrument.MeterRegistry;
import kz.hub.HubClient;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What operators see: the content in health and info, GraphQL metrics recorded, nothing
 * else exposed.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ContentHealthTest {

	@LocalServerPort
	int port;

	@Autowired
	LiveContent live;

	@Autowired
	MeterRegistry meters;

	private WebTestClient client() {
		return WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
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
		HubClient.connect(port)
			.document("{ permits { id } }")
			.execute()
			.path("permits")
			.entityList(Object.class)
			.hasSize(3);
		assertThat(meters.find("graphql.request").timer()).isNotNull()
			.satisfies(timer -> assertThat(timer.count()).isPositive());
	}

}
