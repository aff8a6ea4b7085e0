package kz.hub.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import kz.hub.content.Content;
import kz.hub.content.loading.ContentLoader;
import kz.hub.search.indexing.MeaningTexts;
import kz.hub.search.meaning.MeaningVectors;

/**
 * Which in-process sentence model finds best by meaning: the project's all-MiniLM-L6-v2-q
 * against bge-small-en-v1.5-q and e5-small-v2-q (see {@link CandidateModel}), on the
 * judged English list of {@link MeaningRelevanceTest}, and what each costs to embed. Not
 * a test, and the candidates' jars are on the classpath only with the benchmark profile:
 *
 * <pre>
 * mvn -Pbenchmark test-compile exec:exec -Dbenchmark=kz.hub.search.ModelComparison
 * </pre>
 *
 * About a minute on 2 shared cores, with the compile. The benchmark profile starts a
 * fresh JVM with fixed arguments, so settings come from the environment:
 * {@code BENCH_MODELS} ("minilm bge e5"), {@code BENCH_LATENCY_RUNS} (2 runs of the
 * interleaved timing; 0 leaves it out). Without a candidate's jar it stops at once with
 * one line naming the missing resource.
 * <p>
 * For each model: the real search index of the shipped content with the model's vectors
 * (as {@code hub.search.meaning.enabled=true} builds it), no answer cache, searched in
 * process with the request of the GraphQL {@code Search} operation at meaning 0 (words
 * alone), 0.2 (the default) and 1 (meaning alone), with and without the model's query
 * prefix: success@3 and MRR of found.en.csv, and how many English questions of
 * unanswered.csv find anything. The hub's {@code MeaningFusion.MIN_COSINE} (0.45, tuned
 * for MiniLM) stays as shipped; where another model would need its threshold, the
 * {@code COSINES} line tells from the cosines themselves. Then {@link EmbeddingLatency}
 * times the models against each other. Prints lines starting {@code MODEL},
 * {@code RANKS}, {@code COSINES} and {@code LATENCY}, and the scores.
 */
public final class ModelComparison {

	private static final String COMMAND = "mvn -Pbenchmark test-compile exec:exec -Dbenchmark="
			+ ModelComparison.class.getName();

	private static final SearchLimits LIMITS = new SearchLimits(500, 32, 20);

	private ModelComparison() {
	}

	public static void main(String[] args) throws Exception {
		List<CandidateModel> models = Arrays.stream(env("BENCH_MODELS", "minilm bge e5").trim().split("[\\s,]+"))
			.map(name -> CandidateModel.valueOf(name.toUpperCase(Locale.ROOT)))
			.toList();
		int latencyRuns = Integer.parseInt(env("BENCH_LATENCY_RUNS", "2"));
		for (CandidateModel model : models) {
			String missing = model.missingResource();
			if (missing != null) {
				System.err.println("ModelComparison: " + missing + " is not on the classpath (the jars of the"
						+ " benchmark profile); run: " + COMMAND);
				System.exit(2);
			}
		}
		Content content = new ContentLoader().load("classpath:index-data/");
		JudgedList list = JudgedList.load();
		List<CandidateModel.Encoder> encoders = new ArrayList<>();
		for (CandidateModel model : models) {
			encoders.add(compare(model, content, list));
		}
		List<String> names = models.stream().map(CandidateModel::label).toList();
		List<String> passages = MeaningTexts.of(content).values().stream().distinct().toList();
		for (int run = 0; run < latencyRuns; run++) {
			EmbeddingLatency.measure(names, encoders, list.queries(), passages);
		}
	}

	/** One model's scores; returns it loaded, for the timing. */
	private static CandidateModel.Encoder compare(CandidateModel model, Content content, JudgedList list)
			throws Exception {
		long start = System.nanoTime();
		CandidateModel.Encoder encoder = model.load();
		double loadMs = (System.nanoTime() - start) / 1e6;

		// A few short texts first, so the content's embedding is not the JIT's first run.
		list.queries().subList(40, 45).forEach(encoder::encode);
		encoder.passages(true);
		Map<String, String> texts = MeaningTexts.of(content);
		MeaningVectors vectors = new MeaningVectors(encoder, Long.MAX_VALUE, 0);
		start = System.nanoTime();
		Map<String, float[]> contentVectors = vectors.of(texts);
		double contentMs = (System.nanoTime() - start) / 1e6;
		// Reuses the vectors just made (MeaningVectors keeps them); no answer cache, so
		// every search runs.
		try (SearchIndex index = SearchIndex.build(content, SearchIndex.inMemoryDirectory(), 0, LIMITS, vectors)) {
			encoder.passages(false);
			System.out.printf(Locale.ROOT, "MODEL %s: load %.0f ms; content %d texts (%d distinct) in %.0f ms%n",
					model.label(), loadMs, texts.size(), texts.values().stream().distinct().count(), contentMs);
			for (boolean prefix : encoder.hasQueryPrefix() ? new boolean[] { true, false } : new boolean[] { true }) {
				encoder.queryPrefix(prefix);
				String label = model.label() + ((encoder.hasQueryPrefix() && prefix) ? " [query prefix]" : "");
				for (double meaning : new double[] { 0.0, SearchRequest.DEFAULT_MEANING, 1.0 }) {
					list.score(index, label, meaning);
				}
				list.unanswerable(index, label, SearchRequest.DEFAULT_MEANING);
				list.unanswerable(index, label, 1.0);
				list.cosines(encoder, contentVectors, label);
			}
		}
		encoder.queryPrefix(true);
		return encoder;
	}

	private static String env(String name, String otherwise) {
		String value = System.getenv(name);
		return (value == null || value.isBlank()) ? otherwise : value;
	}

}
