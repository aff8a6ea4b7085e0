package kz.hub.caching;

import java.util.Map;

import kz.hub.GraphQlPost;
import kz.hub.HubHttpTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Successful answers carry a strong ETag and Cache-Control, a current ETag gets 304,
 * answers with errors are no-store, and a repeated request is answered from the hub's
 * answer cache without running GraphQL.
 */
@HubHttpTest
@Import(HttpCachingTest.Counting.class)
class HttpCachingTest {

	private static final String CACHE_CONTROL = "public, max-age=60, stale-while-revalidate=60";

	@TestConfiguration(proxyBeanMethods = false)
	static class Counting {

		@Bean
		GraphQlExecutions graphQlExecutions() {
			return new GraphQlExecutions();
		}

	}

	@Autowired
	WebTestClient client;

	@Autowired
	GraphQlExecutions executions;

	@Autowired
	AnswerCache answerCache;

	private EntityExchangeResult<byte[]> get(String query) {
		return client.get().uri("/graphql?query={query}", query).exchange().expectBody().returnResult();
	}

	private EntityExchangeResult<byte[]> post(String query) {
		return GraphQlPost.of(client, Map.of("query", query)).exchange().expectBody().returnResult();
	}

	@Test
	void aSuccessfulAnswerCarriesAStrongETagAndCacheControl() {
		EntityExchangeResult<byte[]> answer = get("{ permit(id: \"temporary-residence-permit\") { id } }");
		assertThat(answer.getStatus().value()).isEqualTo(200);
		assertThat(answer.getResponseHeaders().getETag()).matches("\"[A-Za-z0-9_-]{43}\"");
		assertThat(answer.getResponseHeaders().getCacheControl()).isEqualTo(CACHE_CONTROL);
		assertThat(answer.getResponseHeaders().getVary()).contains("Accept");
	}

	@Test
	void aGetAndAPostOfOneRequestHaveOneETag() {
		String query = "{ permit(id: \"permanent-residence-permit\") { id name } }";
		assertThat(get(query).getResponseHeaders().getETag()).isEqualTo(post(query).getResponseHeaders().getETag())
			.isNotEqualTo(get("{ permit(id: \"permanent-residence-permit\") { id } }").getResponseHeaders().getETag());
	}

	@Test
	void theCurrentETagInIfNoneMatchAnswers304WithNoBody() {
		String query = "{ guides { id } }";
		String etag = get(query).getResponseHeaders().getETag();
		client.get()
			.uri("/graphql?query={query}", query)
			.header("If-None-Match", etag)
			.exchange()
			.expectStatus()
			.isNotModified()
			.expectHeader()
			.valueEquals("ETag", etag)
			.expectHeader()
			.valueEquals("Cache-Control", CACHE_CONTROL)
			.expectBody()
			.isEmpty();
		client.get()
			.uri("/graphql?query={query}", query)
			.header("If-None-Match", "\"another\"")
			.exchange()
			.expectStatus()
			.isOk();
	}

	@Test
	void anAnswerWithErrorsIsNoStoreAndHasNoETag() {
		EntityExchangeResult<byte[]> answer = get("{ permits { noSuchField } }");
		assertThat(new String(answer.getResponseBody())).contains("noSuchField");
		assertThat(answer.getResponseHeaders().getCacheControl()).isEqualTo("no-store");
		assertThat(answer.getResponseHeaders().getETag()).isNull();
		int before = executions.count();
		get("{ permits { noSuchField } }");
		assertThat(executions.count()).as("an answer with errors is never kept").isEqualTo(before + 1);
	}

	@Test
	void aRepeatedRequestIsAnsweredWithoutRunningGraphQl() {
		String query = "{ destinations(first: 3) { edges { node { id name } } } }";
		int before = executions.count();
		long hits = answerCache.stats().hitCount();
		byte[] first = post(query).getResponseBody();
		EntityExchangeResult<byte[]> second = get(query);
		assertThat(executions.count()).isEqualTo(before + 1);
		assertThat(answerCache.stats().hitCount()).isEqualTo(hits + 1);
		assertThat(second.getResponseBody()).isEqualTo(first);
		assertThat(second.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_JSON);
		assertThat(second.getResponseHeaders().getCacheControl()).isEqualTo(CACHE_CONTROL);
	}

	@Test
	void aRepeatedSearchIsAnsweredWithoutRunningGraphQl() {
		String query = "{ search(query: \"canyon\", first: 2) { edges { node { ... on Node { id } } } } }";
		int before = executions.count();
		byte[] first = get(query).getResponseBody();
		byte[] second = get(query).getResponseBody();
		assertThat(executions.count()).isEqualTo(before + 1);
		assertThat(new String(second)).contains("\"edges\"").isEqualTo(new String(first));
	}

}
