package kz.hub.search.meaning;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The vectors of texts in caches bounded in bytes: the content's by the SHA-256 of each
 * text, so a reload of the content embeds only the texts that changed; the queries' by
 * their text, so a search asked again with other filters, another page or sort does not
 * embed its words again.
 */
public final class MeaningVectors {

	private static final Logger log = LoggerFactory.getLogger(MeaningVectors.class);

	/**
	 * An entry's bytes beside its vector and key: the entry, the array and key headers.
	 */
	private static final int ENTRY_OVERHEAD = 96;

	/** A SHA-256 in hex, as a Java string. */
	private static final int HASH_BYTES = 64;

	private final TextEncoder encoder;

	private final Cache<String, float[]> byHash;

	private final Cache<String, float[]> byQuery;

	/**
	 * @param contentBytes the bytes of content vectors kept (1.6 KB each with its key):
	 * at least the content's English items and sections, so a reload reuses them all
	 * @param queryBytes the bytes of query vectors kept
	 */
	public MeaningVectors(TextEncoder encoder, long contentBytes, long queryBytes) {
		this.encoder = encoder;
		// Evicted on the caller's thread, so the bound holds as soon as a vector is
		// added.
		this.byHash = Caffeine.newBuilder()
			.executor(Runnable::run)
			.maximumWeight(contentBytes)
			.weigher((String hash, float[] vector) -> HASH_BYTES + bytes(vector))
			.build();
		this.byQuery = Caffeine.newBuilder()
			.executor(Runnable::run)
			.maximumWeight(queryBytes)
			.weigher((String query, float[] vector) -> 2 * query.length() + bytes(vector))
			.build();
	}

	/**
	 * The encoder of queries: the same model as the content's, through the queries'
	 * cache.
	 */
	public TextEncoder queries() {
		return query -> byQuery.get(query, encoder::encode);
	}

	/** The vector of each text by its key, embedding only texts not seen before. */
	public Map<String, float[]> of(Map<String, String> texts) {
		long start = System.nanoTime();
		Map<String, float[]> vectors = new HashMap<>();
		int embedded = 0;
		for (Map.Entry<String, String> text : texts.entrySet()) {
			String hash = hash(text.getValue());
			float[] vector = byHash.getIfPresent(hash);
			if (vector == null) {
				vector = encoder.encode(text.getValue());
				byHash.put(hash, vector);
				embedded++;
			}
			vectors.put(text.getKey(), vector);
		}
		log.info("Meaning vectors of {} texts, {} embedded, in {} ms", texts.size(), embedded,
				(System.nanoTime() - start) / 1_000_000);
		return vectors;
	}

	private static int bytes(float[] vector) {
		return ENTRY_OVERHEAD + Float.BYTES * vector.length;
	}

	private static String hash(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every JDK has SHA-256", ex);
		}
	}

}
