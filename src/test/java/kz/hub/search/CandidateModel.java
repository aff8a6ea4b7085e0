package kz.hub.search;

import java.util.Locale;

import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import kz.hub.search.meaning.TextEncoder;

/**
 * The sentence models {@link ModelComparison} compares, all of 384 dimensions, all run on
 * the calling thread as the hub runs its own. MiniLM is the project's model, with the
 * project's class. The others come from jars of the benchmark profile only, and are
 * loaded by resource name with the project's langchain4j-embeddings classes, so that the
 * build without the profile compiles without them; their pooling is the one their jar's
 * own model class uses (bge CLS, e5 MEAN, read with javap), their prefixes the ones their
 * model cards prescribe.
 */
enum CandidateModel {

	MINILM(null, null, null, "", ""),

	BGE("bge-small-en-v1.5-q.onnx", "bge-small-en-v1.5-q-tokenizer.json", PoolingMode.CLS,
			"Represent this sentence for searching relevant passages: ", ""),

	E5("e5-small-v2-q.onnx", "e5-small-v2-q-tokenizer.json", PoolingMode.MEAN, "query: ", "passage: ");

	private final String onnx;

	private final String tokenizer;

	private final PoolingMode pooling;

	private final String queryPrefix;

	private final String passagePrefix;

	CandidateModel(String onnx, String tokenizer, PoolingMode pooling, String queryPrefix, String passagePrefix) {
		this.onnx = onnx;
		this.tokenizer = tokenizer;
		this.pooling = pooling;
		this.queryPrefix = queryPrefix;
		this.passagePrefix = passagePrefix;
	}

	String label() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * The model's .onnx or tokenizer when it is not on the classpath, else null: checked
	 * before anything runs, as loadFromJar would fail only when the model's turn comes.
	 */
	String missingResource() {
		for (String resource : new String[] { this.onnx, this.tokenizer }) {
			if (resource != null && CandidateModel.class.getClassLoader().getResource(resource) == null) {
				return resource;
			}
		}
		return null;
	}

	Encoder load() {
		AbstractInProcessEmbeddingModel model = (this.onnx != null)
				? new JarModel(this.onnx, this.tokenizer, this.pooling)
				: new AllMiniLmL6V2QuantizedEmbeddingModel(Runnable::run);
		return new Encoder(model, this.queryPrefix, this.passagePrefix);
	}

	/**
	 * A model's texts with the prefix it was trained with for queries or for passages.
	 * Mutable, because the index embeds the content and then the queries with the one
	 * encoder it was built with.
	 */
	static final class Encoder implements TextEncoder {

		private final AbstractInProcessEmbeddingModel model;

		private final String passagePrefix;

		private final String modelQueryPrefix;

		private volatile String queryPrefix;

		private volatile boolean passages;

		Encoder(AbstractInProcessEmbeddingModel model, String queryPrefix, String passagePrefix) {
			this.model = model;
			this.modelQueryPrefix = queryPrefix;
			this.queryPrefix = queryPrefix;
			this.passagePrefix = passagePrefix;
		}

		/** Whether the model has a query prefix whose absence is worth measuring too. */
		boolean hasQueryPrefix() {
			return !this.modelQueryPrefix.isEmpty();
		}

		/** The queries from now on with the model's prefix, or without any. */
		void queryPrefix(boolean on) {
			this.queryPrefix = on ? this.modelQueryPrefix : "";
		}

		/** The texts from now on are the content's (true) or queries (false). */
		void passages(boolean on) {
			this.passages = on;
		}

		@Override
		public float[] encode(String text) {
			return this.model.embed((this.passages ? this.passagePrefix : this.queryPrefix) + text).content().vector();
		}

	}

	/** A candidate's .onnx and tokenizer read from the classpath. */
	private static final class JarModel extends AbstractInProcessEmbeddingModel {

		private final OnnxBertBiEncoder encoder;

		JarModel(String onnx, String tokenizer, PoolingMode pooling) {
			super(Runnable::run);
			this.encoder = loadFromJar(onnx, tokenizer, pooling);
		}

		@Override
		protected OnnxBertBiEncoder model() {
			return this.encoder;
		}

		@Override
		protected Integer knownDimension() {
			return 384;
		}

	}

}
