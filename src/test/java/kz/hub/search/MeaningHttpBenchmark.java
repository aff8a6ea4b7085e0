package kz.hub.search;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Uncached searches over HTTP against two running hubs, e.g. one with
 * {@code hub.search.meaning.enabled=false} and one with {@code =true}: each sent
 * {@code BENCH_PER_ROUND} (4,000) distinct queries from the query log, in
 * {@code BENCH_ROUNDS} (3) alternating rounds, after a warm-up of {@code BENCH_WARMUP}
 * (6,000) other queries of the log. Both hubs get the same queries in the same order, and
 * no query is sent twice to a hub, so neither answer cache answers any of them. Not a
 * test: {@code src/bench/meaning-cost.sh} starts the hubs and runs it; the settings come
 * from the environment, as the benchmark profile passes no arguments: {@code BENCH_URLS}
 * ({@code label=url,label=url}, 127.0.0.1 or localhost only), {@code BENCH_QUERIES}
 * (src/bench/querylog/queries.txt), {@code BENCH_CONNECTIONS} (32 requests at once, each
 * a thread of this client on the same machine).
 * <p>
 * A request is the query log's GraphQL search (first 10, scores, highlights, ids); an
 * error is an answer other than 200, one with GraphQL errors, or no answer within 5 s.
 * Prints a line per round and hub, then {@code HTTP label=.. rps=..} with the median
 * round of each hub.
 */
public final class MeaningHttpBenchmark {

	private static final String SEARCH = "query($q:String!){search(query:$q,first:10){totalCount edges{score "
			+ "highlights{field snippet} node{__typename ... on Node{id}}}}}";

