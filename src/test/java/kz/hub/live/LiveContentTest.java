package kz.hub.live;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import kz.hub.HubHttpTest;
import kz.hub.content.ContentFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Editing index-data while the hub serves: changes show up without a restart, and a bad
 * edit loses nothing.
 */
@HubHttpTest
class LiveContentTest {

	private static final Duration PICKED_UP = Duration.ofSeconds(10);

	@RegisterExtension
	static final ContentFolder folder = ContentFolder.served();

	@DynamicPropertySource
	static void watchedContent(DynamicPropertyRegistry registry) {
		folder.serveTo(registry);
	}

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	WebTestClient client;

	@Autowired
	LiveContent live;

	private String destinationName(String id) {
		return graphQl.document("{ destination(id: \"" + id + "\") { name } }")
			.execute()
			.path("destination.name")
			.entity(String.class)
			.get();
	}

	@Test
	void editedFileIsServedWithoutARestart() {
		folder.replace("destinations.yaml", "name: Charyn Canyon", "name: Sharyn Canyon");
		await().atMost(PICKED_UP)
			.untilAsserted(() -> assertThat(destinationName("charyn-canyon")).isEqualTo("Sharyn Canyon"));
		graphQl.document("{ search(query: \"Sharyn Canyon\", first: 1) { edges { highlights { snippet } } } }")
			.execute()
			.path("search.edges[0].highlights[0].snippet")
			.entity(String.class)
			.isEqualTo("<mark>Sharyn</mark> <mark>Canyon</mark>");
	}

	@Test
	void editedTranslationIsServedAndSearchedWithoutARestart() {
		folder.replace("destinations.ru.yaml", "name: Чарынский каньон", "name: Каньон Шарын");
		await().atMost(PICKED_UP)
			.untilAsserted(() -> assertThat(
					graphQl.document("{ destination(id: \"charyn-canyon\", language: RU) { name language } }")
						.execute()
						.path("destination.name")
						.entity(String.class)
						.get())
				.isEqualTo("Каньон Шарын"));
		graphQl.document("{ search(query: \"Каньон Шарын\", first: 1) { edges { node { ... on Node { id } } } } }")
			.execute()
			.path("search.edges[0].node.id")
			.entity(String.class)
			.isEqualTo("charyn-canyon");
	}

	@Test
	void guideAddedThroughATempFileAppearsAndGoesAwayWhenDeleted() throws IOException {
		// Editors often save by writing a temporary file and renaming it over the target.
		Path temp = folder.path("guides/.winter-tips.md.tmp");
		Files.writeString(temp, """
				---
				id: winter-tips
				title: Winter tips
				summary: Staying warm in Astana.
				category: TRAVEL
				destinations: [astana]
				---
				## Layers

				Astana is one of the coldest capitals in the world; dress in layers.
				""");
		Files.move(temp, folder.path("guides/winter-tips.md"), StandardCopyOption.ATOMIC_MOVE);
		await().atMost(PICKED_UP)
			.ignoreExceptions()
			.untilAsserted(() -> graphQl.document("{ guide(id: \"winter-tips\") { sections { id } } }")
				.execute()
				.path("guide.sections[0].id")
				.entity(String.class)
				.isEqualTo("winter-tips#layers"));

		Files.delete(folder.path("guides/winter-tips.md"));
		await().atMost(PICKED_UP)
			.untilAsserted(() -> graphQl.document("{ guide(id: \"winter-tips\") { id } }")
				.execute()
				.path("guide")
				.valueIsNull());
	}

	@Test
	void brokenEditKeepsTheLastGoodContentAndHealthSaysWhy() {
		folder.replace("destinations.yaml", "kind: CANYON", "kind: GORGE");
		await().atMost(PICKED_UP)
			.untilAsserted(() -> health().jsonPath("$.components.content.details.lastError.message")
				.value(String.class,
						message -> assertThat(message).contains("destinations.yaml")
							.contains("field 'kind'")
							.contains("GORGE")));
		graphQl.document("{ destination(id: \"charyn-canyon\") { kind } }")
			.execute()
			.path("destination.kind")
			.entity(String.class)
			.isEqualTo("CANYON");
		health().jsonPath("$.status").isEqualTo("UP");

		folder.replace("destinations.yaml", "kind: GORGE", "kind: CANYON");
		await().atMost(PICKED_UP)
			.untilAsserted(() -> health().jsonPath("$.components.content.details.lastError").doesNotExist());
	}

