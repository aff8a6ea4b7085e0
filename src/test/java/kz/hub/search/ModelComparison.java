package kz.hub.search;

import java.io.IOException;
import java.io.InputStream;
import java.lang.Character.UnicodeScript;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.sun.management.OperatingSystemMXBean;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import kz.hub.content.Content;
import kz.hub.content.loading.ContentLoader;
import kz.hub.search.indexing.MeaningTexts;
import kz.hub.search.meaning.MeaningVectors;
import kz.hub.search.meaning.TextEncoder;

/**
 * Measurement branch only: which in-process sentence model finds best by meaning on the
 * judged English list. Builds the real search index of the shipped content with each
 * model's vectors (as {@code hub.search.meaning.enabled=true} does) and searches it in
 * process, as {@link MeaningRelevanceTest} does over HTTP: success@3 and MRR (depth 10)
 * over found.en.csv, and how many English queries of unanswered.csv find anything. Then
 * the time to embed a query and the content. One model per JVM:
 *
 * <pre>
 * java -cp target/test-classes:target/classes:CLASSPATH kz.hub.search.ModelComparison minilm|bge|e5
 * </pre>
 *
 * {@code -Dhub.measure.min-cosine=0.NN} sets MeaningFusion.MIN_COSINE (0.45 by default,
 * measured for MiniLM).
 */
public final class ModelComparison {

	private static final SearchLimits LIMITS = new SearchLimits(500, 32, 20);

	private static final int DEPTH = 10;

	private ModelComparison() {
	}

	public static void main(String[] args) throws Exception {
		String name = args.length > 0 ? args[0] : "minilm";
		Content content = new ContentLoader().load("classpath:index-data/");
		List<String[]> found = rows("/search/meaning/found.en.csv");
		if (name.equals("latency")) {
			latency(content, found);
			return;
		}
		List<String> unanswered = rows("/search/meaning/unanswered.csv").stream()
			.map(row -> row[0])
			.filter(ModelComparison::english)
			.toList();

		long start = System.nanoTime();
		Prefixed encoder = encoder(name);
		double loadMs = (System.nanoTime() - start) / 1e6;

		// A few short texts first, so the content's embedding is not the JIT's first run.
		encoder.passages = false;
		for (int i = 0; i < 5; i++) {
			encoder.encode(found.get(40 + i)[0]);
		}
		encoder.passages = true;
		Map<String, String> texts = MeaningTexts.of(content);
		MeaningVectors vectors = new MeaningVectors(encoder, 20_000);
		start = System.nanoTime();
		Map<String, float[]> contentVectors = vectors.of(texts);
		double contentMs = (System.nanoTime() - start) / 1e6;
		long distinct = texts.values().stream().distinct().count();
		// Reuses the vectors just made; no answer cache, so every search runs.
		SearchIndex index = SearchIndex.build(content, SearchIndex.inMemoryDirectory(), 0, LIMITS, vectors);
		encoder.passages = false;

		System.out.printf(Locale.ROOT,
				"MODEL %s (min cosine %s): load %.0f ms; content %d texts (%d distinct) in %.0f ms%n", name,
				System.getProperty("hub.measure.min-cosine", "0.45"), loadMs, texts.size(), distinct, contentMs);

		List<String> prefixes = new ArrayList<>(List.of(encoder.queryPrefix));
		if (!encoder.queryPrefix.isEmpty()) {
			prefixes.add("");
		}
		for (String prefix : prefixes) {
			encoder.queryPrefix = prefix;
			String label = name + (prefix.isEmpty() ? "" : " [query prefix]");
			figures(index, found, label, 0.0);
			figures(index, found, label, SearchRequest.DEFAULT_MEANING);
			figures(index, found, label, 1.0);
			for (double meaning : new double[] { SearchRequest.DEFAULT_MEANING, 1.0 }) {
				List<String> answered = unanswered.stream()
					.filter(query -> !ids(index, query, meaning).isEmpty())
					.toList();
				System.out.printf(Locale.ROOT, "%s, meaning %.1f: unanswerable English finding something %d/%d %s%n",
						label, meaning, answered.size(), unanswered.size(), answered);
			}
			cosines(encoder, contentVectors, found, unanswered, label);
		}

		// Per-query cost, on the calling thread, with the prefix a query gets.
		encoder.queryPrefix = prefixes.getFirst();
		for (String[] row : found) {
			encoder.encode(row[0]);
		}
		int rounds = 5;
		long[] nanos = new long[20 * rounds];
		for (int round = 0; round < rounds; round++) {
			for (int i = 0; i < 20; i++) {
				long begin = System.nanoTime();
				encoder.encode(found.get(i)[0]);
				nanos[round * 20 + i] = System.nanoTime() - begin;
			}
		}
		Arrays.sort(nanos);
		double mean = Arrays.stream(nanos).average().orElseThrow() / 1e6;
		double p95 = nanos[(int) Math.ceil(0.95 * nanos.length) - 1] / 1e6;
		System.out.printf(Locale.ROOT, "%s: query embed mean %.2f ms, p95 %.2f ms (%d samples: 20 queries x %d)%n",
				name, mean, p95, nanos.length, rounds);
		index.close();
	}

