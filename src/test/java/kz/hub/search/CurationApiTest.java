package kz.hub.search;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import kz.hub.HubHttpTest;
import kz.hub.content.ContentFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The editors' rules of curation.yaml as a client sees them over real HTTP: pinned items
 * first and marked, hidden ones gone from hits and facets, filters and paging intact, and
 * edits served without a restart.
 */
@HubHttpTest
class CurationApiTest {

	private static final Duration PICKED_UP = Duration.ofSeconds(10);

	/** A rule whose pins do not all match its text, and whose hidden place does. */
	private static final String RULES = """
			- query: residence permit
			  pin: [temporary-residence-permit, permanent-residence-permit]
			- query: visitors mountains canyon
			  pin: [residence-permit-guide, astana]
			  hide: [charyn-canyon]
			""";

	private static final String SEARCH = """
			query Curated($query: String!, $filter: SearchFilter, $first: Int, $after: String) {
			  search(query: $query, filter: $filter, first: $first, after: $after) {
			    totalCount
			    edges { pinned score node { __typename ... on Node { id } } }
			    facets { field values { value count } }
			    pageInfo { hasNextPage endCursor }
			  }
			}""";

	@RegisterExtension
	static final ContentFolder folder = ContentFolder.served();

	@DynamicPropertySource
	static void watchedContent(DynamicPropertyRegistry registry) {
		folder.write("curation.yaml", RULES);
		folder.serveTo(registry);
	}

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	WebTestClient client;

	private GraphQlTester.Request<?> search(String query) {
		return graphQl.document(SEARCH).variable("query", query).variable("first", 30);
	}

	@Test
	void pinnedItemsComeFirstInTheirOrderAndSaySo() {
		GraphQlTester.Response response = search("Residence permits").execute();
		List<String> ids = response.path("search.edges[*].node.id").entityList(String.class).get();
		List<Boolean> pinned = response.path("search.edges[*].pinned").entityList(Boolean.class).get();
		assertThat(ids).startsWith("temporary-residence-permit", "permanent-residence-permit").doesNotHaveDuplicates();
		assertThat(pinned).hasSameSizeAs(ids).hasSizeGreaterThan(2).startsWith(true, true);
		assertThat(pinned.subList(2, pinned.size())).containsOnly(false);
	}

	@Test
	void pinsThatDoNotMatchTheTextStillLeadAndHiddenOnesAreGoneFromHitsAndFacets() {
		// The same words as the rule's query once folded and stemmed.
		GraphQlTester.Response response = search("Visitor's mountain canyons").execute();
		List<String> ids = response.path("search.edges[*].node.id").entityList(String.class).get();
		assertThat(ids).startsWith("residence-permit-guide", "astana")
			.doesNotContain("charyn-canyon")
			.doesNotHaveDuplicates();
		response.path("search.edges[0].score").entity(Double.class).isEqualTo(0.0);
		response.path("search.totalCount").entity(Integer.class).isEqualTo(ids.size());
		assertThat(Facets.values(response, "kind")).isNotEmpty().doesNotContain("CANYON");
		assertThat(Facets.total(response, "type")).isEqualTo(ids.size());
	}

	@Test
	void otherWordsMatchNoRule() {
		GraphQlTester.Response response = search("mountains canyon").execute();
		response.path("search.edges[*].node.id").entityList(String.class).contains("charyn-canyon");
		response.path("search.edges[*].pinned")
			.entityList(Boolean.class)
			.satisfies(pinned -> assertThat(pinned).containsOnly(false));
	}

	@Test
	void pinsTheFilterLeavesOutAreNotShown() {
		GraphQlTester.Response response = search("visitors mountains canyon")
			.variable("filter", Map.of("types", List.of("DESTINATION")))
			.execute();
		List<String> ids = response.path("search.edges[*].node.id").entityList(String.class).get();
		assertThat(ids).startsWith("astana").doesNotContain("residence-permit-guide", "charyn-canyon");
		response.path("search.edges[*].pinned")
			.entityList(Boolean.class)
			.satisfies(pinned -> assertThat(pinned).startsWith(true).containsOnlyOnce(true));
		response.path("search.totalCount").entity(Integer.class).isEqualTo(ids.size());
	}

	@Test
	void pagesOfOneVisitEveryHitOncePinsFirst() {
		List<String> visited = new ArrayList<>();
		List<Boolean> pinned = new ArrayList<>();
		String after = null;
		int total;
		do {
			GraphQlTester.Response page = search("visitors mountains canyon").variable("first", 1)
				.variable("after", after)
				.execute();
			total = page.path("search.totalCount").entity(Integer.class).get();
			visited.addAll(page.path("search.edges[*].node.id").entityList(String.class).get());
			pinned.addAll(page.path("search.edges[*].pinned").entityList(Boolean.class).get());
			boolean hasNext = page.path("search.pageInfo.hasNextPage").entity(Boolean.class).get();
			after = hasNext ? page.path("search.pageInfo.endCursor").entity(String.class).get() : null;
		}
		while (after != null && visited.size() <= total);
		assertThat(total).isGreaterThan(3);
		assertThat(visited).hasSize(total).doesNotHaveDuplicates().startsWith("residence-permit-guide", "astana");
		assertThat(pinned.subList(0, 2)).containsOnly(true);
		assertThat(pinned.subList(2, pinned.size())).containsOnly(false);
	}

	@Test
	void editedRulesAreServedWithoutARestartAndABadOneSaysWhere() {
		folder.write("curation.yaml", RULES + "- query: lakes\n  pin: [astana]\n");
		await().atMost(PICKED_UP)
			.untilAsserted(() -> search("lake").execute()
				.path("search.edges[0].node.id")
				.entity(String.class)
				.isEqualTo("astana"));

		folder.write("curation.yaml", RULES + "- query: lakes\n  pin: [astan]\n");
		await().atMost(PICKED_UP)
			.untilAsserted(() -> client.get()
				.uri("/actuator/health")
				.exchange()
				.expectBody()
				.jsonPath("$.components.content.details.lastError.message")
				.value(String.class, message -> assertThat(message)
					.startsWith("curation.yaml, line 6, field 'pin': unknown item id 'astan'")));
		search("lake").execute().path("search.edges[0].node.id").entity(String.class).isEqualTo("astana");
	}

}
