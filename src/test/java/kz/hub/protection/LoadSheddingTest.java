package kz.hub.protection;

import java.util.Map;

import kz.hub.GraphQlPost;
import kz.hub.HubHttpTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.hamcrest.Matchers.containsString;

/**
 * Past the requests it serves at once and those allowed to wait, the hub answers 503 with
 * Retry-After at once (here it may serve none, so every request is past the limit).
 * {@link LoadSheddingQueueTest} lets requests wait for a turn.
 */
@HubHttpTest(properties = { "hub.limits.max-concurrent-requests=0", "hub.limits.max-queued-requests=0" })
class LoadSheddingTest {

	@Autowired
	WebTestClient client;

	@Test
	void aRequestPastTheQueueGets503WithRetryAfter() {
		GraphQlPost.of(client, Map.of("query", "{ permits { id } }"))
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.SERVICE_UNAVAILABLE)
			.expectHeader()
			.valueEquals("Retry-After", "1")
			.expectBody()
			.jsonPath("$.errors[0].message")
			.value(containsString("try again in a second"));
	}

	@Test
	void healthIsAnsweredWhileGraphQlSheds() {
		client.get().uri("/actuator/health").exchange().expectStatus().isOk();
	}

}
