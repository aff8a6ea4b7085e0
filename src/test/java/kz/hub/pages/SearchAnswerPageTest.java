package kz.hub.pages;

import kz.hub.HubHttpTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search page quotes the sentence that answers a question above the results, linked
 * to where it is written, and quotes nothing for plain words.
 */
@HubHttpTest
class SearchAnswerPageTest {

	@Autowired
	WebTestClient client;

	private String page(String uri) {
		return client.get()
			.uri(uri)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

	@Test
	void aQuestionIsAnsweredAboveTheResultsWithALinkToItsSection() {
		String html = page("/en/search?q=How long does processing take?");
		assertThat(html).contains("id=\"answer\"")
			.contains("<p>The processing time can take up to 30 days.</p>")
			.contains(
					"<a href=\"/en/guides/residence-permit-guide#submit-your-application\">Submit Your Application</a>");
		assertThat(html.indexOf("id=\"answer\"")).isLessThan(html.indexOf("id=\"results\""));
	}

	@Test
	void russianAndKazakhPagesQuoteTheirOwnSentences() {
		assertThat(page("/ru/search?q=Нужна ли медицинская страховка?")).contains(
				"<p>У вас должна быть действующая медицинская страховка на весь период пребывания в Казахстане.</p>")
			.contains("href=\"/ru/guides/residence-permit-guide#health-insurance\">Медицинская страховка</a>");
		assertThat(page("/kk/search?q=Өтінішті қарау қанша уақытқа созылады?"))
			.contains("<p>Қарау 30 күнге дейін созылуы мүмкін.</p>");
	}

	@Test
	void plainWordsQuoteNothing() {
		assertThat(page("/en/search?q=processing time")).contains("id=\"results\"").doesNotContain("id=\"answer\"");
	}

}
