package kz.hub.protection;

import java.util.Map;

import kz.hub.GraphQlPost;
import kz.hub.HubHttpTest;
import kz.hub.caching.AnswerCache;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A flood of distinct requests, each with an answer of a few bytes, is answered every
 * time, and the answer cache gives up old answers instead of holding more of them than
 * its bytes of heap allow.
 */
@HubHttpTest(properties = "hub.http.answer-cache-bytes=" + UniqueRequestFloodTest.CACHE_BYTES)
class UniqueRequestFloodTest {

	static final int CACHE_BYTES = 131_072;

	private static final int REQUESTS = 1_500;

	@Autowired
	WebTestClient client;

	@Autowired
	AnswerCache answerCache;

	@Test
	void distinctTinyAnswersAreServedAndTheCacheKeepsOnlyWhatItsBytesHold() {
		long evictedBefore = answerCache.stats().evictionCount();
		for (int i = 0; i < REQUESTS; i++) {
			GraphQlPost.of(client, Map.of("query", "{a:__typename}", "variables", Map.of("x", "unique-" + i)))
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody()
				.jsonPath("$.data.a")
				.isEqualTo("Query");
		}
		// each kept answer costs the heap its entry besides its 22 bytes
		long mostKept = CACHE_BYTES / 300;
		assertThat(answerCache.weight()).isLessThanOrEqualTo(CACHE_BYTES);
		assertThat(answerCache.stats().evictionCount() - evictedBefore).isGreaterThanOrEqualTo(REQUESTS - mostKept);
	}

}
