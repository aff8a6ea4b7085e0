package kz.hub.search;

import java.util.List;

import kz.hub.HubHttpTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Queries a person would type, each with the item that must come in the top 3, searched
 * over real HTTP: one run of each row of the English, Russian and Kazakh relevance lists.
 */
@HubHttpTest
class SearchRelevanceTest {

	@Autowired
	HttpGraphQlTester graphQl;

	@ParameterizedTest(name = "\"{0}\" finds {1} in the top 3")
	@CsvFileSource(resources = { "/search/relevance.csv", "/search/relevance-ru.csv", "/search/relevance-kk.csv" })
	void findsTheExpectedItemInTheTopThree(String query, String expectedId) {
		assertThat(topThree(query)).as("top 3 for \"%s\"", query).contains(expectedId);
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

}