	private MeaningHttpBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Map<String, URI> hubs = new LinkedHashMap<>();
		for (String hub : env("BENCH_URLS", "").split(",")) {
			String[] labelled = hub.split("=", 2);
			URI uri = URI.create(labelled[1]);
			if (!"127.0.0.1".equals(uri.getHost()) && !"localhost".equals(uri.getHost())) {
				throw new IllegalArgumentException("only 127.0.0.1 or localhost, not " + uri);
			}
			hubs.put(labelled[0], uri);
		}
		List<String> queries = Files
			.readAllLines(Path.of(env("BENCH_QUERIES", "src/bench/querylog/queries.txt")), StandardCharsets.UTF_8)
			.stream()
			.map(String::strip)
			.filter(query -> !query.isEmpty())
			.distinct()
			.toList();
		int connections = Integer.parseInt(env("BENCH_CONNECTIONS", "32"));
		int warmUp = Integer.parseInt(env("BENCH_WARMUP", "6000"));
		int perRound = Integer.parseInt(env("BENCH_PER_ROUND", "4000"));
		int rounds = Integer.parseInt(env("BENCH_ROUNDS", "3"));
		if (warmUp + rounds * perRound > queries.size()) {
			throw new IllegalArgumentException("the log has " + queries.size() + " distinct queries, fewer than "
					+ (warmUp + rounds * perRound) + " (warm-up plus rounds)");
		}
		HttpClient client = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(5))
			.build();
		// The warm-up takes the end of the log, the rounds its start.
		List<String> warmUpQueries = queries.subList(queries.size() - warmUp, queries.size());
		for (Map.Entry<String, URI> hub : hubs.entrySet()) {
			Round warm = run(client, hub.getValue(), warmUpQueries, connections);
			System.out.printf(Locale.ROOT, "warm-up %s: %s%n", hub.getKey(), warm);
		}
		Map<String, List<Round>> results = new LinkedHashMap<>();
		hubs.keySet().forEach(label -> results.put(label, new ArrayList<>()));
		for (int round = 0; round < rounds; round++) {
			List<String> window = queries.subList(round * perRound, (round + 1) * perRound);
			for (Map.Entry<String, URI> hub : hubs.entrySet()) {
				Round result = run(client, hub.getValue(), window, connections);
				results.get(hub.getKey()).add(result);
				System.out.printf(Locale.ROOT, "round %d %s: %s%n", round + 1, hub.getKey(), result);
			}
		}
		for (Map.Entry<String, List<Round>> hub : results.entrySet()) {
			List<Round> byRate = hub.getValue().stream().sorted((a, b) -> Double.compare(a.rate(), b.rate())).toList();
			Round median = byRate.get(byRate.size() / 2);
			int errors = hub.getValue().stream().mapToInt(Round::errors).sum();
			System.out.printf(Locale.ROOT, "HTTP label=%s rps=%.1f p50_ms=%.1f p99_ms=%.1f errors=%d rounds=%s%n",
					hub.getKey(), median.rate(), median.p50(), median.p99(), errors,
					hub.getValue()
						.stream()
						.map(round -> String.format(Locale.ROOT, "%.0f", round.rate()))
						.reduce((a, b) -> a + "/" + b)
						.orElse(""));
		}
	}

	/** Sends every query once, {@code connections} at a time. */
	private static Round run(HttpClient client, URI uri, List<String> queries, int connections)
			throws InterruptedException {
		AtomicInteger next = new AtomicInteger();
		AtomicInteger errors = new AtomicInteger();
		AtomicLong firstError = new AtomicLong();
		long[] latencies = new long[queries.size()];
		String[] example = new String[1];
		long start = System.nanoTime();
		List<Thread> threads = new ArrayList<>();
		for (int c = 0; c < connections; c++) {
			threads.add(Thread.ofPlatform().start(() -> {
				for (int i = next.getAndIncrement(); i < queries.size(); i = next.getAndIncrement()) {
					HttpRequest request = HttpRequest.newBuilder(uri)
						.timeout(Duration.ofSeconds(5))
						.header("Content-Type", "application/json")
						.POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"" + SEARCH
								+ "\",\"variables\":{\"q\":\"" + json(queries.get(i)) + "\"}}"))
						.build();
					long sent = System.nanoTime();
					try {
						HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
						if (response.statusCode() != 200 || response.body().contains("\"errors\"")) {
							errors.incrementAndGet();
							if (firstError.compareAndSet(0, 1)) {
								example[0] = response.statusCode() + " " + response.body();
							}
						}
					}
					catch (Exception ex) {
						errors.incrementAndGet();
						if (firstError.compareAndSet(0, 1)) {
							example[0] = ex.toString();
						}
					}
					latencies[i] = System.nanoTime() - sent;
				}
			}));
		}
		for (Thread thread : threads) {
			thread.join();
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		if (example[0] != null) {
			System.out.println("first error: " + example[0].substring(0, Math.min(300, example[0].length())));
		}
		Arrays.sort(latencies);
		return new Round(queries.size() / seconds, percentile(latencies, 50), percentile(latencies, 99), errors.get(),
				queries.size(), seconds);
	}

	private static double percentile(long[] sorted, int percent) {
		int rank = Math.max(0, (int) Math.ceil(percent / 100.0 * sorted.length) - 1);
		return sorted[rank] / 1e6;
	}

	/** The text as the inside of a JSON string. */
	private static String json(String text) {
		StringBuilder escaped = new StringBuilder(text.length() + 8);
		for (char c : text.toCharArray()) {
			switch (c) {
				case '"' -> escaped.append("\\\"");
				case '\\' -> escaped.append("\\\\");
				default -> {
					if (c < 0x20) {
						escaped.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
					}
					else {
						escaped.append(c);
					}
				}
			}
		}
		return escaped.toString();
	}

	private static String env(String name, String otherwise) {
		String value = System.getenv(name);
		return value == null || value.isBlank() ? otherwise : value;
	}

	record Round(double rate, double p50, double p99, int errors, int requests, double seconds) {

		@Override
		public String toString() {
			return String.format(Locale.ROOT, "%d requests in %.1f s, %.1f req/s, p50 %.1f ms, p99 %.1f ms, errors %d",
					requests, seconds, rate, p50, p99, errors);
		}

	}

}
