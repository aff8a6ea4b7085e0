package kz.hub.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import kz.hub.HubHttpTest;
import kz.hub.ShippedContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Search people can steer, over real HTTP: filters with disjunctive facets, one hit per
 * place, and sorts; and the same filter fields on destinations.
 */
@HubHttpTest
class SearchFiltersApiTest {

	private static final Map<String, Object> AROUND_ALMATY = Map.of("latitude", 43.2389, "longitude", 76.8897,
			"radiusKm", 400.0);

	/** Matches places of many kinds, a few sections about them, and one about none. */
	private static final String PLACES = "visitors mountains canyon";

	@Autowired
	HttpGraphQlTester graphQl;

	private GraphQlTester.Request<?> search(String query) {
		return graphQl.documentName("operations").operationName("SearchFiltered").variable("query", query);
	}

	private GraphQlTester.Request<?> destinations(Map<String, Object> filter) {
		return graphQl.documentName("operations")
			.operationName("DestinationsFiltered")
			.variable("filter", filter)
			.variable("first", 20);
	}

	@Test
	void valuesOfOneFieldAreAlternativesAndFieldsCombine() {
		search(PLACES)
			.variable("filter", Map.of("kind", List.of("LAKE", "CANYON", "CITY"), "activity", List.of("Hiking")))
			.execute()
			.path("search.edges[*].node.id")
			.entityList(String.class)
			.satisfies(ids -> assertThat(ids).containsExactlyInAnyOrder("big-almaty-lake", "charyn-canyon"));
	}

	@Test
	void kindFacetStillCountsTheOtherKindsWhileLakeIsSelected() {
		GraphQlTester.Response response = search(PLACES).variable("filter", Map.of("kind", List.of("LAKE"))).execute();
		response.path("search.edges[*].node.id").entityList(String.class).containsExactly("big-almaty-lake");
		assertThat(Facets.values(response, "kind")).contains("LAKE", "CANYON", "CITY");
		assertThat(Facets.values(response, "region")).containsExactly("Almaty Region");
		assertThat(Facets.counts(response, "type")).containsExactly(1);
	}

	@Test
	void regionFilterKeepsThePlacesOfTheRegion() {
		search(PLACES).variable("filter", Map.of("region", List.of("almaty region")))
			.execute()
			.path("search.edges[*].node.id")
			.entityList(String.class)
			.satisfies(
					ids -> assertThat(ids).isNotEmpty().isSubsetOf("charyn-canyon", "kolsai-lakes", "big-almaty-lake"));
	}

	@Test
	void sectionsAboutAPlaceComeOnItsEdgeWithTheirHighlights() {
		GraphQlTester.Response response = search("breathtaking").execute();
		response.path("search.edges[*].node.id").entityList(String.class).contains("big-almaty-lake");
		response.path("search.edges[*].node.id")
			.entityList(String.class)
			.satisfies(ids -> assertThat(ids).noneMatch(id -> id.startsWith("top-places-to-visit#")));
		response.path("search.edges[?(@.node.id == 'big-almaty-lake')].sections[*].id")
			.entityList(String.class)
			.containsExactly("top-places-to-visit#big-almaty-lake");
		response.path("search.edges[?(@.node.id == 'big-almaty-lake')].highlights[*].section.id")
			.entityList(String.class)
			.contains("top-places-to-visit#big-almaty-lake");
	}

	@Test
	void sectionAboutNoSingleItemStaysAHitOfItsOwn() {
		GraphQlTester.Response response = search("application process").execute();
		response.path("search.edges[*].node.id")
			.entityList(String.class)
			.contains("residence-permit-guide#application-process");
	}

	@Test
	void totalCountAndTypeFacetCountHitsAfterGrouping() {
		GraphQlTester.Response response = search(PLACES).variable("first", 30).execute();
		int total = response.path("search.totalCount").entity(Integer.class).get();
		List<String> ids = response.path("search.edges[*].node.id").entityList(String.class).get();
		assertThat(ids).hasSize(total).doesNotHaveDuplicates().doesNotContain("top-places-to-visit#almaty");
		assertThat(Facets.total(response, "type")).isEqualTo(total);
	}