	private static Prefixed encoder(String name) {
		return switch (name) {
			case "minilm" -> new Prefixed(new AllMiniLmL6V2QuantizedEmbeddingModel(Runnable::run), "", "");
			case "bge" -> new Prefixed(
					new JarModel("bge-small-en-v1.5-q.onnx", "bge-small-en-v1.5-q-tokenizer.json", PoolingMode.CLS),
					"Represent this sentence for searching relevant passages: ", "");
			case "e5" ->
				new Prefixed(new JarModel("e5-small-v2-q.onnx", "e5-small-v2-q-tokenizer.json", PoolingMode.MEAN),
						"query: ", "passage: ");
			default -> throw new IllegalArgumentException(name);
		};
	}

	/**
	 * The three models in one JVM, measured in turn round after round so the load of the
	 * shared machine falls on each alike: wall and thread CPU time of one query (the
	 * first 20 of the list, each with the model's query prefix) and of the content's
	 * distinct English texts, on the calling thread.
	 */
	private static void latency(Content content, List<String[]> found) {
		// The process's CPU time, not the thread's: ONNX Runtime may run an inference on
		// its own pool as well as the calling thread. Read per batch, as it is coarse.
		OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
		List<String> names = List.of("minilm", "bge", "e5");
		List<Prefixed> encoders = names.stream().map(ModelComparison::encoder).toList();
		List<String> passages = MeaningTexts.of(content).values().stream().distinct().toList();
		for (Prefixed encoder : encoders) {
			for (int i = 0; i < 3; i++) {
				found.forEach(row -> encoder.encode(row[0]));
			}
		}
		int rounds = 10;
		long[][] wall = new long[3][20 * rounds];
		long[][] cpu = new long[3][rounds];
		for (int round = 0; round < rounds; round++) {
			for (int m = 0; m < 3; m++) {
				Prefixed encoder = encoders.get(m);
				long beginCpu = os.getProcessCpuTime();
				for (int i = 0; i < 20; i++) {
					long begin = System.nanoTime();
					encoder.encode(found.get(i)[0]);
					wall[m][round * 20 + i] = System.nanoTime() - begin;
				}
				cpu[m][round] = (os.getProcessCpuTime() - beginCpu) / 20;
			}
		}
		int contentRounds = 3;
		long[][] contentWall = new long[3][contentRounds];
		long[][] contentCpu = new long[3][contentRounds];
		for (int round = 0; round < contentRounds; round++) {
			for (int m = 0; m < 3; m++) {
				Prefixed encoder = encoders.get(m);
				encoder.passages = true;
				long begin = System.nanoTime();
				long beginCpu = os.getProcessCpuTime();
				passages.forEach(encoder::encode);
				contentCpu[m][round] = os.getProcessCpuTime() - beginCpu;
				contentWall[m][round] = System.nanoTime() - begin;
				encoder.passages = false;
			}
		}
		for (int m = 0; m < 3; m++) {
			Arrays.sort(wall[m]);
			Arrays.sort(cpu[m]);
			Arrays.sort(contentWall[m]);
			Arrays.sort(contentCpu[m]);
			int p95 = (int) Math.ceil(0.95 * wall[m].length) - 1;
			System.out.printf(Locale.ROOT,
					"LATENCY %s: query wall mean %.2f ms p50 %.2f p95 %.2f (%d samples); process cpu a query %.2f ms (median of %d batches of 20);"
							+ " content %d texts wall median %.0f ms (min %.0f), cpu median %.0f ms%n",
					names.get(m), mean(wall[m]), wall[m][wall[m].length / 2] / 1e6, wall[m][p95] / 1e6, wall[m].length,
					cpu[m][rounds / 2] / 1e6, rounds, passages.size(), contentWall[m][contentRounds / 2] / 1e6,
					contentWall[m][0] / 1e6, contentCpu[m][contentRounds / 2] / 1e6);
		}
	}

	private static double mean(long[] nanos) {
		return Arrays.stream(nanos).average().orElseThrow() / 1e6;
	}

