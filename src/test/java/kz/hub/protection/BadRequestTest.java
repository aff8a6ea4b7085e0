package kz.hub.protection;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import kz.hub.HubHttpTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

/**
 * Requests an attacker sends to make the hub fail: each gets a 4xx with a GraphQL error
 * that says what was wrong, never a 500 or a server's error page.
 */
@HubHttpTest
class BadRequestTest {

	@Autowired
	WebTestClient client;

	@LocalServerPort
	int port;

	@Test
	void aBodyOfNullIsA400() {
		client.post()
			.uri("/graphql")
			.header("Content-Type", "application/json")
			.bodyValue("null")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].message")
			.value(containsString("not one JSON object"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "*/*", "application/*", "text/*" })
	void aWildcardContentTypeIs415(String contentType) {
		client.post()
			.uri("/graphql")
			.header("Content-Type", contentType)
			.bodyValue("{\"query\": \"{ permits { id } }\"}")
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
			.expectBody()
			.jsonPath("$.errors[0].message")
			.value(containsString("is a wildcard"));
	}

	@Test
	void theErrorPageAskedForDirectlyIs404() {
		client.get()
			.uri("/error")
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectBody()
			.jsonPath("$.errors[0].message")
			.value(containsString("There is no page at /error"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "PUT", "DELETE", "PATCH", "TRACE" })
	void aMethodTheHubDoesNotServeIs405WithTheMethodsItDoes(String method) {
		client.method(HttpMethod.valueOf(method))
			.uri("/graphql")
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.METHOD_NOT_ALLOWED)
			.expectHeader()
			.valueEquals("Allow", "GET, POST, OPTIONS")
			.expectBody()
			.jsonPath("$.errors[0].message")
			.value(containsString("is not served here"));
	}

	@Test
	void headOnGraphQlIs405BecauseAGetRunsAQuery() {
		client.head()
			.uri("/graphql?query={q}", "{ permits { id } }")
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.METHOD_NOT_ALLOWED)
			.expectHeader()
			.valueEquals("Allow", "GET, POST, OPTIONS");
	}

	@Test
	void connectIs405NotTomcatsPage() throws IOException {
		try (Socket socket = new Socket("localhost", port)) {
			socket.getOutputStream()
				.write("CONNECT localhost:%d HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n".formatted(port)
					.getBytes(StandardCharsets.US_ASCII));
			String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			assertThat(answer).startsWith("HTTP/1.1 405").contains("is not served here").doesNotContain("<html");
		}
	}

	@Test
	void aConnectionThatSendsNoRequestIsClosedWithinSeconds() throws IOException {
		try (Socket socket = new Socket("localhost", port)) {
			socket.setSoTimeout(15_000);
			long start = System.nanoTime();
			// -1: the server closed the connection; a read time-out would throw instead.
			assertThat(socket.getInputStream().read()).isEqualTo(-1);
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
		}
	}

	@Test
	void optionsListsTheMethodsServed() throws Exception {
		HttpResponse<String> answer = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
				.method("OPTIONS", HttpRequest.BodyPublishers.noBody())
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(answer.statusCode()).isEqualTo(204);
		assertThat(answer.headers().firstValue("Allow")).hasValue("GET, POST, OPTIONS");
	}

	private String raw(String request) throws IOException {
		try (Socket socket = new Socket("localhost", port)) {
			socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
			return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	@Test
	void anUnknownTransferEncodingSaysSoAndNotThatPostIsRefused() throws IOException {
		String answer = raw("POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
				+ "Transfer-Encoding: xchunked\r\nConnection: close\r\n\r\n5\r\n{\"a\":\r\n0\r\n\r\n");
		assertThat(answer).startsWith("HTTP/1.1 501")
			.contains("Transfer-Encoding")
			.contains("\"errors\"")
			.doesNotContain("Method POST is not served")
			.doesNotContain("Allow:");
	}

	@Test
	void anOversizedChunkExtensionIsAGraphQlError() throws IOException {
		String body = "{\"query\":\"{permits{id}}\"}";
		String answer = raw("POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
				+ "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n" + Integer.toHexString(body.length())
				+ ";ext=" + "x".repeat(20_000) + "\r\n" + body + "\r\n0\r\n\r\n");
		assertThat(answer).startsWith("HTTP/1.1 400").contains("\"errors\"").doesNotContain("\"timestamp\"");
	}

}
