package kz.hub.caching;

import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import io.micrometer.core.instrument.MeterRegistry;
import kz.hub.GraphQlPost;
import kz.hub.HubHttpTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An answer sent again from the hub's answer cache, or confirmed with a 304, is the
 * answer the reader would get anew: the same security headers, the same language, one
 * Vary, and its search counted.
 */
@HubHttpTest
class CachedAnswersTest {

	private static final List<String> SECURITY_HEADERS = List.of("X-Content-Type-Options", "X-Frame-Options",
			"Content-Security-Policy", "Referrer-Policy", "Cross-Origin-Opener-Policy", "Cross-Origin-Resource-Policy",
			"Permissions-Policy");

	private static final String SEARCH = "{ search(query: \"Алматы\", types: [DESTINATION], first: 3) { edges { node { "
			+ "... on Destination { name language } } } } }";

	@Autowired
	WebTestClient client;

	@Autowired
	MeterRegistry meters;

	private EntityExchangeResult<byte[]> post(String query, String acceptLanguage) {
		WebTestClient.RequestHeadersSpec<?> request = GraphQlPost.of(client, Map.of("query", query));
		if (acceptLanguage != null) {
			request = request.header(HttpHeaders.ACCEPT_LANGUAGE, acceptLanguage);
		}
		return request.exchange().expectStatus().isOk().expectBody().returnResult();
	}

	private EntityExchangeResult<byte[]> get(String query) {
		return client.get().uri("/graphql?query={query}", query).exchange().expectBody().returnResult();
	}

	@Test
	void aRepeatedAnswerCarriesTheSecurityHeadersOfTheFirst() {
		String query = "{ permit(id: \"temporary-residence-permit\") { id validity { initialMonths } } }";
		for (EntityExchangeResult<byte[]> answer : List.of(get(query), get(query), post(query, null),
				post(query, null))) {
			assertThat(answer.getStatus().value()).isEqualTo(200);
			assertThat(answer.getResponseHeaders().getETag()).isNotBlank();
			for (String header : SECURITY_HEADERS) {
				assertThat(answer.getResponseHeaders().getFirst(header)).as(header).isNotBlank();
			}
		}
	}

	@Test
	void aSearchWithoutAcceptLanguageIsNeverServedToAnEnglishReader() {
		EntityExchangeResult<byte[]> anyLanguage = post(SEARCH, null);
		EntityExchangeResult<byte[]> english = post(SEARCH, "en");
		assertThat(english.getResponseHeaders().getETag()).isNotEqualTo(anyLanguage.getResponseHeaders().getETag());
		List<String> languages = JsonPath.read(new String(english.getResponseBodyContent()),
				"$.data.search.edges[*].node.language");
		assertThat(languages).isNotEmpty().containsOnly("EN");
		assertThat(english.getResponseHeaders().getFirst(HttpHeaders.CONTENT_LANGUAGE)).isEqualTo("en");
		// the same again, now from the cache
		assertThat(post(SEARCH, "en").getResponseBodyContent()).isEqualTo(english.getResponseBodyContent());
	}

	@Test
	void anAnswerInTheLanguagesItsHitsMatchedSaysSo() {
		EntityExchangeResult<byte[]> anyLanguage = post(SEARCH, null);
		List<String> languages = JsonPath.read(new String(anyLanguage.getResponseBodyContent()),
				"$.data.search.edges[*].node.language");
		assertThat(languages).contains("RU");
		assertThat(anyLanguage.getResponseHeaders().getFirst(HttpHeaders.CONTENT_LANGUAGE)).contains("ru");
		assertThat(anyLanguage.getResponseHeaders().getVary()).contains(HttpHeaders.ACCEPT_LANGUAGE);
	}

	@Test
	void aNotModifiedAnswerVariesAndIsLabelledAsItsOk() {
		String query = "{ permits { id name } }";
		EntityExchangeResult<byte[]> ok = post(query, "ru");
		EntityExchangeResult<byte[]> notModified = GraphQlPost.of(client, Map.of("query", query))
			.header(HttpHeaders.ACCEPT_LANGUAGE, "ru")
			.header(HttpHeaders.IF_NONE_MATCH, ok.getResponseHeaders().getETag())
			.exchange()
			.expectStatus()
			.isNotModified()
			.expectBody()
			.returnResult();
		assertThat(notModified.getResponseHeaders().getVary()).isEqualTo(ok.getResponseHeaders().getVary());
		assertThat(notModified.getResponseHeaders().getFirst(HttpHeaders.CONTENT_LANGUAGE)).isEqualTo("ru");
		assertThat(notModified.getResponseHeaders().getETag()).isEqualTo(ok.getResponseHeaders().getETag());
	}

	@Test
	void aRepeatedAnswerHasOneVaryWithEachNameOnce() {
		String query = "{ guides { id } }";
		post(query, "kk");
		EntityExchangeResult<byte[]> repeated = post(query, "kk");
		List<String> vary = repeated.getResponseHeaders().get(HttpHeaders.VARY);
		assertThat(vary).hasSize(1);
		List<String> names = List.of(vary.getFirst().split(",\\s*"));
		assertThat(names).doesNotHaveDuplicates().contains("Accept", "Origin", "Accept-Language");
	}

	@Test
	void aSearchAnsweredFromTheCacheIsCountedAsASearch() {
		String query = "{ search(query: \"charyn canyon\") { totalCount } }";
		double before = meters.counter("hub.search.requests").count();
		for (int i = 0; i < 5; i++) {
			post(query, "en");
		}
		assertThat(meters.counter("hub.search.requests").count() - before).isEqualTo(5);
	}

}
