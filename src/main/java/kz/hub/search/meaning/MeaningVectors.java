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
 * The vectors of texts, kept by the SHA-256 of each text in a bounded cache: a reload of
 * the content embeds only the texts that changed, and an old text's vector ages out.
 */
public final class MeaningVectors {

	private static final Logger log = LoggerFactory.getLogger(MeaningVectors.class);

	private final TextEncoder encoder;

	private final Cache<String, float[]> byHash;

	/**
	 * @param size how many vectors to keep (1.5 KB each), at least the content's English
	 * documents so a reload reuses them all
	 */
	public MeaningVectors(TextEncoder encoder, int size) {
		this.encoder = encoder;
		this.byHash = Caffeine.newBuilder().maximumSize(size).build();
	}

	/** The encoder queries go through, the same as the content's. */
	public TextEncoder encoder() {
		return encoder;
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
