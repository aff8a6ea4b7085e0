package kz.hub.protection;

import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import kz.hub.GraphQlPost;
import kz.hub.HubHttpTest;
import kz.hub.ShippedContent;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;

/**
 * What an operation can return is bounded before it runs: lists under lists multiply, and
 * every operation of a document is checked on its own.
 */
@HubHttpTest
class OperationCostTest {

	@Autowired
	WebTestClient client;

	/**
	 * Five levels of nearby, two aliases each: inside depth and field limits, 74 MB once.
	 */
	static String nearbyFanOut(int levels) {
		String inner = "id";
		for (int level = 0; level < levels; level++) {
			String list = "nearby(radiusKm: 20000) { distanceKm destination { " + inner + " } }";
			inner = "id n0: " + list + " n1: " + list;
		}
		return "{ destination(id: \"almaty\") { " + inner + " } }";
	}

	private WebTestClient.ResponseSpec post(Map<String, Object> body) {
		return GraphQlPost.of(client, body).exchange();
	}

	@Test
	void listsUnderListsAreRefusedBeforeRunningWithTheirCostAndTheLimit() {
		post(Map.of("query", nearbyFanOut(5))).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.data")
			.doesNotExist()
			.jsonPath("$.errors[0].extensions.classification")
			.isEqualTo("BAD_REQUEST")
			.jsonPath("$.errors[0].message")
			.value(matchesPattern("the query could return \\d+ objects .*; the limit is 5000\\. .*"));
	}

	@Test
	void aPageCountsAsManyItemsAsItsFirst() {
		String query = "{ destinations(first: 100) { edges { node { nearby(radiusKm: 20000) { destination { "
				+ "nearby(radiusKm: 20000) { destination { id } } } } } } } }";
		post(Map.of("query", query)).expectBody()
			.jsonPath("$.errors[0].message")
			.value(containsString("the limit is 5000"));
		post(Map.of("query", query.replace("first: 100", "first: 2"))).expectBody()
			.jsonPath("$.errors")
			.doesNotExist()
			.jsonPath("$.data.destinations.edges.length()")
			.isEqualTo(2);
	}

	@Test
	void everyOperationOfADocumentIsCheckedWhateverRanBefore() {
		String deep = "query D { permits { requirements { permits { requirements { permits { requirements { permits { "
				+ "requirements { permits { requirements { permits { requirements { permits { id } } } } } } } } } } } } } }";
		String document = "query S { permits { id } } " + deep;
		for (String operation : new String[] { "D", "S", "D", "S", "D" }) {
			WebTestClient.BodyContentSpec answer = post(Map.of("query", document, "operationName", operation))
				.expectBody();
			if (operation.equals("S")) {
				answer.jsonPath("$.errors")
					.doesNotExist()
					.jsonPath("$.data.permits.length()")
					.isEqualTo(ShippedContent.ids("permits.yaml").size());
			}
			else {
				answer.jsonPath("$.data")
					.doesNotExist()
					.jsonPath("$.errors[0].message")
					.value(containsString("levels deep; the limit is 12"));
			}
		}
	}

	@Test
	void aFragmentCountsEveryTimeItIsSpread() {
		String fields = IntStream.range(0, 201).mapToObj(i -> "p" + i + ": id").collect(Collectors.joining(" "));
		post(Map.of("query", "{ a: permit(id: \"temporary-residence-permit\") { ...F } "
				+ "b: permit(id: \"permanent-residence-permit\") { ...F } } fragment F on Permit { " + fields + " }"))
			.expectBody()
			.jsonPath("$.errors[0].message")
			.value(containsString("the query asks for 404 fields (aliases count one by one); the limit is 300"));
	}

	@Test
	void aSearchAnswersNodeCountsInTheCost() {
		// 4 requirements, 3 permits each, and so on: some 16,000 objects under one
		// answer.
		String links = "requirements { permits { requirements { permits { requirements { permits { requirements { id } "
				+ "} } } } } }";
		post(Map.of("query",
				"{ search(query: \"How long does processing take?\", first: 1) { answer { text node { "
						+ "... on Permit { " + links + " } } } } }"))
			.expectBody()
			.jsonPath("$.data")
			.doesNotExist()
			.jsonPath("$.errors[0].message")
			.value(matchesPattern("the query could return \\d+ objects .*; the limit is 5000\\. .*"));
		post(Map.of("query",
				"{ search(query: \"How long does processing take?\", first: 1) { answer { text node { "
						+ "... on ApplicationStep { permits { id } } } section { id } } } }"))
			.expectBody()
			.jsonPath("$.errors")
			.doesNotExist()
			.jsonPath("$.data.search.answer.section.id")
			.isEqualTo("residence-permit-guide#submit-your-application");
	}

	@Test
	void theContractsLargestListsStayWellInsideTheLimit() {
		post(Map.of("query", "{ permits { requirements { permits { documents { permits { id } } } } } "
				+ "guides { sections { id } permits { steps { id } } destinations { nearby { distanceKm } } } }"))
			.expectBody()
			.jsonPath("$.errors")
			.doesNotExist();
	}

}
