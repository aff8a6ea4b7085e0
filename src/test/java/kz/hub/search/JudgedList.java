package kz.hub.search;

import java.io.IOException;
import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import kz.hub.search.meaning.TextEncoder;

/**
 * The judged English list of {@link MeaningRelevanceTest} scored against one model's
 * index: found.en.csv (query, expected hit id) and the English lines of unanswered.csv,
 * questions the content cannot answer and which should find nothing.
 */
final class JudgedList {

	/** The hits the GraphQL {@code Search} operation asks for. */
	private static final int DEPTH = 10;

	private final List<String[]> found;

	private final List<String> unanswered;

	private JudgedList(List<String[]> found, List<String> unanswered) {
		this.found = found;
		this.unanswered = unanswered;
	}

	static JudgedList load() throws IOException {
		return new JudgedList(JudgedRows.read("/search/meaning/found.en.csv"),
				JudgedRows.read("/search/meaning/unanswered.csv")
					.stream()
					.map(row -> row[0])
					.filter(JudgedList::english)
					.toList());
	}

	/** The answerable queries, in the list's order. */
	List<String> queries() {
		return this.found.stream().map(row -> row[0]).toList();
	}

	/**
	 * Prints success@3 and MRR as MeaningRelevanceTest does, the misses, and each query's
	 * rank (0 for not in the first ten), so two runs can be compared query by query.
	 */
	void score(SearchIndex index, String label, double meaning) {
		int inTopThree = 0;
		double reciprocalRanks = 0;
		List<String> misses = new ArrayList<>();
		StringBuilder ranks = new StringBuilder();
		for (String[] row : this.found) {
			int rank = ids(index, row[0], meaning).indexOf(row[1]) + 1;
			ranks.append(' ').append(rank);
			if (rank == 0 || rank > 3) {
				misses.add("\"" + row[0] + "\" " + row[1] + "@" + rank);
			}
			inTopThree += (rank > 0 && rank <= 3) ? 1 : 0;
			reciprocalRanks += (rank > 0) ? 1.0 / rank : 0;
		}
		System.out.printf(Locale.ROOT, "%s, meaning %.1f: success@3 %d/%d, MRR %.4f; misses %s%n", label, meaning,
				inTopThree, this.found.size(), reciprocalRanks / this.found.size(), misses);
		System.out.printf(Locale.ROOT, "RANKS %s, meaning %.1f:%s%n", label, meaning, ranks);
	}

	/** Prints how many unanswerable queries find anything: each should find nothing. */
	void unanswerable(SearchIndex index, String label, double meaning) {
		List<String> answered = this.unanswered.stream()
			.filter(query -> !ids(index, query, meaning).isEmpty())
			.toList();
		System.out.printf(Locale.ROOT, "%s, meaning %.1f: unanswerable English finding something %d/%d %s%n", label,
				meaning, answered.size(), this.unanswered.size(), answered);
	}

	/**
	 * Prints where a least cosine could part the answerable queries from the
	 * unanswerable, from the highest cosine of each query to any content text: the hub's
	 * MIN_COSINE is tuned for MiniLM, and another model's cosines lie elsewhere, so this
	 * is how the models compare without changing it. AUC is the chance that an answerable
	 * query's best cosine beats an unanswerable one's.
	 */
	void cosines(TextEncoder encoder, Map<String, float[]> content, String label) {
		double[] foundBest = this.found.stream()
			.mapToDouble(row -> best(encoder.encode(row[0]), content))
			.sorted()
			.toArray();
		double[] expected = this.found.stream()
			.filter(row -> content.containsKey(row[1]))
			.mapToDouble(row -> cosine(encoder.encode(row[0]), content.get(row[1])))
			.sorted()
			.toArray();
		double[] noneBest = this.unanswered.stream()
			.mapToDouble(query -> best(encoder.encode(query), content))
			.sorted()
			.toArray();
		double highestNone = noneBest[noneBest.length - 1];
		double pairs = 0;
		for (double answerable : foundBest) {
			for (double none : noneBest) {
				pairs += (answerable > none) ? 1 : (answerable == none) ? 0.5 : 0;
			}
		}
		System.out.printf(Locale.ROOT,
				"COSINES %s: answerable best min %.3f median %.3f; expected item's own text min %.3f median %.3f (%d);"
						+ " unanswerable best median %.3f max %.3f; AUC %.2f; answerable above that max %d/%d%n",
				label, foundBest[0], median(foundBest), expected[0], median(expected), expected.length,
				median(noneBest), highestNone, pairs / (foundBest.length * noneBest.length),
				Arrays.stream(foundBest).filter(cos -> cos > highestNone).count(), foundBest.length);
	}

	private static double median(double[] sorted) {
		return sorted[sorted.length / 2];
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

	/** The request the GraphQL {@code Search} operation makes, at the given meaning. */
	private static List<String> ids(SearchIndex index, String query, double meaning) {
		SearchRequest request = new SearchRequest(query, SearchFilter.NONE, null, SearchSort.RELEVANCE, DEPTH, null,
				false, false, null, meaning, false, false);
		return index.search(request).hits().stream().map(SearchResults.Hit::id).toList();
	}

	private static boolean english(String text) {
		return text.codePoints().noneMatch(c -> UnicodeScript.of(c) == UnicodeScript.CYRILLIC);
	}

}
