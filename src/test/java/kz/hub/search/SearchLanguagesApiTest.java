package kz.hub.search;

import java.util.List;
import java.util.Locale;
import java.util.Map;

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

	private static final String FACETS = """
			query Facets($query: String!, $language: Language, $filter: SearchFilter) {
			  search(query: $query, language: $language, filter: $filter, first: 20) {
			    edges { node { ... on Node { id } } }
			    facets { field values { value label count } }
			  }
			}""";

	@Test
	void facetValuesKeepTheirKeyAndAreLabelledInTheChosenLanguage() {
		HttpGraphQlTester.Response answer = graphQl.document(FACETS)
			.variable("query", "каньон")
			.variable("language", "RU")
			.execute();
		answer.path("search.facets[?(@.field == 'activity')].values[?(@.value == 'hiking')].label")
			.entityList(String.class)
			.containsExactly("походы");
		answer.path("search.facets[?(@.field == 'region')].values[?(@.value == 'Almaty Region')].label")
			.entityList(String.class)
			.containsExactly("Алматинская область");
		answer.path("search.facets[?(@.field == 'kind')].values[?(@.value == 'CANYON')].label")
			.entityList(String.class)
			.containsExactly("CANYON");
	}

	@Test
	void aFilterWrittenInKazakhKeepsWhatItsEnglishKeyKeeps() {
		List<String> byKazakh = lakesFilteredBy(
				Map.of("activity", List.of("Балық аулау"), "region", List.of("Алматы облысы")));
		List<String> byEnglish = lakesFilteredBy(
				Map.of("activity", List.of("fishing"), "region", List.of("Almaty Region")));
		assertThat(byKazakh).contains("kolsai-lakes").isEqualTo(byEnglish);
	}

	private List<String> lakesFilteredBy(Map<String, List<String>> filter) {
		return graphQl.document(FACETS)
			.variable("query", "көл")
			.variable("filter", filter)
			.execute()
			.path("search.edges[*].node.id")
			.entityList(String.class)
			.get();
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
	void suggestShowsEachPlaceOnceByItsNameInTheReadersLanguage() {
		String suggest = "query($language: Language) { suggest(prefix: \"шымб\", language: $language) { text node { ... on Node { id } } } }";
		HttpGraphQlTester.Response kazakh = graphQl.document(suggest).variable("language", "KK").execute();
		assertThat(kazakh.path("suggest[*].node.id").entityList(String.class).get()).doesNotHaveDuplicates()
			.contains("shymbulak");
		kazakh.path("suggest[0].text").entity(String.class).isEqualTo("Шымбұлақ тау шаңғысы курорты");
		// The Russian name holds the word further in, after the names that start with it.
		HttpGraphQlTester.Response russian = graphQl.document(suggest).variable("language", "RU").execute();
		assertThat(russian.path("suggest[*].node.id").entityList(String.class).get()).doesNotHaveDuplicates()
			.contains("shymbulak");
		russian.path("suggest[0].text").entity(String.class).isEqualTo("Горнолыжный курорт «Шымбулак»");
	}

	@Test
	void russianFunctionWordsFindButAreNotMarked() {
		HttpGraphQlTester.Response answer = search("виза в алматы", "RU");
		answer.path("search.edges[0].node.id").entity(String.class).isEqualTo("almaty");
		List<String> snippets = answer.path("search.edges[*].highlights[*].snippet").entityList(String.class).get();
		assertThat(snippets).anySatisfy(snippet -> assertThat(snippet).contains("<mark>Алматы</mark>"))
			.noneSatisfy(snippet -> assertThat(snippet.toLowerCase(Locale.ROOT)).contains("<mark>в</mark>"));
	}

	@Test
	void aWordStillBeingTypedMarksTheRussianWordsItsSynonymsFind() {
		List<String> snippets = search("внж", "RU").path("search.edges[*].highlights[*].snippet")
			.entityList(String.class)
			.get();
		assertThat(snippets).anySatisfy(snippet -> assertThat(snippet).contains("<mark>жительство</mark>"));
	}

	@Test
	void aRussianWordTypedOnTheEnglishLayoutIsCorrected() {
		HttpGraphQlTester.Response answer = search("fkvfns", null);
		answer.path("search.correctedQuery").entity(String.class).isEqualTo("алматы");
		answer.path("search.edges[0].node.id").entity(String.class).isEqualTo("almaty");
	}

}
