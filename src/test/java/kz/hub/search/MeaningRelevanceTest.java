package kz.hub.search;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import kz.hub.HubHttpTest;
import kz.hub.live.LiveContent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.aggregator.ArgumentsAccessor;
import org.junit.jupiter.params.provider.CsvFileSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Searches as people mean them, over real HTTP: paraphrases and questions each with the
 * item that must come in the top 3, questions the content cannot answer that must find
 * nothing, and success@3 and MRR per language held at the figures reached, English by its
 * words alone and fused with its meaning.
 */
@HubHttpTest(properties = "hub.search.meaning.enabled=true")
class MeaningRelevanceTest {

	/** How deep a ranking is read for the reciprocal rank. */
	private static final int DEPTH = 10;

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	LiveContent live;

	/** The content is embedded in the background after start-up. */
	@BeforeEach
	void searchesByMeaning() {
		await().atMost(Duration.ofMinutes(2)).until(() -> live.meaning().equals("ready"));
	}

	/**
	 * A row with a third column is a known miss, measured in the figures but not required
	 * here: the column says why it misses.
	 */
	@ParameterizedTest(name = "\"{0}\" finds {1} in the top 3")
	@CsvFileSource(resources = { "/search/meaning/found.en.csv", "/search/meaning/found.ru.csv",
			"/search/meaning/found.kk.csv" })
	void findsTheMeantItemInTheTopThree(ArgumentsAccessor row) {
		assumeTrue(row.size() < 3, () -> row.getString(2));
		assertThat(ids(row.getString(0), 3)).as("top 3 for \"%s\"", row.getString(0)).contains(row.getString(1));
	}

	@ParameterizedTest(name = "\"{0}\" finds nothing")
	@CsvFileSource(resources = "/search/meaning/unanswered.csv")
	void findsNothingForWhatTheContentDoesNotAnswer(String query) {
		assertThat(ids(query, DEPTH)).as("hits for \"%s\"", query).isEmpty();
		assertThat(ids(query, DEPTH, 1.0)).as("hits by meaning alone for \"%s\"", query).isEmpty();
	}

	@Test
	void aHitFoundByMeaningAloneShowsThePassageThatCameNearest() {
		// By meaning alone the resort's nearest text is one whose words the query does
		// not
		// mark: the hit shows its opening instead of nothing.
		String edge = "search.edges[0]";
		GraphQlTester.Response response = graphQl
			.document("{ search(query: \"soyuz\", meaning: 1) { edges { node { ... on Node { id } }"
					+ " highlights { snippet } } } }")
			.execute();
		response.path(edge + ".node.id").entity(String.class).isEqualTo("baikonur-cosmodrome");
		List<String> snippets = response.path(edge + ".highlights[*].snippet").entityList(String.class).get();
		assertThat(snippets).singleElement()
			.satisfies(snippet -> assertThat(snippet).doesNotContain("<mark>").hasSizeGreaterThan(20));
	}

	@Test
	void holdsSuccessAtThreeAndMeanReciprocalRankPerLanguage() throws IOException {
		// All three are measured before any is checked, so a run prints every figure.
		Figures englishByWords = figures("found.en", 0.0);
		Figures english = figures("found.en", null);
		Figures russian = figures("found.ru", null);
		Figures kazakh = figures("found.kk", null);
		assertThat(englishByWords).isEqualTo(new Figures(50, 48, 0.86));
		// The words' ranking was tuned on this list; meaning at the default weight keeps
		// what it finds in the top 3 and moves a few answers down a place.
		assertThat(english).isEqualTo(new Figures(50, 48, 0.85));
		assertThat(russian).isEqualTo(new Figures(36, 33, 0.8));
		assertThat(kazakh).isEqualTo(new Figures(34, 34, 0.86));
	}

