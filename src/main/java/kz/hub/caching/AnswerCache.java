package kz.hub.caching;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.stats.CacheStats;

/**
 * The serialized bytes of recent successful answers, by ETag, up to
 * {@code hub.http.answer-cache-bytes} in total: a repeated request is answered without
 * running GraphQL. The content version is part of every ETag, so a new edition misses;
 * the answers of the edition before are dropped when the first request of a new one
 * arrives.
 */
public class AnswerCache {

	private final Cache<String, Answer> answers;

	private final boolean keeps;

	private final AtomicReference<String> contentVersion = new AtomicReference<>();

	/**
	 * An answer as it was sent: its body, Content-Type, and the CORS headers and Vary the
	 * request's origin got.
	 */
	record Answer(byte[] body, String contentType, Map<String, List<String>> headers) {
	}

	AnswerCache(long maxBytes) {
		this.keeps = maxBytes > 0;
		this.answers = Caffeine.newBuilder()
			.maximumWeight(maxBytes)
			.weigher((String etag, Answer answer) -> answer.body().length)
			.recordStats()
			.build();
	}

	/**
	 * The answer kept for the ETag, if any, for requests that read this content version.
	 */
	Optional<Answer> get(AnswerKey key, String version) {
		if (!version.equals(contentVersion.getAndSet(version))) {
			answers.invalidateAll();
		}
		return Optional.ofNullable(answers.getIfPresent(key.etag()));
	}

	void put(AnswerKey key, Answer answer) {
		if (keeps) {
			answers.put(key.etag(), answer);
		}
	}

	/** Hits and misses so far, for operators and tests. */
	public CacheStats stats() {
		return answers.stats();
	}

}
