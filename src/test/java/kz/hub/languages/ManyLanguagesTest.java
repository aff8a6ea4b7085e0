package kz.hub.languages;

import java.util.Collections;
import java.util.Map;

import kz.hub.GraphQlPost;
import kz.hub.HubHttpTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A browser that lists more preferred languages than Tomcat parses is served like any
 * other, by its first languages, on every path, and leaves no stack trace in the log.
 */
@HubHttpTest
@ExtendWith(OutputCaptureExtension.class)
class ManyLanguagesTest {

	@Autowired
	WebTestClient client;

	@Test
	void graphQlAnswersInTheFirstLanguageOfALongList(CapturedOutput log) {
		GraphQlPost.of(client, Map.of("query", "{ permit(id: \"temporary-residence-permit\") { language } }"))
			.header(HttpHeaders.ACCEPT_LANGUAGE, "ru,a,b,c,d,e,f,g,h,i,j")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.data.permit.language")
			.isEqualTo("RU");
		assertThat(log.getAll()).doesNotContain("Exception").doesNotContain("ERROR");
	}

	@Test
	void healthThePlaygroundAndGetAnswerALongList(CapturedOutput log) {
		String many = String.join(",", Collections.nCopies(40, "de;q=0.5")) + ",kk";
		for (String path : new String[] { "/actuator/health", "/graphiql", "/graphql?query={permits{id}}" }) {
			client.get()
				.uri(path)
				.header(HttpHeaders.ACCEPT_LANGUAGE, many)
				.exchange()
				.expectStatus()
				.value(status -> assertThat(status).as(path).isLessThan(400));
		}
		assertThat(log.getAll()).doesNotContain("Exception").doesNotContain("ERROR");
	}

}
