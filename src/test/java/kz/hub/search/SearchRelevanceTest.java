package kz.hub.search;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import kz.hub.HubClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Queries a person would type, each with the item that must come in the top 3, searched
 * over real HTTP.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SearchRelevanceTest {

	private static final String RELEVANCE_LIST = "/search/relevance.csv";

	@LocalServerPort
	int port;

	HttpGraphQlTester graphQl;

	@BeforeEach
	void connect() {
		graphQl = HubClient.connect(port);
	}

	@ParameterizedTest(name = "\"{0}\" finds {1} in the top 3")
	@CsvFileSource(resources = RELEVANCE_LIST)
	void findsTheExpectedItemInTheTopThree(String query, String expectedId) {
		assertThat(topThree(query)).as("top 3 for \"%s\"", query).contains(expectedId);
	}

	@Test
	void theWholeRelevanceListHolds() throws IOException {
		List<String> misses = new ArrayList<>();
		List<String[]> cases = relevanceList();
		for (String[] row : cases) {
			List<String> top = topThree(row[0]);
			if (!top.contains(row[1])) {
				misses.add("\"" + row[0] + "\" -> " + top + ", expected " + row[1]);
			}
		}
		assertThat(cases).hasSizeGreaterThanOrEqualTo(25);
		assertThat(misses).as("queries whose expected item is not in the top 3").isEmpty();
	}

	private List<String> topThree(String query) {
		return graphQl.documentName("operations")
			.operationName("Search")
			.variable("query", query)
			.variable("first", 3)
			.execute()
			.path("search.edges[*].node.id")
			.entityList(String.class)
			.get();
	}

	private static List<String[]> relevanceList() throws IOException {
		try (InputStream in = SearchRelevanceTest.class.getResourceAsStream(RELEVANCE_LIST)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.filter(line -> !line.isBlank() && !line.startsWith("#"))
				.map(line -> line.split(",\\s*", 2))
				.toList();
		}
	}

}
