package kz.hub.search;

import kz.hub.HubHttpTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Search over HTTP in three languages: each hit answers in the language it matched when
 * none is chosen, in the chosen one otherwise, and the wrong keyboard layout is read.
 */
@HubHttpTest
class SearchLanguagesApiTest {

	private static final String SEARCH = """
			query Search($query: String!, $language: Language) {
			  search(query: $query, first: 3, language: $language) {
			    correctedQuery
			    edges {
			      highlights { snippet }
			      node { ... on Node { id } ... on Requirement { language title } ... on Permit { language name } }
			    }
			  }
			}""";

	@Autowired
	HttpGraphQlTester graphQl;

	private HttpGraphQlTester.Response search(String query, String language) {
		return graphQl.document(SEARCH).variable("query", query).variable("language", language).execute();
	}

	@Test
	void aHitAnswersInTheLanguageItMatchedWhenNoneIsChosen() {
		HttpGraphQlTester.Response answer = search("медициналык сактандыру", null);
		answer.path("search.edges[0].node.id").entity(String.class).isEqualTo("health-insurance");
		answer.path("search.edges[0].node.language").entity(String.class).isEqualTo("KK");
		answer.path("search.edges[0].node.title").entity(String.class).isEqualTo("Медициналық сақтандыру");
		answer.path("search.edges[0].highlights[0].snippet")
			.entity(String.class)
			.satisfies(snippet -> assertThat(snippet).contains("<mark>Медициналық</mark>"));
	}

	@Test
	void aChosenLanguageAnswersEveryHitInIt() {
		HttpGraphQlTester.Response answer = search("health insurance", "RU");
		answer.path("search.edges[0].node.id").entity(String.class).isEqualTo("health-insurance");
		answer.path("search.edges[0].node.language").entity(String.class).isEqualTo("RU");
		answer.path("search.edges[0].node.title").entity(String.class).isEqualTo("Медицинская страховка");
	}

	@Test
	void suggestCompletesRussianAndKazakhNamesAndHeadings() {
		graphQl.document("{ suggest(prefix: \"Кольсайск\", limit: 3) { node { ... on Node { id } } } }")
			.execute()
			.path("suggest[*].node.id")
			.entityList(String.class)
			.contains("kolsai-lakes");
		graphQl.document("{ suggest(prefix: \"медициналык\", limit: 5) { node { ... on Node { id } } } }")
			.execute()
			.path("suggest[*].node.id")
			.entityList(String.class)
			.contains("health-insurance");
	}

	@Test
	void aRussianWordTypedOnTheEnglishLayoutIsCorrected() {
		HttpGraphQlTester.Response answer = search("fkvfns", null);
		answer.path("search.correctedQuery").entity(String.class).isEqualTo("алматы");
		answer.path("search.edges[0].node.id").entity(String.class).isEqualTo("almaty");
	}

}
