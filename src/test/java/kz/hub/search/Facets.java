package kz.hub.search;

import java.util.List;

import org.springframework.graphql.test.tester.GraphQlTester;

/** Reads the facets of a search answer: a facet's values, and how many hits it counts. */
final class Facets {

	private Facets() {
	}

	static List<String> values(GraphQlTester.Response response, String field) {
		return response.path("search.facets[?(@.field == '" + field + "')].values[*].value")
			.entityList(String.class)
			.get();
	}

	static List<Integer> counts(GraphQlTester.Response response, String field) {
		return response.path("search.facets[?(@.field == '" + field + "')].values[*].count")
			.entityList(Integer.class)
			.get();
	}

	/** The hits a facet counts in all: every hit once for a facet every hit has. */
	static int total(GraphQlTester.Response response, String field) {
		return counts(response, field).stream().mapToInt(Integer::intValue).sum();
	}

}
