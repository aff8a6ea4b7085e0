package kz.hub.search.answers;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import kz.hub.HubHttpTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A search that is a question gets the sentence of the content that answers it, over real
 * HTTP, in the search's language; plain words and questions the content does not answer
 * get none.
 */
@HubHttpTest
class SearchAnswersApiTest {

	private static final String ANSWER = """
			query Answer($query: String!, $language: Language, $after: String) {
			  search(query: $query, first: 2, language: $language, after: $after) {
			    correctedQuery
			    pageInfo { endCursor }
			    answer {
			      text language
			      node { __typename ... on Node { id language } }
			      section { id heading language }
			    }
			  }
			}""";

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	WebTestClient client;

	private HttpGraphQlTester.Response search(String query, String language) {
		return graphQl.document(ANSWER).variable("query", query).variable("language", language).execute();
	}

	private String answerOf(String query, String language) {
		return search(query, language).path("search.answer.text").entity(String.class).get();
	}

	private void hasNoAnswer(String query, String language) {
		search(query, language).path("search.answer").valueIsNull();
	}

	@Test
	void aQuestionIsAnsweredWithTheSentenceOfTheContentItsItemAndItsSection() {
		HttpGraphQlTester.Response answer = search("How long does processing take?", null);
		answer.path("search.answer.text").entity(String.class).isEqualTo("The processing time can take up to 30 days.");
		answer.path("search.answer.language").entity(String.class).isEqualTo("EN");
		answer.path("search.answer.node.__typename").entity(String.class).isEqualTo("ApplicationStep");
		answer.path("search.answer.node.id").entity(String.class).isEqualTo("submit-application");
		answer.path("search.answer.section.id")
			.entity(String.class)
			.isEqualTo("residence-permit-guide#submit-your-application");
		answer.path("search.answer.section.heading").entity(String.class).isEqualTo("Submit Your Application");
	}

	@Test
	void russianAndKazakhQuestionsAreAnsweredInTheirOwnLanguageWhenNoneIsChosen() {
		HttpGraphQlTester.Response russian = search("Нужна ли медицинская страховка?", null);
		russian.path("search.answer.text")
			.entity(String.class)
			.isEqualTo("У вас должна быть действующая медицинская страховка на весь период пребывания в Казахстане.");
		russian.path("search.answer.language").entity(String.class).isEqualTo("RU");
		russian.path("search.answer.node.language").entity(String.class).isEqualTo("RU");
		russian.path("search.answer.section.heading").entity(String.class).isEqualTo("Медицинская страховка");
		HttpGraphQlTester.Response kazakh = search("Өтінішті қарау қанша уақытқа созылады?", null);
		kazakh.path("search.answer.text").entity(String.class).isEqualTo("Қарау 30 күнге дейін созылуы мүмкін.");
		kazakh.path("search.answer.language").entity(String.class).isEqualTo("KK");
		kazakh.path("search.answer.section.language").entity(String.class).isEqualTo("KK");
	}

	@Test
	void aChosenLanguageAnswersInItOrNotAtAll() {
		assertThat(answerOf("Нужна ли медицинская страховка?", "RU")).startsWith("У вас должна быть");
		// The hits answer in Kazakh: an English sentence would not.
		hasNoAnswer("How long does processing take?", "KK");
		EntityExchangeResult<byte[]> kazakh = client.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.ACCEPT_LANGUAGE, "kk")
			.bodyValue(Map.of("query", "{ search(query: \"Неше жаста болу керек?\") { answer { text language } } }"))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.returnResult();
		String body = new String(kazakh.getResponseBodyContent(), StandardCharsets.UTF_8);
		assertThat(JsonPath.<String>read(body, "$.data.search.answer.text")).startsWith("Сіз 18 жастан асқан");
		assertThat(kazakh.getResponseHeaders().getFirst(HttpHeaders.CONTENT_LANGUAGE)).isEqualTo("kk");
	}

	@Test
	void plainWordsAreNoQuestionAndGetNoAnswerWhileTheSameWordsAskedDo() {
		hasNoAnswer("processing time", null);
		hasNoAnswer("snow leopard", null);
		hasNoAnswer("медицинская страховка", null);
		hasNoAnswer("медициналық сақтандыру", null);
		assertThat(answerOf("processing time?", null)).isEqualTo("The processing time can take up to 30 days.");
	}

	@Test
	void aQuestionNoSentenceAnswersWellEnoughGetsNone() {
		hasNoAnswer("How much does a visa cost?", null);
		hasNoAnswer("What is the population of Astana?", null);
		hasNoAnswer("Где купить сим-карту?", null);
		hasNoAnswer("Доллар бағамы қандай?", null);
		// Question words alone ask nothing.
		hasNoAnswer("how?", null);
		hasNoAnswer("где когда?", null);
	}

	@Test
	void aMisspeltQuestionIsAnsweredAsTheSearchCorrectedIt() {
		HttpGraphQlTester.Response answer = search("How long does procesing take?", null);
		answer.path("search.correctedQuery").entity(String.class).isEqualTo("how long does processing take");
		answer.path("search.answer.text").entity(String.class).isEqualTo("The processing time can take up to 30 days.");
	}

	@Test
	void everyPageOfASearchHasTheSameAnswer() {
		HttpGraphQlTester.Response first = search("What is a residence permit?", null);
		String answer = first.path("search.answer.text").entity(String.class).get();
		String cursor = first.path("search.pageInfo.endCursor").entity(String.class).get();
		graphQl.document(ANSWER)
			.variable("query", "What is a residence permit?")
			.variable("after", cursor)
			.execute()
			.path("search.answer.text")
			.entity(String.class)
			.isEqualTo(answer);
		assertThat(answer).startsWith("A residence permit is a document that allows you to live and work");
	}

}
