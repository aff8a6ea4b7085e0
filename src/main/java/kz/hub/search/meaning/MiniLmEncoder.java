package kz.hub.search.meaning;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
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

	/** The model and its tokenizer, as langchain4j's module ships them. */
	private static final String MODEL = "all-minilm-l6-v2-q.onnx";

	private static final String TOKENIZER = "all-minilm-l6-v2-q-tokenizer.json";

	private static volatile MiniLmEncoder shared;

	private final Model model;

	private MiniLmEncoder() {
		long start = System.nanoTime();
		this.model = new Model(load());
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

	/**
	 * One thread an inference, without spinning: a query is one short text, and ONNX
	 * Runtime's default pool of a thread per core gains it nothing while the other core
	 * serves requests. Measured: 8 searches embedding at once did 4 to 30 % more queries
	 * a second this way (src/bench/README.md, third session).
	 */
	private static OnnxBertBiEncoder load() {
		OrtEnvironment environment = OrtEnvironment.getEnvironment();
		try (InputStream weights = resource(MODEL);
				InputStream tokenizer = resource(TOKENIZER);
				OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
			options.setIntraOpNumThreads(1);
			options.setInterOpNumThreads(1);
			options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
			options.addConfigEntry("session.intra_op.allow_spinning", "0");
			options.addConfigEntry("session.inter_op.allow_spinning", "0");
			OrtSession session = environment.createSession(weights.readAllBytes(), options);
			return new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.MEAN);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("the sentence model " + MODEL + " could not be read from the jar", ex);
		}
		catch (OrtException ex) {
			throw new IllegalStateException("ONNX Runtime could not load the sentence model " + MODEL, ex);
		}
	}

	private static InputStream resource(String name) throws IOException {
		InputStream stream = MiniLmEncoder.class.getClassLoader().getResourceAsStream(name);
		if (stream == null) {
			throw new IOException(name + " is not on the class path");
		}
		return stream;
	}

	/** langchain4j's embedding of one text on the calling thread, over our session. */
	private static final class Model extends AbstractInProcessEmbeddingModel {

		private final OnnxBertBiEncoder encoder;

		Model(OnnxBertBiEncoder encoder) {
			// Embedded on the calling thread: the background task that embeds the content
			// must leave the other core to the requests, and a query is one short text.
			super(Runnable::run);
			this.encoder = encoder;
		}

		@Override
		protected OnnxBertBiEncoder model() {
			return encoder;
		}

	}

}
