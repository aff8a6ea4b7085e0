package kz.hub.live;

import kz.hub.HubHttpTest;
import kz.hub.ShippedContent;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * What operators see: the content in health and info, nothing else exposed.
 */
@HubHttpTest
class ContentHealthTest {

	@Autowired
	LiveContent live;

	@Autowired
	WebTestClient client;

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
			.isEqualTo(ShippedContent.ids("destinations.yaml").size())
			.jsonPath("$.components.content.details.counts.permits")
			.isEqualTo(ShippedContent.ids("permits.yaml").size())
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

}