	@Test
	void distanceSortPutsTheNearestFirst() {
		GraphQlTester.Response response = search(PLACES).variable("near", AROUND_ALMATY)
			.variable("sort", "DISTANCE")
			.execute();
		List<Double> distances = response.path("search.edges[*].distanceKm").entityList(Double.class).get();
		assertThat(distances).hasSizeGreaterThan(2).isSorted();
	}

	@Test
	void rankSortPutsDestinationsByRankFirst() {
		search("kazakhstan").variable("sort", "RANK")
			.variable("first", 3)
			.execute()
			.path("search.edges[*].node.id")
			.entityList(String.class)
			.containsExactly("almaty", "astana", "baikonur-cosmodrome");
	}

	@ParameterizedTest
	@ValueSource(strings = { "RELEVANCE", "DISTANCE", "RANK" })
	void pagesOfTwoVisitEveryHitOnceInEverySort(String sort) {
		List<String> visited = new ArrayList<>();
		String after = null;
		int total;
		do {
			GraphQlTester.Response page = search(PLACES).variable("sort", sort)
				.variable("near", sort.equals("DISTANCE") ? AROUND_ALMATY : null)
				.variable("first", 2)
				.variable("after", after)
				.execute();
			total = page.path("search.totalCount").entity(Integer.class).get();
			visited.addAll(page.path("search.edges[*].node.id").entityList(String.class).get());
			boolean hasNext = page.path("search.pageInfo.hasNextPage").entity(Boolean.class).get();
			after = hasNext ? page.path("search.pageInfo.endCursor").entity(String.class).get() : null;
		}
		while (after != null && visited.size() <= total);
		assertThat(total).isGreaterThan(2);
		assertThat(visited).hasSize(total).doesNotHaveDuplicates();
	}

	@Test
	void distanceSortWithoutNearIsABadRequest() {
		assertBadRequest(search("lake").variable("sort", "DISTANCE").execute(), "sort DISTANCE needs near");
	}

	@Test
	void unknownActivityIsABadRequestNamingIt() {
		assertBadRequest(search("lake").variable("filter", Map.of("activity", List.of("surfing"))).execute(),
				"filter.activity 'surfing' is no destination's activity");
	}

	@Test
	void typesGivenTwiceIsABadRequest() {
		assertBadRequest(graphQl.document("""
				{ search(query: "lake", types: [SECTION], filter: { types: [DESTINATION] }) { totalCount } }""")
			.execute(), "types is given twice");
	}

	@Test
	void filterTypesKeepOnlyTheAskedTypes() {
		search("insurance").variable("filter", Map.of("types", List.of("REQUIREMENT")))
			.execute()
			.path("search.edges[*].node.__typename")
			.entityList(String.class)
			.satisfies(types -> assertThat(types).isNotEmpty().containsOnly("Requirement"));
	}

	@Test
	void destinationsTakeTheSameFieldsAsLists() {
		destinations(Map.of("kinds", List.of("LAKE", "CANYON"), "activities", List.of("hiking"))).execute()
			.path("destinations.edges[*].node.id")
			.entityList(String.class)
			.containsExactly("charyn-canyon", "big-almaty-lake");
		destinations(Map.of("regions", List.of("Almaty Region"))).execute()
			.path("destinations.totalCount")
			.entity(Integer.class)
			.isEqualTo((int) ShippedContent.items("destinations.yaml")
				.stream()
				.filter(item -> "Almaty Region".equals(item.get("region")))
				.count());
	}

	@Test
	void destinationsWithAnUnknownRegionIsABadRequest() {
		assertBadRequest(destinations(Map.of("regions", List.of("Atlantis"))).execute(),
				"filter.region 'atlantis' is no destination's region");
	}

	@Test
	void destinationsWithKindAndKindsIsABadRequest() {
		assertBadRequest(destinations(Map.of("kind", "LAKE", "kinds", List.of("CANYON"))).execute(),
				"filter.kind and its list form are both given");
	}

	private static void assertBadRequest(GraphQlTester.Response response, String reason) {
		response.errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
			assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
			assertThat(error.getMessage()).contains(reason);
		}));
	}

}
