package kz.hub.insights;

import io.micrometer.core.instrument.MeterRegistry;
import kz.hub.HubHttpTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * /actuator/searches over real HTTP, exposed as an operator would expose it, after
 * searches through the GraphQL API.
 */
@HubHttpTest(properties = "management.endpoints.web.exposure.include=health,info,searches")
class SearchesEndpointTest {

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	WebTestClient http;

	@Autowired
	MeterRegistry meters;

	private void search(String query) {
		graphQl.document("query($q: String!) { search(query: $q) { totalCount correctedQuery } }")
			.variable("q", query)
			.execute()
			.path("search.totalCount")
			.hasValue();
	}

	@Test
	void listsFrequentZeroHitAndCorrectedQueries() {
		search("Almaty");
		search("  almaty ");
		search("ALMATY");
		search("charyn");
		search("qwxzvj");
		search("almati");
		http.get()
			.uri("/actuator/searches")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.searches")
			.isEqualTo(6)
			.jsonPath("$.frequent[0].query")
			.isEqualTo("almaty")
			.jsonPath("$.frequent[0].count")
			.isEqualTo(3)
			.jsonPath("$.frequent[0].overcount")
			.isEqualTo(0)
			.jsonPath("$.zeroHit[0].query")
			.isEqualTo("qwxzvj")
			.jsonPath("$.zeroHit.length()")
			.isEqualTo(1)
			.jsonPath("$.corrected[0].query")
			.isEqualTo("almati")
			.jsonPath("$.corrected.length()")
			.isEqualTo(1);
		assertThat(meters.counter("hub.search.requests").count()).isEqualTo(6);
		assertThat(meters.counter("hub.search.zero.hits").count()).isEqualTo(1);
		assertThat(meters.counter("hub.search.corrected").count()).isEqualTo(1);
	}

}
