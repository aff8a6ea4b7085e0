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
 * {@code hub.http.answer-cache-bytes} of heap in total: a repeated request is answered
 * without running GraphQL. The content version is part of every ETag, so a new edition
 * misses; the answers of the edition before are dropped when the first request of a new
 * one arrives.
 */
public class AnswerCache {

	/**
	 * Heap an entry costs besides its body and header text: the cache's node, the key
	 * string, the record, the array header and the headers map, rounded up from a heap
	 * histogram of a flood of tiny answers (about 300 bytes each).
	 */
	static final int ENTRY_OVERHEAD_BYTES = 512;

	/**
	 * Heap a replay costs besides what it holds: the record, the lambda, its list slot.
	 */
	static final int REPLAY_OVERHEAD_BYTES = 128;

	/** Heap a header costs besides its text: its map node and list, rounded up. */
	static final int HEADER_OVERHEAD_BYTES = 96;

	private final Cache<String, Answer> answers;

	private final boolean keeps;

	private final AtomicReference<String> contentVersion = new AtomicReference<>();

	/**
	 * An answer as it was sent: its body, Content-Type, the headers that depend on the
	 * request (CORS, Content-Language), and what making it did that must be done again
	 * each time it is sent, such as counting a search.
	 */
	record Answer(byte[] body, String contentType, Map<String, List<String>> headers,
			List<AnswerReplays.Replay> replays) {

		/** What the answer costs the heap, in bytes, as nearly as it can be told. */
		int weight() {
			long weight = ENTRY_OVERHEAD_BYTES + body.length + 2L * String.valueOf(contentType).length();
			for (Map.Entry<String, List<String>> header : headers.entrySet()) {
				for (String value : header.getValue()) {
					weight += HEADER_OVERHEAD_BYTES + 2L * (header.getKey().length() + value.length());
				}
			}
			for (AnswerReplays.Replay replay : replays) {
				weight += REPLAY_OVERHEAD_BYTES + replay.heldBytes();
			}
			return (int) Math.min(Integer.MAX_VALUE, weight);
		}

	}

	AnswerCache(long maxBytes) {
		this.keeps = maxBytes > 0;
		this.answers = Caffeine.newBuilder()
			.maximumWeight(maxBytes)
			.weigher((String etag, Answer answer) -> answer.weight())
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

	/** The heap the kept answers weigh now, in bytes, as the cache bounds it. */
	public long weight() {
		answers.cleanUp();
		return answers.policy().eviction().map(eviction -> eviction.weightedSize().orElse(0)).orElse(0L);
	}

}