	/**
	 * Lists written after the words' ranking was tuned, by someone who read the content
	 * but none of its synonyms, concepts or judged lists. In English meaning finds three
	 * more in the top 3; Russian and Kazakh search by their words. Of the ten questions
	 * per language the content cannot answer, the words find something for two English,
	 * six Russian and four Kazakh ones (five, six and six before questions mostly of
	 * words the content does not hold found nothing); English fused for three, by meaning
	 * alone for one.
	 */
	@Test
	void holdsTheFiguresOfTheHeldOutLists() throws IOException {
		Figures englishByWords = figures("heldout.en", 0.0);
		Figures english = figures("heldout.en", null);
		Figures russian = figures("heldout.ru", null);
		Figures kazakh = figures("heldout.kk", null);
		List<Long> englishUnanswerable = List.of(foundFor("en", 0.0), foundFor("en", null), foundFor("en", 1.0));
		List<Long> cyrillicUnanswerable = List.of(foundFor("ru", null), foundFor("kk", null));
		System.out.printf("held out, unanswerable that find something: en words, fused, meaning alone %s; ru, kk %s%n",
				englishUnanswerable, cyrillicUnanswerable);
		assertThat(englishByWords).isEqualTo(new Figures(39, 30, 0.7));
		assertThat(english).isEqualTo(new Figures(39, 33, 0.73));
		assertThat(russian).isEqualTo(new Figures(20, 13, 0.67));
		assertThat(kazakh).isEqualTo(new Figures(20, 16, 0.73));
		assertThat(englishUnanswerable).containsExactly(2L, 3L, 1L);
		assertThat(cyrillicUnanswerable).containsExactly(6L, 4L);
	}

	/**
	 * How many of a language's held-out questions the content cannot answer find
	 * something.
	 */
	private long foundFor(String language, Double meaning) throws IOException {
		return JudgedRows.read("/search/meaning/heldout-unanswered." + language + ".csv")
			.stream()
			.filter(row -> !ids(row[0], DEPTH, meaning).isEmpty())
			.count();
	}

	/**
	 * A judged list as searched: how many queries, how many found their item in the top
	 * 3, and the mean reciprocal rank to two decimals.
	 */
	private Figures figures(String list, Double meaning) throws IOException {
		List<String[]> rows = JudgedRows.read("/search/meaning/" + list + ".csv");
		int inTopThree = 0;
		double reciprocalRanks = 0;
		for (String[] row : rows) {
			List<String> ids = ids(row[0], DEPTH, meaning);
			int rank = ids.indexOf(row[1]) + 1;
			if (rank == 0 || rank > 3) {
				System.out.printf("%s: \"%s\" finds %s at %d in %s%n", list, row[0], row[1], rank, ids);
			}
			inTopThree += (rank > 0 && rank <= 3) ? 1 : 0;
			reciprocalRanks += (rank > 0) ? 1.0 / rank : 0;
		}
		Figures figures = new Figures(rows.size(), inTopThree, Math.round(100 * reciprocalRanks / rows.size()) / 100.0);
		System.out.printf("%s, meaning %s: success@3 %d/%d (%.2f), MRR %.2f%n", list,
				(meaning == null) ? "default" : meaning, inTopThree, rows.size(), (double) inTopThree / rows.size(),
				figures.meanReciprocalRank());
		return figures;
	}

	/** The ids found with the share of meaning given, null for the default. */
	private List<String> ids(String query, int first, Double meaning) {
		if (meaning == null) {
			return ids(query, first);
		}
		return graphQl.document("query($query: String!, $first: Int, $meaning: Float) {"
				+ " search(query: $query, first: $first, meaning: $meaning) { edges { node { ... on Node { id } } } } }")
			.variable("query", query)
			.variable("first", first)
			.variable("meaning", meaning)
			.execute()
			.path("search.edges[*].node.id")
			.entityList(String.class)
			.get();
	}

	private List<String> ids(String query, int first) {
		return graphQl.documentName("operations")
			.operationName("Search")
			.variable("query", query)
			.variable("first", first)
			.execute()
			.path("search.edges[*].node.id")
			.entityList(String.class)
			.get();
	}

	private record Figures(int queries, int inTopThree, double meanReciprocalRank) {
	}

}
