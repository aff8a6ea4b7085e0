package kz.hub.graphql;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import graphql.execution.MergedField;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingEnvironmentImpl;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Whether a query asks for a field below search, read from the query as written. */
class RequestedFieldsTest {

	@Test
	void findsAPathAskedForDirectly() {
		assertThat(RequestedFields.contains(
				fetchingSearch("{ search(query: \"lake\") { edges { highlights { snippet } } } }"), "edges",
				"highlights"))
			.isTrue();
	}

	@Test
	void findsAPathThroughANamedFragment() {
		DataFetchingEnvironment search = fetchingSearch("""
				{ search(query: "lake") { ...Hits } }
				fragment Hits on SearchConnection { totalCount edges { ...Marks } }
				fragment Marks on SearchEdge { highlights { field snippet } }
				""");
		assertThat(RequestedFields.contains(search, "edges", "highlights")).isTrue();
	}

	@Test
	void findsAPathThroughAnInlineFragment() {
		DataFetchingEnvironment search = fetchingSearch(
				"{ search(query: \"lake\") { ... on SearchConnection { edges { ... { highlights { snippet } } } } } }");
		assertThat(RequestedFields.contains(search, "edges", "highlights")).isTrue();
	}

	@Test
	void findsAPathAskedForUnderAliases() {
		DataFetchingEnvironment search = fetchingSearch(
				"{ hits: search(query: \"lake\") { e: edges { marks: highlights { snippet } } f: facets { field } } }");
		assertThat(RequestedFields.contains(search, "edges", "highlights")).isTrue();
		assertThat(RequestedFields.contains(search, "facets")).isTrue();
	}

	@Test
	void findsAPathInAnyFieldOfAMergedField() {
		DataFetchingEnvironment search = fetchingSearch(
				"{ search(query: \"lake\") { totalCount } search(query: \"lake\") { facets { field } } }");
		assertThat(RequestedFields.contains(search, "facets")).isTrue();
	}

	@Test
	void doesNotFindAFieldNotAskedFor() {
		DataFetchingEnvironment search = fetchingSearch("""
				{ search(query: "lake") { totalCount highlights edges { node { ... on Guide { facets } } } ...Page } }
				fragment Page on SearchConnection { pageInfo { endCursor } }
				""");
		assertThat(RequestedFields.contains(search, "edges", "highlights")).as("highlights not under edges").isFalse();
		assertThat(RequestedFields.contains(search, "facets")).as("facets only deeper down").isFalse();
		assertThat(RequestedFields.contains(search, "edges", "cursor")).isFalse();
	}

	@Test
	void doesNotFollowASpreadOfAnUnknownFragment() {
		assertThat(RequestedFields.contains(fetchingSearch("{ search(query: \"lake\") { ...Missing } }"), "facets"))
			.isFalse();
	}

	/**
	 * What the search data fetcher sees for this query: every top-level field of the
	 * operation merged into one, and the document's fragments.
	 */
	private static DataFetchingEnvironment fetchingSearch(String query) {
		Document document = Parser.parse(query);
		OperationDefinition operation = document.getDefinitionsOfType(OperationDefinition.class).getFirst();
		List<Field> fields = operation.getSelectionSet().getSelectionsOfType(Field.class);
		Map<String, FragmentDefinition> fragments = document.getDefinitionsOfType(FragmentDefinition.class)
			.stream()
			.collect(Collectors.toMap(FragmentDefinition::getName, Function.identity()));
		return DataFetchingEnvironmentImpl.newDataFetchingEnvironment()
			.mergedField(MergedField.newMergedField(fields).build())
			.fragmentsByName(fragments)
			.build();
	}

}
