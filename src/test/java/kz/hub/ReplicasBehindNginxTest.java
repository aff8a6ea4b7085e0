package kz.hub;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The deployment of src/deploy/nginx.conf, as src/bench/replicas.sh runs it, in small:
 * two hubs behind a real nginx serve as one. Repeated GETs come from nginx's cache, a
 * search cursor of one replica pages on the other, stopping one replica loses no request,
 * and one client address flooding nginx is refused past its rate while others are served.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReplicasBehindNginxTest {

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	/**
	 * Requests a second and burst per client address, set in place of the shipped ones so
	 * that this test does not follow every change to them. High enough for the other
	 * tests' requests from 127.0.0.1, which no other test floods.
	 */
	private static final int RATE = 20;

	private static final int BURST = 40;

	private static final String TOO_MANY_REQUESTS = "{\"errors\":[{\"message\":\"Too many requests from this address; "
			+ "slow down and retry after a second.\",\"extensions\":{\"code\":\"TOO_MANY_REQUESTS\"}}]}";

	@TempDir
	static Path work;

	static ConfigurableApplicationContext replicaA;

	static ConfigurableApplicationContext replicaB;

	static Process nginx;

	static int proxyPort;

	@BeforeAll
	static void start() throws Exception {
		replicaA = replica();
		replicaB = replica();
		proxyPort = freePort();
		Path prefix = Files.createDirectories(work.resolve("nginx/logs")).getParent();
		Path cache = Files.createDirectories(work.resolve("cache"));
		// nginx's workers drop root and write the cache as another user.
		Files.setPosixFilePermissions(work, PosixFilePermissions.fromString("rwxr-xr-x"));
		Files.setPosixFilePermissions(cache, PosixFilePermissions.fromString("rwxrwxrwx"));
		String config = Files.readString(Path.of("src/deploy/nginx.conf"))
			.replace("127.0.0.1:8081", "127.0.0.1:" + port(replicaA))
			.replace("127.0.0.1:8082", "127.0.0.1:" + port(replicaB))
			.replace("listen 127.0.0.1:8080", "listen 127.0.0.1:" + proxyPort)
			.replace("/var/cache/nginx/hub", cache.toString())
			.replace("/var/log/nginx/hub-access.log", prefix.resolve("logs/access.log").toString());
		config = replaceOne(config, "(?m)^(\\s*limit_req_zone .*)rate=\\d+r/s", "$1rate=" + RATE + "r/s");
		config = replaceOne(config, "(?m)^(\\s*limit_req .*)burst=\\d+", "$1burst=" + BURST);
		Files.writeString(prefix.resolve("nginx.conf"), config);
		// Debian installs it in /usr/sbin, which not every PATH holds.
		String binary = Files.isExecutable(Path.of("/usr/sbin/nginx")) ? "/usr/sbin/nginx" : "nginx";
		nginx = new ProcessBuilder(binary, "-p", prefix.toString(), "-c", prefix.resolve("nginx.conf").toString(), "-g",
				"daemon off; pid " + prefix.resolve("nginx.pid") + "; error_log stderr;")
			.redirectErrorStream(true)
			.redirectOutput(prefix.resolve("nginx.log").toFile())
			.start();
		for (int i = 0; i < 100 && get(proxyPort, "{ permits { id } }") == null; i++) {
			Thread.sleep(100);
		}
		assertThat(nginx.isAlive()).as("nginx started: %s", Files.readString(prefix.resolve("nginx.log"))).isTrue();
	}

	private static ConfigurableApplicationContext replica() {
		return new SpringApplicationBuilder(HubApplication.class)
			.properties(Map.of("server.port", "0", "server.address", "127.0.0.1"))
			.run();
	}

	@AfterAll
	static void stop() throws InterruptedException {
		if (nginx != null) {
			nginx.destroy();
			nginx.waitFor(10, TimeUnit.SECONDS);
		}
		replicaA.close();
		if (replicaB.isActive()) {
			replicaB.close();
		}
	}

	@Test
	void repeatedGetsAreAnsweredByNginx() throws Exception {
		String query = "{ guides { id title } }";
		HttpResponse<String> first = get(proxyPort, query);
		HttpResponse<String> again = get(proxyPort, query);
		assertThat(first.statusCode()).isEqualTo(200);
		assertThat(again.headers().firstValue("X-Cache-Status")).hasValue("HIT");
		assertThat(again.body()).isEqualTo(first.body()).contains("residence-permit-guide");
	}

	@Test
	void aSearchCursorOfOneReplicaPagesOnTheOther() throws Exception {
		String page = "{ search(query: \"kazakhstan\", first: %d%s) { edges { node { ... on Node { id } } } "
				+ "pageInfo { endCursor } } }";
		List<String> all = ids(get(port(replicaA), page.formatted(100, "")).body());
		String firstPage = get(port(replicaA), page.formatted(4, "")).body();
		String cursor = firstPage.replaceAll("(?s).*\"endCursor\":\"([^\"]+)\".*", "$1");
		List<String> paged = new ArrayList<>(ids(firstPage));
		paged.addAll(ids(get(port(replicaB), page.formatted(100, ", after: \"" + cursor + "\"")).body()));
		assertThat(all).hasSizeGreaterThan(4);
		assertThat(paged).isEqualTo(all);
	}

	/** Last: it stops replica B for good. */
	@Test
	@Order(Integer.MAX_VALUE)
	void stoppingOneReplicaLosesNoRequest() throws Exception {
		List<Integer> statuses = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			if (i == 10) {
				replicaB.close();
			}
			// Each request different, so none comes from the cache.
			statuses
				.add(get(proxyPort, "{ n" + i + ": permit(id: \"temporary-residence-permit\") { id } }").statusCode());
		}
		assertThat(statuses).containsOnly(200);
	}

	/**
	 * One address flooding nginx with distinct POSTs (nginx caches no POST, so each would
	 * reach a replica) gets 429 with a GraphQL error past its rate and burst, while its
	 * requests within the rate are all answered and another address keeps being served,
	 * from the cache too. Cache hits count towards the limit as well (nginx checks it
	 * before it looks in the cache), so the flooding address gets its cached answer back
	 * after Retry-After.
	 */
	@Test
	void oneAddressFloodingNginxIsRefusedPastItsRateAndOthersAreServed() throws Exception {
		HttpClient flooder = clientFrom("127.0.0.2");
		String cached = "{ permits { id name } }";
		assertThat(get(proxyPort, cached).statusCode()).isEqualTo(200);
		assertThat(get(proxyPort, cached).headers().firstValue("X-Cache-Status")).hasValue("HIT");

		// Within the rate: a burst half as large as allowed, then half the rate for a
		// second.
		assertThat(flood(flooder, BURST / 2, BURST / 2, "within").keySet()).containsOnly(200);
		List<Integer> paced = new ArrayList<>();
		for (int i = 0; i < RATE / 2; i++) {
			paced.add(sendAsABrowserWould(flooder, post(proxyPort, "{ paced" + i + ": permits { id } }")).statusCode());
			Thread.sleep(2000 / RATE);
		}
		assertThat(paced).containsOnly(200);
		// What is left of that burst drains in a second: the flood starts with all of
		// BURST.
		Thread.sleep(1000);

		Map<Integer, List<HttpResponse<String>>> flood = flood(flooder, 200, 32, "flood");
		assertThat(flood.keySet()).containsOnly(200, 429);
		assertThat(flood.get(200)).hasSizeGreaterThanOrEqualTo(BURST);
		HttpResponse<String> refused = flood.get(429).get(0);
		assertThat(refused.body()).isEqualTo(TOO_MANY_REQUESTS);
		assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/json");
		assertThat(refused.headers().firstValue("Retry-After")).hasValue("1");

		// Another address, right after: served, both from the cache and by a replica.
		HttpResponse<String> other = get(proxyPort, cached);
		assertThat(other.statusCode()).isEqualTo(200);
		assertThat(other.headers().firstValue("X-Cache-Status")).hasValue("HIT");
		assertThat(send(HTTP, post(proxyPort, "{ other: permits { id } }")).statusCode()).isEqualTo(200);

		// The flooding address, after Retry-After: its cached answer again.
		Thread.sleep(1000 * Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow()));
		HttpResponse<String> again = send(flooder, getRequest(proxyPort, cached));
		assertThat(again.statusCode()).isEqualTo(200);
		assertThat(again.headers().firstValue("X-Cache-Status")).hasValue("HIT");
		assertThat(again.body()).isEqualTo(other.body());

		// Cache hits count too: a flood of one cached GET from a third address is refused
		// past the burst.
		HttpClient hits = clientFrom("127.0.0.3");
		List<HttpResponse<String>> all = new ArrayList<>();
		try (ExecutorService threads = Executors.newFixedThreadPool(32)) {
			List<Future<HttpResponse<String>>> sent = new ArrayList<>();
			for (int i = 0; i < 200; i++) {
				sent.add(threads.submit(() -> send(hits, getRequest(proxyPort, cached))));
			}
			for (Future<HttpResponse<String>> answer : sent) {
				all.add(answer.get());
			}
		}
		assertThat(all).extracting(HttpResponse::statusCode).contains(429);
		assertThat(all).filteredOn((answer) -> answer.statusCode() == 200)
			.allSatisfy((answer) -> assertThat(answer.headers().firstValue("X-Cache-Status")).hasValue("HIT"));
	}

	/** Distinct POSTs from {@code threads} threads at once, by status. */
	private static Map<Integer, List<HttpResponse<String>>> flood(HttpClient client, int requests, int threads,
			String alias) throws Exception {
		Map<Integer, List<HttpResponse<String>>> byStatus = new TreeMap<>();
		try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
			List<Future<HttpResponse<String>>> sent = new ArrayList<>();
			for (int i = 0; i < requests; i++) {
				String query = "{ " + alias + i + ": permit(id: \"temporary-residence-permit\") { id } }";
				sent.add(pool.submit(() -> sendAsABrowserWould(client, post(proxyPort, query))));
			}
			for (Future<HttpResponse<String>> answer : sent) {
				HttpResponse<String> response = answer.get();
				byStatus.computeIfAbsent(response.statusCode(), (status) -> new ArrayList<>()).add(response);
			}
		}
		return byStatus;
	}

	/**
	 * A client whose connections come from {@code address}, another of the loopback's.
	 */
	private static HttpClient clientFrom(String address) throws IOException {
		InetAddress local = InetAddress.getByName(address);
		try (ServerSocket probe = new ServerSocket(0, 1, local)) {
			// Linux answers for all of 127.0.0.0/8; not every system does.
		}
		catch (IOException notLocal) {
			Assumptions.abort("no loopback address " + address + " to send from: " + notLocal);
		}
		return HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.localAddress(local)
			.connectTimeout(Duration.ofSeconds(5))
			.build();
	}

	private static HttpRequest post(int port, String query) {
		return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"" + query.replace("\"", "\\\"") + "\"}"))
			.timeout(Duration.ofSeconds(10))
			.build();
	}

	private static HttpRequest getRequest(int port, String query) {
		return HttpRequest
			.newBuilder(URI.create(
					"http://127.0.0.1:" + port + "/graphql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
			.timeout(Duration.ofSeconds(10))
			.build();
	}

	private static HttpResponse<String> send(HttpClient client, HttpRequest request)
			throws IOException, InterruptedException {
		return client.send(request, HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * Sends again, once, when the connection closes before a byte of the answer, as
	 * browsers do for a kept-alive connection. Amid a flood of refused POSTs one such
	 * close was seen ("header parser received no bytes"), and the JDK's client retries
	 * only GETs by itself.
	 */
	private static HttpResponse<String> sendAsABrowserWould(HttpClient client, HttpRequest request)
			throws IOException, InterruptedException {
		try {
			return send(client, request);
		}
		catch (IOException closedBeforeAnswering) {
			return send(client, request);
		}
	}

	/**
	 * {@code config} with the one match of {@code regex} replaced: the shipped line is
	 * there.
	 */
	private static String replaceOne(String config, String regex, String replacement) {
		Matcher matcher = Pattern.compile(regex).matcher(config);
		assertThat(matcher.results().count()).as("%s in src/deploy/nginx.conf", regex).isEqualTo(1);
		return matcher.replaceFirst(replacement);
	}

	private static List<String> ids(String answer) {
		List<String> ids = new ArrayList<>();
		Matcher matcher = Pattern.compile("\"id\":\"([^\"]+)\"").matcher(answer);
		while (matcher.find()) {
			ids.add(matcher.group(1));
		}
		return ids;
	}

	private static HttpResponse<String> get(int port, String query) throws InterruptedException {
		try {
			return send(HTTP, getRequest(port, query));
		}
		catch (IOException notYet) {
			return null;
		}
	}

	private static int port(ConfigurableApplicationContext replica) {
		return Integer.parseInt(replica.getEnvironment().getProperty("local.server.port"));
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
