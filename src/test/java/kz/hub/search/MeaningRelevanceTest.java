package kz.hub.search;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import kz.hub.HubHttpTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.aggregator.ArgumentsAccessor;
import org.junit.jupiter.params.provider.CsvFileSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Searches as people mean them, over real HTTP: paraphrases and questions each with the
 * item that must come in the top 3, questions the content cannot answer that must find
 * nothing, and success@3 and MRR per language held at the figures reached.
 */
@HubHttpTest
class MeaningRelevanceTest {

	/** How deep a ranking is read for the reciprocal rank. */
	private static final int DEPTH = 10;

	@Autowired
	HttpGraphQlTester graphQl;

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
	}

	@Test
	void holdsSuccessAtThreeAndMeanReciprocalRankPerLanguage() throws IOException {
		// All three are measured before any is checked, so a run prints every figure.
		Figures english = figures("en");
		Figures russian = figures("ru");
		Figures kazakh = figures("kk");
		assertThat(english).isEqualTo(new Figures(27, 26, 0.89));
		assertThat(russian).isEqualTo(new Figures(20, 19, 0.81));
		assertThat(kazakh).isEqualTo(new Figures(19, 19, 0.85));
	}

	/**
	 * A language's list as searched: how many queries, how many found their item in the
	 * top 3, and the mean reciprocal rank to two decimals.
	 */
	private Figures figures(String language) throws IOException {
		List<String[]> rows = rows("/search/meaning/found." + language + ".csv");
		int inTopThree = 0;
		double reciprocalRanks = 0;
		for (String[] row : rows) {
			List<String> ids = ids(row[0], DEPTH);
			int rank = ids.indexOf(row[1]) + 1;
			if (rank == 0 || rank > 3) {
				System.out.printf("%s: \"%s\" finds %s at %d in %s%n", language, row[0], row[1], rank, ids);
			}
			inTopThree += (rank > 0 && rank <= 3) ? 1 : 0;
			reciprocalRanks += (rank > 0) ? 1.0 / rank : 0;
		}
		Figures figures = new Figures(rows.size(), inTopThree, Math.round(100 * reciprocalRanks / rows.size()) / 100.0);
		System.out.printf("%s: success@3 %d/%d (%.2f), MRR %.2f%n", language, inTopThree, rows.size(),
				(double) inTopThree / rows.size(), figures.meanReciprocalRank());
		return figures;
	}

	private static List<String[]> rows(String resource) throws IOException {
		try (InputStream in = MeaningRelevanceTest.class.getResourceAsStream(resource)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.filter(line -> !line.isBlank() && !line.startsWith("#"))
				.map(line -> line.split(",\\s*", 3))
				.toList();
		}
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