	@Test
	void anEmptyListEntryIsAContentErrorAndLaterEditsAreStillServed() {
		folder.replace("destinations.yaml", "activities: [sightseeing]", "activities: [\"\", hiking]");
		int line = folder.lineOf("destinations.yaml", "activities: [\"\", hiking]");
		await().atMost(PICKED_UP)
			.untilAsserted(() -> health().jsonPath("$.components.content.details.lastError.message")
				.isEqualTo("destinations.yaml, line " + line
						+ ", field 'activities': entry 1 of 2 is empty; remove it or write the text"));

		folder.replace("destinations.yaml", "activities: [\"\", hiking]", "activities: [sightseeing, hiking]");
		await().atMost(PICKED_UP)
			.untilAsserted(() -> graphQl.document("{ destination(id: \"astana\") { activities } }")
				.execute()
				.path("destination.activities")
				.entityList(String.class)
				.containsExactly("sightseeing", "hiking"));
		health().jsonPath("$.components.content.details.lastError").doesNotExist();
	}

	@Test
	void anEditChangesTheETagAndTheAnswerOfTheEditionBeforeIsNotServed() {
		String query = "{ destination(id: \"charyn-canyon\") { name } }";
		String etag = getWith(query, "\"none\"").getResponseHeaders().getETag();
		assertThat(getWith(query, etag).getStatus().value()).isEqualTo(304);

		folder.replace("destinations.yaml", "name: Charyn Canyon", "name: Sharyn Canyon");
		await().atMost(PICKED_UP).untilAsserted(() -> {
			EntityExchangeResult<byte[]> after = getWith(query, etag);
			assertThat(after.getStatus().value()).isEqualTo(200);
			assertThat(new String(after.getResponseBody(), StandardCharsets.UTF_8)).contains("Sharyn Canyon");
			assertThat(after.getResponseHeaders().getETag()).isNotNull().isNotEqualTo(etag);
		});
	}

	private EntityExchangeResult<byte[]> getWith(String query, String ifNoneMatch) {
		return client.get()
			.uri("/graphql?query={query}", query)
			.header("If-None-Match", ifNoneMatch)
			.exchange()
			.expectBody()
			.returnResult();
	}

	@Test
	void anEditThatFailsIndexingIsAContentErrorAndTheWatcherGoesOn() {
		String synonyms = folder.read("synonyms.txt");
		folder.write("synonyms.txt", synonyms + "the, a\n");
		await().atMost(PICKED_UP)
			.untilAsserted(() -> health().jsonPath("$.components.content.details.lastError.message")
				.value(String.class, message -> assertThat(message).contains("synonyms.txt")));
		health().jsonPath("$.status").isEqualTo("UP").jsonPath("$.components.content.details.watching").isEqualTo(true);

		folder.write("synonyms.txt", synonyms);
		folder.replace("destinations.yaml", "name: Charyn Canyon", "name: Sharyn Canyon");
		await().atMost(PICKED_UP)
			.untilAsserted(() -> assertThat(destinationName("charyn-canyon")).isEqualTo("Sharyn Canyon"));
		health().jsonPath("$.components.content.details.lastError").doesNotExist();
	}

	@Test
	void anAliasListOfAMillionEntriesIsRefusedAndTheLastGoodContentServed() {
		String million = "x, ".repeat(999_999) + "x";
		folder.replace("destinations.yaml", "aliases: [Alma-Ata, Алматы, Алма-Ата]", "aliases: [" + million + "]");
		await().atMost(PICKED_UP)
			.untilAsserted(() -> health().jsonPath("$.components.content.details.lastError.message")
				.value(String.class, message -> assertThat(message).startsWith("destinations.yaml: is ")
					.contains("the limit is 524288 bytes")));
		graphQl.document("{ destination(id: \"almaty\") { aliases } }")
			.execute()
			.path("destination.aliases")
			.entityList(String.class)
			.containsExactly("Alma-Ata", "Алматы", "Алма-Ата");
		health().jsonPath("$.status").isEqualTo("UP");
	}

