package kz.hub;

import java.io.IOException;
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
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
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
 * search cursor of one replica pages on the other, and stopping one replica loses no
 * request.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReplicasBehindNginxTest {

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

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
			return HTTP
				.send(HttpRequest
					.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql?query="
							+ URLEncoder.encode(query, StandardCharsets.UTF_8)))
					.timeout(Duration.ofSeconds(10))
					.build(), HttpResponse.BodyHandlers.ofString());
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
