package kz.hub.search.meaning;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The English all-MiniLM-L6-v2 model (quantized, 384 dimensions) from the jar, run by
 * ONNX Runtime in process. One model serves the whole process: it is immutable, and each
 * copy holds about 100 MB of native memory and takes seconds to load.
 */
public final class MiniLmEncoder implements TextEncoder {

	private static final Logger log = LoggerFactory.getLogger(MiniLmEncoder.class);

	/** The length of the model's vectors. */
	public static final int DIMENSIONS = 384;

	private static volatile MiniLmEncoder shared;

	private final AllMiniLmL6V2QuantizedEmbeddingModel model;

	private MiniLmEncoder() {
		long start = System.nanoTime();
		// Embedded on the calling thread: the background task that embeds the content
		// must leave the other core to the requests, and a query is one short text.
		this.model = new AllMiniLmL6V2QuantizedEmbeddingModel(Runnable::run);
		log.info("Sentence model loaded in {} ms", (System.nanoTime() - start) / 1_000_000);
	}

	/**
	 * The process's model, loaded on first use (a few seconds), never at class loading.
	 */
	public static MiniLmEncoder shared() {
		MiniLmEncoder encoder = shared;
		if (encoder == null) {
			synchronized (MiniLmEncoder.class) {
				encoder = shared;
				if (encoder == null) {
					encoder = new MiniLmEncoder();
					shared = encoder;
				}
			}
		}
		return encoder;
	}

	@Override
	public float[] encode(String text) {
		return model.embed(text).content().vector();
	}

}
