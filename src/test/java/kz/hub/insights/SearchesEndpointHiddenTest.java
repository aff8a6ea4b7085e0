package kz.hub.insights;

import kz.hub.HubHttpTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

/** With the default settings, what people searched is not on the web. */
@HubHttpTest
class SearchesEndpointHiddenTest {

	@Autowired
	WebTestClient http;

	@Test
	void searchesAreNotOnTheWebByDefault() {
		http.get().uri("/actuator/searches").exchange().expectStatus().isNotFound();
		http.get().uri("/actuator/health").exchange().expectStatus().isOk();
	}

}
