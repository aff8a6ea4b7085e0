package kz.hub.graphql;

import java.util.List;

import graphql.Scalars;
import graphql.language.IntValue;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingEnvironmentImpl;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLFieldDefinition;
import kz.hub.config.LimitsProperties;
import kz.hub.search.InvalidQueryException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Page sizes, cursors and page information of the API's connections, without Spring. */
class PagingTest {

	private final Paging paging = new Paging(
			new LimitsProperties(12, 300, 5000, 4000, 65536, 4194304, 100, 500, 32, 20, 32, 256, 1000));

	/** A connection field whose schema gives first a default of 10. */
	private static final DataFetchingEnvironment FIELD = DataFetchingEnvironmentImpl.newDataFetchingEnvironment()
		.fieldDefinition(GraphQLFieldDefinition.newFieldDefinition()
			.name("destinations")
			.type(Scalars.GraphQLString)
			.argument(GraphQLArgument.newArgument()
				.name("first")
				.type(Scalars.GraphQLInt)
				.defaultValueLiteral(IntValue.of(10)))
			.build())
		.build();

	@Test
	void anExplicitNullFirstMeansTheSchemasDefault() {
		assertThat(paging.pageSize(null, FIELD)).isEqualTo(10);
		assertThat(paging.pageSize(3, FIELD)).isEqualTo(3);
	}

	@Test
	void firstOverTheLimitIsRefusedNamingTheLimit() {
		assertThat(paging.pageSize(100, FIELD)).isEqualTo(100);
		assertThatThrownBy(() -> paging.pageSize(101, FIELD)).isInstanceOf(InvalidQueryException.class)
			.hasMessage("first must be between 0 and 100, but was 101");
		assertThatThrownBy(() -> paging.pageSize(-1, FIELD)).isInstanceOf(InvalidQueryException.class);
	}

	@Test
	void aCursorLeadsBackToItsPosition() {
		assertThat(Paging.position(Paging.cursor("rank:3"))).isEqualTo("rank:3");
		assertThat(Paging.position(null)).isNull();
	}

	@Test
	void aCursorThisApiDidNotGiveOutIsRefused() {
		assertThatThrownBy(() -> Paging.position("not base64!")).isInstanceOf(InvalidQueryException.class)
			.hasMessageContaining("after is not a cursor this API gave out");
	}

	@Test
	void onlyAPageAfterACursorHasAPreviousPage() {
		PageInfo first = PageInfo.of(List.of("a", "b"), true, null);
		assertThat(first).isEqualTo(new PageInfo(true, false, "a", "b"));
		assertThat(PageInfo.of(List.of("c"), false, "b")).isEqualTo(new PageInfo(false, true, "c", "c"));
		assertThat(PageInfo.of(List.of(), false, "z")).isEqualTo(new PageInfo(false, true, null, null));
	}

}
