package kz.hub.graphql;

import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import kz.hub.HubHttpTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hub in English, Russian and Kazakh as a client sees it over HTTP: the header or the
 * argument picks the language, links follow it, ids stay the same, and the answer's
 * headers keep caches from mixing languages.
 */
@HubHttpTest
class LanguageApiTest {

	private static final String CYRILLIC = ".*\\p{IsCyrillic}.*";

	private static final String PERMIT = """
			{ permit(id: "temporary-residence-permit") {
			    language languages name
			    requirements { id language title }
			    documents { id condition }
			    guide { id language sections { id heading } } } }""";

	@Autowired
	WebTestClient client;

	private EntityExchangeResult<byte[]> post(String query, String acceptLanguage) {
		return client.post().uri("/graphql").contentType(MediaType.APPLICATION_JSON).headers(headers -> {
			if (acceptLanguage != null) {
				headers.set(HttpHeaders.ACCEPT_LANGUAGE, acceptLanguage);
			}
		}).bodyValue(Map.of("query", query)).exchange().expectStatus().isOk().expectBody().returnResult();
	}

	private static <T> T read(EntityExchangeResult<byte[]> answer, String path) {
		return JsonPath.read(new String(answer.getResponseBodyContent(), java.nio.charset.StandardCharsets.UTF_8),
				path);
	}

	@Test
	void theAcceptLanguageHeaderPicksRussianWithItsRegion() {
		EntityExchangeResult<byte[]> answer = post(PERMIT, "ru-RU,ru;q=0.9,en;q=0.5");
		assertThat(read(answer, "$.data.permit.language").toString()).isEqualTo("RU");
		assertThat(read(answer, "$.data.permit.languages").toString()).isEqualTo("[\"EN\",\"RU\",\"KK\"]");
		assertThat(read(answer, "$.data.permit.name").toString()).matches(CYRILLIC);
		assertThat(answer.getResponseHeaders().getFirst(HttpHeaders.CONTENT_LANGUAGE)).isEqualTo("ru");
		assertThat(answer.getResponseHeaders().getVary()).contains(HttpHeaders.ACCEPT_LANGUAGE);
	}

	@Test
	void theArgumentWinsOverTheHeaderAndReachesEveryLink() {
		EntityExchangeResult<byte[]> answer = post(
				PERMIT.replace("\"temporary-residence-permit\")", "\"temporary-residence-permit\", language: KK)"),
				"ru");
		assertThat(read(answer, "$.data.permit.language").toString()).isEqualTo("KK");
		List<String> linked = read(answer, "$.data.permit.requirements[*].language");
		assertThat(linked).isNotEmpty().containsOnly("KK");
		assertThat(read(answer, "$.data.permit.guide.language").toString()).isEqualTo("KK");
		List<String> headings = read(answer, "$.data.permit.guide.sections[*].heading");
		assertThat(headings).allMatch(heading -> heading.matches(CYRILLIC));
		List<String> conditions = read(answer, "$.data.permit.documents[*].condition");
		assertThat(conditions.stream().filter(java.util.Objects::nonNull)).isNotEmpty()
			.allMatch(condition -> condition.startsWith("Тек ") && condition.endsWith(" үшін"));
		assertThat(answer.getResponseHeaders().getFirst(HttpHeaders.CONTENT_LANGUAGE)).isEqualTo("kk");
	}

	@Test
	void idsAndAnchorsAreTheSameInEveryLanguage() {
		List<String> english = read(post(PERMIT, null), "$.data.permit.guide.sections[*].id");
		assertThat(read(post(PERMIT, "kk"), "$.data.permit.guide.sections[*].id").toString())
			.isEqualTo(read(post(PERMIT, "ru"), "$.data.permit.guide.sections[*].id").toString())
			.isEqualTo(JsonPath.parse(english).jsonString());
	}

	@Test
	void aLanguageTheHubLacksAnswersInEnglish() {
		EntityExchangeResult<byte[]> answer = post(PERMIT, "de-DE,fr;q=0.8");
		assertThat(read(answer, "$.data.permit.language").toString()).isEqualTo("EN");
		assertThat(read(answer, "$.data.permit.name").toString()).isEqualTo("Temporary Residence Permit");
		assertThat(answer.getResponseHeaders().getFirst(HttpHeaders.CONTENT_LANGUAGE)).isEqualTo("en");
	}

	@Test
	void rootFieldsInTwoLanguagesAnswerEachInItsOwn() {
		EntityExchangeResult<byte[]> answer = post("""
				{ ru: permit(id: "permanent-residence-permit", language: RU) { name }
				  kk: permit(id: "permanent-residence-permit", language: KK) { name } }""", null);
		assertThat(read(answer, "$.data.ru.name").toString()).isNotEqualTo(read(answer, "$.data.kk.name").toString())
			.matches(CYRILLIC);
		assertThat(answer.getResponseHeaders().getFirst(HttpHeaders.CONTENT_LANGUAGE)).isEqualTo("ru, kk");
	}

	@Test
	void cachesKeepLanguagesApart() {
		String query = "{ requirement(id: \"health-insurance\") { description } }";
		EntityExchangeResult<byte[]> russian = post(query, "ru");
		EntityExchangeResult<byte[]> kazakh = post(query, "kk");
		assertThat(russian.getResponseHeaders().getETag()).isNotEqualTo(kazakh.getResponseHeaders().getETag());
		assertThat(read(post(query, "ru"), "$.data.requirement.description").toString())
			.isEqualTo(read(russian, "$.data.requirement.description").toString())
			.isNotEqualTo(read(kazakh, "$.data.requirement.description").toString());
		assertThat(post(query, "kk").getResponseHeaders().getFirst(HttpHeaders.CONTENT_LANGUAGE)).isEqualTo("kk");
	}

}