	/** success@3 and MRR at depth 10, as MeaningRelevanceTest prints them. */
	private static void figures(SearchIndex index, List<String[]> rows, String label, double meaning) {
		int inTopThree = 0;
		double reciprocalRanks = 0;
		List<String> misses = new ArrayList<>();
		StringBuilder ranks = new StringBuilder();
		for (String[] row : rows) {
			List<String> ids = ids(index, row[0], meaning);
			int rank = ids.indexOf(row[1]) + 1;
			ranks.append(' ').append(rank);
			if (rank == 0 || rank > 3) {
				misses.add("\"" + row[0] + "\" " + row[1] + "@" + rank);
			}
			inTopThree += (rank > 0 && rank <= 3) ? 1 : 0;
			reciprocalRanks += (rank > 0) ? 1.0 / rank : 0;
		}
		System.out.printf(Locale.ROOT, "%s, meaning %.1f: success@3 %d/%d, MRR %.4f; misses %s%n", label, meaning,
				inTopThree, rows.size(), reciprocalRanks / rows.size(), misses);
		System.out.printf(Locale.ROOT, "RANKS %s, meaning %.1f:%s%n", label, meaning, ranks);
	}

	/**
	 * The highest cosine of each query to any content text: where a threshold could part
	 * the answerable from the unanswerable.
	 */
	private static void cosines(TextEncoder encoder, Map<String, float[]> content, List<String[]> found,
			List<String> unanswered, String label) {
		double[] foundBest = found.stream()
			.mapToDouble(row -> best(encoder.encode(row[0]), content))
			.sorted()
			.toArray();
		double[] expected = found.stream()
			.mapToDouble(row -> content.containsKey(row[1]) ? cosine(encoder.encode(row[0]), content.get(row[1]))
					: Double.NaN)
			.filter(cos -> !Double.isNaN(cos))
			.sorted()
			.toArray();
		double[] noneBest = unanswered.stream()
			.mapToDouble(query -> best(encoder.encode(query), content))
			.sorted()
			.toArray();
		System.out.printf(Locale.ROOT, "COS %s found %s none %s%n", label, Arrays.toString(foundBest),
				Arrays.toString(noneBest));
		System.out.printf(Locale.ROOT,
				"%s cosines: found best min %.3f median %.3f; expected item's own text min %.3f median %.3f (%d);"
						+ " unanswerable best median %.3f max %.3f%n",
				label, foundBest[0], foundBest[foundBest.length / 2], expected[0], expected[expected.length / 2],
				expected.length, noneBest[noneBest.length / 2], noneBest[noneBest.length - 1]);
	}

	private static double best(float[] query, Map<String, float[]> content) {
		return content.values().stream().mapToDouble(vector -> cosine(query, vector)).max().orElseThrow();
	}

	private static double cosine(float[] a, float[] b) {
		double dot = 0;
		double na = 0;
		double nb = 0;
		for (int i = 0; i < a.length; i++) {
			dot += a[i] * b[i];
			na += a[i] * a[i];
			nb += b[i] * b[i];
		}
		return dot / Math.sqrt(na * nb);
	}

	private static List<String> ids(SearchIndex index, String query, double meaning) {
		SearchRequest request = new SearchRequest(query, SearchFilter.NONE, null, SearchSort.RELEVANCE, DEPTH, null,
				false, false, null, meaning, false, false);
		return index.search(request).hits().stream().map(SearchResults.Hit::id).toList();
	}

	private static boolean english(String text) {
		return text.codePoints().noneMatch(c -> UnicodeScript.of(c) == UnicodeScript.CYRILLIC);
	}

	private static List<String[]> rows(String resource) throws IOException {
		try (InputStream in = ModelComparison.class.getResourceAsStream(resource)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.filter(line -> !line.isBlank() && !line.startsWith("#"))
				.map(line -> line.split(",\\s*", 3))
				.toList();
		}
	}

	/** A model's texts with the prefixes it was trained with, queries or passages. */
	private static final class Prefixed implements TextEncoder {

		private final AbstractInProcessEmbeddingModel model;

		private final String passagePrefix;

		volatile String queryPrefix;

		volatile boolean passages;

		Prefixed(AbstractInProcessEmbeddingModel model, String queryPrefix, String passagePrefix) {
			this.model = model;
			this.queryPrefix = queryPrefix;
			this.passagePrefix = passagePrefix;
		}

		@Override
		public float[] encode(String text) {
			return model.embed((this.passages ? this.passagePrefix : this.queryPrefix) + text).content().vector();
		}

	}

	/**
	 * A candidate's .onnx and tokenizer from its jar, run by the project's
	 * langchain4j-embeddings classes on the calling thread.
	 */
	private static final class JarModel extends AbstractInProcessEmbeddingModel {

		private final OnnxBertBiEncoder encoder;

		JarModel(String model, String tokenizer, PoolingMode pooling) {
			super(Runnable::run);
			this.encoder = loadFromJar(model, tokenizer, pooling);
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
