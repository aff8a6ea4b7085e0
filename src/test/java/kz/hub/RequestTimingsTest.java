package kz.hub;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Request timings, off by default, are recorded once an operator turns them on. */
@HubHttpTest(properties = { "management.observations.enable.http=true", "management.observations.enable.graphql=true" })
class RequestTimingsTest {

	@Autowired
	MeterRegistry meters;

	@Autowired
	HttpGraphQlTester graphQl;

	@Test
	void graphQlAndHttpRequestsAreTimedWhenTurnedOn() {
		graphQl.document("{ permits { id } }")
			.execute()
			.path("permits")
			.entityList(Object.class)
			.hasSize(ShippedContent.ids("permits.yaml").size());
		assertThat(meters.find("graphql.request").timer()).isNotNull()
			.satisfies(timer -> assertThat(timer.count()).isPositive());
		// the server's timer stops once the answer is sent, which may be after the client
		// read it
		await().untilAsserted(() -> assertThat(meters.find("http.server.requests").timer()).isNotNull()
			.satisfies(timer -> assertThat(timer.count()).isPositive()));
	}

}
