package kz.hub.graphql;

import kz.hub.HubHttpTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * Both connections of the API, destinations and search, page by the same rule: the first
 * page has no previous page, a page after a cursor has one.
 */
@HubHttpTest
class ConnectionPagingTest {

	@Autowired
	HttpGraphQlTester graphQl;

	private GraphQlTester.Response page(String connection, String after) {
		String arguments = connection.equals("search") ? "query: \"kazakhstan\", first: 2" : "first: 2";
		return graphQl
			.document("query($after: String) { page: " + connection + "(" + arguments
					+ ", after: $after) { pageInfo { hasNextPage hasPreviousPage endCursor } } }")
			.variable("after", after)
			.execute();
	}

	@ParameterizedTest
	@ValueSource(strings = { "destinations", "search" })
	void onlyAPageAfterACursorHasAPreviousPage(String connection) {
		GraphQlTester.Response first = page(connection, null);
		first.path("page.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(false);
		first.path("page.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
		String after = first.path("page.pageInfo.endCursor").entity(String.class).get();
		page(connection, after).path("page.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(true);
	}

}
