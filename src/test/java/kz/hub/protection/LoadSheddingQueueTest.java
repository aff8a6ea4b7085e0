package kz.hub.protection;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import kz.hub.HubHttpTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With one request served at once and two allowed to wait up to {@value #QUEUE_MILLIS}
 * ms, requests past the one being served wait for their turn and are then answered, and a
 * request whose wait runs out gets 503 with Retry-After. Operations named {@code Held}
 * are held, once their turn is taken, until the test lets them go, so that the one served
 * stays busy as long as the test needs.
 */
@HubHttpTest(properties = { "hub.limits.max-concurrent-requests=1", "hub.limits.max-queued-requests=2",
		"hub.limits.max-queue-millis=" + LoadSheddingQueueTest.QUEUE_MILLIS, "hub.http.answer-cache-bytes=0" })
class LoadSheddingQueueTest {

	static final long QUEUE_MILLIS = 3000;

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@LocalServerPort
	int port;

	@Autowired
	Hold hold;

	private final List<CompletableFuture<HttpResponse<String>>> sent = new ArrayList<>();

	@BeforeEach
	void holdRequests() {
		hold.reset();
	}

	@AfterEach
	void letAllGo() {
		hold.release();
		sent.forEach(CompletableFuture::join);
	}

	@Test
	void requestsPastTheOneServedWaitForTheirTurnAndAreAnswered() throws Exception {
		CompletableFuture<HttpResponse<String>> served = send(0);
		hold.awaitEntered(1);
		CompletableFuture<HttpResponse<String>> waiting1 = send(1);
		CompletableFuture<HttpResponse<String>> waiting2 = send(2);

		// Well within the queue's wait, neither has been answered nor begun.
		Thread.sleep(500);
		assertThat(List.of(served, waiting1, waiting2)).noneMatch(CompletableFuture::isDone);
		assertThat(hold.entered()).isEqualTo(1);

		hold.release();
		for (int i = 0; i < 3; i++) {
			HttpResponse<String> answer = List.of(served, waiting1, waiting2).get(i).get(20, TimeUnit.SECONDS);
			assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
			assertThat(answer.body()).contains("\"p" + i + "\":[{\"id\":\"");
		}
		assertThat(hold.entered()).isEqualTo(3);
		assertThat(hold.mostAtOnce()).isEqualTo(1);
	}

	@Test
	void aRequestWhoseWaitRunsOutGets503WithRetryAfter() throws Exception {
		CompletableFuture<HttpResponse<String>> served = send(0);
		hold.awaitEntered(1);
		long start = System.nanoTime();
		HttpResponse<String> shed = send(1).get(20, TimeUnit.SECONDS);
		long waitedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

		assertThat(shed.statusCode()).isEqualTo(503);
		assertThat(shed.headers().firstValue("Retry-After")).hasValue("1");
		assertThat(shed.body()).contains("try again in a second");
		assertThat(waitedMillis).as("waited for a turn").isGreaterThanOrEqualTo(QUEUE_MILLIS - 50);
		assertThat(served).isNotDone();

		hold.release();
		assertThat(served.get(20, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
		assertThat(hold.entered()).as("the shed request never ran").isEqualTo(1);
	}

	/** A held request, each different so that no cache answers it. */
	private CompletableFuture<HttpResponse<String>> send(int n) {
		String body = "{\"query\":\"query Held { p" + n + ": permits { id } }\"}";
		CompletableFuture<HttpResponse<String>> answer = HTTP
			.sendAsync(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
				.timeout(Duration.ofSeconds(30))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
		sent.add(answer);
		return answer;
	}

	/**
	 * Test scaffolding: holds operations named {@code Held}, once inside the hub's
	 * GraphQL handler (so past load shedding, holding their turn), until released.
	 */
	static final class Hold implements WebGraphQlInterceptor {

		private volatile CountDownLatch released = new CountDownLatch(1);

		private final AtomicInteger entered = new AtomicInteger();

		private final AtomicInteger running = new AtomicInteger();

		private final AtomicInteger mostAtOnce = new AtomicInteger();

		@Override
		public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
			if (!"Held".equals(request.getOperationName()) && !request.getDocument().startsWith("query Held")) {
				return chain.next(request);
			}
			return Mono.fromCallable(() -> {
				entered.incrementAndGet();
				mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
				return released.await(30, TimeUnit.SECONDS);
			})
				.subscribeOn(Schedulers.boundedElastic())
				.then(chain.next(request))
				// Counted out before the answer reaches whoever waits for it: doFinally
				// would run after, when the
				// next request may already be in, and count two at once that never were.
				.doOnEach(signal -> {
					if (signal.isOnNext() || signal.isOnError()) {
						running.decrementAndGet();
					}
				});
		}

		void reset() {
			released = new CountDownLatch(1);
			entered.set(0);
			running.set(0);
			mostAtOnce.set(0);
		}

		void release() {
			released.countDown();
		}

		int entered() {
			return entered.get();
		}

		int mostAtOnce() {
			return mostAtOnce.get();
		}

		void awaitEntered(int count) throws InterruptedException {
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
			while (entered.get() < count) {
				assertThat(System.nanoTime()).as("%d held request(s) began", count).isLessThan(deadline);
				Thread.sleep(10);
			}
		}

	}

	@TestConfiguration
	static class HoldConfiguration {

		@Bean
		Hold hold() {
			return new Hold();
		}

	}

}