	@Test
	void aGuideOfAHundredMegabytesIsRefusedUnreadAndTheLastGoodContentServed() throws IOException {
		Path huge = folder.path("guides/huge.md");
		Files.writeString(huge, """
				---
				id: huge
				title: Huge
				summary: Far too long.
				category: TRAVEL
				---
				## Everything

				""");
		// Sparse: the test writes almost nothing, the hub sees 100 MB.
		try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
			file.setLength(100L * 1024 * 1024);
		}
		await().atMost(PICKED_UP)
			.untilAsserted(() -> health().jsonPath("$.components.content.details.lastError.message")
				.isEqualTo("guides/huge.md: is 104857600 bytes, the limit is 1048576 bytes"));
		graphQl.document("{ guide(id: \"huge\") { id } }").execute().path("guide").valueIsNull();
		assertThat(destinationName("charyn-canyon")).isEqualTo("Charyn Canyon");
		health().jsonPath("$.status").isEqualTo("UP");
	}

	@Test
	void healthNamesTheFailingFileRelativeToTheContentFolder() {
		folder.path("steps.yaml").toFile().delete();
		await().atMost(PICKED_UP)
			.untilAsserted(() -> health().jsonPath("$.components.content.details.lastError.message")
				.isEqualTo("steps.yaml: is missing from the content folder"));
	}

	@Test
	void healthSaysTheFolderIsWatched() {
		health().jsonPath("$.components.content.details.watching")
			.isEqualTo(true)
			.jsonPath("$.components.content.details.watchProblem")
			.doesNotExist();
	}

	@Test
	void readersDuringFiftyReloadsNeverSeeAnErrorOrAMixOfTwoVersions() throws Exception {
		String original = folder.read("destinations.yaml");
		String renamed = original.replace("name: Karaganda", "name: Qaraghandy City");
		String query = """
				{ destination(id: "karaganda") { name }
				  search(query: "karaganda", types: [DESTINATION], first: 1) { edges { node { ... on Destination { name } } } } }""";
		AtomicBoolean reloading = new AtomicBoolean(true);
		ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
		Set<String> seen = ConcurrentHashMap.newKeySet();
		try (ExecutorService readers = Executors.newFixedThreadPool(4)) {
			List<Future<?>> running = new ArrayList<>();
			for (int i = 0; i < 4; i++) {
				running.add(readers.submit(() -> {
					while (reloading.get()) {
						Map<?, ?> body = client.post()
							.uri("/graphql")
							.bodyValue(Map.of("query", query))
							.exchange()
							.expectStatus()
							.isOk()
							.expectBody(Map.class)
							.returnResult()
							.getResponseBody();
						if (body.containsKey("errors")) {
							problems.add("errors: " + body.get("errors"));
							continue;
						}
						Map<?, ?> data = (Map<?, ?>) body.get("data");
						String byId = (String) ((Map<?, ?>) data.get("destination")).get("name");
						Map<?, ?> hit = (Map<?, ?>) ((List<?>) ((Map<?, ?>) data.get("search")).get("edges")).get(0);
						String bySearch = (String) ((Map<?, ?>) hit.get("node")).get("name");
						seen.add(byId);
						if (!byId.equals(bySearch)) {
							problems.add("mixed answer: " + byId + " / " + bySearch);
						}
					}
				}));
			}
			try {
				for (int reload = 0; reload < 50; reload++) {
					String before = live.current().content().version();
					folder.write("destinations.yaml", reload % 2 == 0 ? renamed : original);
					// The watcher may get there first; either way a new edition serves
					// after this.
					live.reload();
					assertThat(live.current().content().version()).as("version after reload %d", reload)
						.isNotEqualTo(before);
				}
			}
			finally {
				reloading.set(false);
			}
			for (Future<?> reader : running) {
				reader.get();
			}
		}
		assertThat(problems).isEmpty();
		assertThat(seen).contains("Karaganda", "Qaraghandy City");
	}

	private WebTestClient.BodyContentSpec health() {
		return client.get().uri("/actuator/health").exchange().expectBody();
	}

}
