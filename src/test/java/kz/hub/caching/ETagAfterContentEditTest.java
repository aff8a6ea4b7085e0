package kz.hub.caching;

import kz.hub.HubHttpTest;
import kz.hub.content.ContentFolder;
import kz.hub.live.LiveContent;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An edit of index-data changes the ETags, and the kept answers of the edition before go.
 */
@HubHttpTest
class ETagAfterContentEditTest {

	static ContentFolder folder;

	@DynamicPropertySource
	static void editableContent(DynamicPropertyRegistry registry) {
		folder = ContentFolder.servedBy(registry);
	}

	@Autowired
	WebTestClient client;

	@Autowired
	LiveContent live;

	private EntityExchangeResult<byte[]> get(String query, String ifNoneMatch) {
		return client.get()
			.uri("/graphql?query={query}", query)
			.header("If-None-Match", ifNoneMatch)
			.exchange()
			.expectBody()
			.returnResult();
	}

	@Test
	void anEditChangesTheETagAndTheAnswerIsNotServedFromTheCacheOfTheEditionBefore() {
		String query = "{ destination(id: \"charyn-canyon\") { name } }";
		EntityExchangeResult<byte[]> before = get(query, "\"none\"");
		String etag = before.getResponseHeaders().getETag();
		assertThat(get(query, etag).getStatus().value()).isEqualTo(304);

		folder.replace("destinations.yaml", "name: Charyn Canyon", "name: Sharyn Canyon");
		assertThat(live.reload()).isTrue();

		EntityExchangeResult<byte[]> after = get(query, etag);
		assertThat(after.getStatus().value()).isEqualTo(200);
		assertThat(new String(after.getResponseBody())).contains("Sharyn Canyon");
		assertThat(after.getResponseHeaders().getETag()).isNotNull().isNotEqualTo(etag);
	}

}
