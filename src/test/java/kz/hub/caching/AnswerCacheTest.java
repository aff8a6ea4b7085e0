package kz.hub.caching;

import java.util.List;
import java.util.Map;

import kz.hub.LiveHeap;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The answer cache's bound holds in bytes of heap, whatever fills it: a flood of tiny
 * distinct answers costs no more heap than the cache is allowed.
 */
class AnswerCacheTest {

	private static final long MAX_BYTES = 8L * 1024 * 1024;

	@Test
	void aFloodOfTinyDistinctAnswersStaysWithinTheCachesBytes() {
		AnswerCache cache = new AnswerCache(MAX_BYTES);
		long before = LiveHeap.bytes();
		for (int i = 0; i < 200_000; i++) {
			// the 22-byte answer of {a:__typename}, each under its own key as unique
			// variables give it
			byte[] body = "{\"data\":{\"a\":\"Query\"}}".getBytes();
			cache.put(new AnswerKey("\"" + "k".repeat(36) + i + "\""), new AnswerCache.Answer(body,
					"application/graphql-response+json", Map.of("Content-Language", List.of("en")), List.of()));
		}
		long kept = LiveHeap.bytes() - before;
		assertThat(kept).as("heap the kept answers take").isLessThan(MAX_BYTES * 5 / 4);
		assertThat(cache.weight()).isLessThanOrEqualTo(MAX_BYTES);
	}

	@Test
	void anAnswerWeighsAtLeastItsBodyAndHeaders() {
		byte[] body = new byte[10_000];
		AnswerCache.Answer answer = new AnswerCache.Answer(body, "application/json",
				Map.of("Content-Language", List.of("ru")), List.of());
		assertThat(answer.weight()).isGreaterThan(body.length + AnswerCache.ENTRY_OVERHEAD_BYTES);
	}

}
