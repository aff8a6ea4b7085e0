package kz.hub.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kz.hub.HubApplication;
import kz.hub.HubHttpTest;
import kz.hub.live.LiveContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search and suggest operations of the contract over real HTTP: what a person sees
 * besides relevance.
 */
// The hub's whole-answer cache would answer a repeated request before search sees it; the
// search's own answer cache is what the repeated-search tests here prove.
@HubHttpTest(properties = "hub.http.answer-cache-bytes=0")
class SearchApiTest {

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	LiveContent live;

	/** The recent answers of the edition being served. */
	private RecentAnswers recentAnswers() {
		return live.current().index().recentAnswers();
	}

	private GraphQlTester.Response search(HttpGraphQlTester client, String query, int first, String after) {
		return client.documentName("operations")
			.operationName("Search")
			.variable("query", query)
			.variable("first", first)
			.variable("after", after)
			.execute();
	}

	@Test
	void misspeltQueryIsCorrectedAndSaysSo() {
		GraphQlTester.Response response = search(graphQl, "Almati", 3, null);
		response.path("search.correctedQuery").entity(String.class).isEqualTo("almaty");
		response.path("search.edges[0].node.id").entity(String.class).isEqualTo("almaty");
	}

	@Test
	void queryAskedAsTypedIsNotCorrected() {
		String document = """
				query($query: String!, $asTyped: Boolean) {
				  search(query: $query, first: 10, asTyped: $asTyped) {
				    totalCount correctedQuery edges { node { ... on Node { id } } }
				  }
				}""";
		GraphQlTester.Response corrected = graphQl.document(document).variable("query", "almati").execute();
		corrected.path("search.correctedQuery").entity(String.class).isEqualTo("almaty");
		Object correctedAnswer = corrected.path("search").entity(Map.class).get();
		long hitsBefore = recentAnswers().searchHits();
		GraphQlTester.Response asTyped = graphQl.document(document)
			.variable("query", "almati")
			.variable("asTyped", true)
			.execute();
		asTyped.path("search.correctedQuery").valueIsNull();
		assertThat(asTyped.path("search").entity(Map.class).get()).isNotEqualTo(correctedAnswer);
		assertThat(recentAnswers().searchHits()).as("the corrected answer is not the as-typed one")
			.isEqualTo(hitsBefore);
		graphQl.document(document)
			.variable("query", "almati")
			.variable("asTyped", null)
			.execute()
			.path("search.correctedQuery")
			.entity(String.class)
			.isEqualTo("almaty");
	}

	@Test
	void correctlySpeltQueryHasNoCorrection() {
		search(graphQl, "Almaty", 3, null).path("search.correctedQuery").valueIsNull();
	}

	@Test
	void highlightsMarkTheMatchedWords() {
		search(graphQl, "Grand Canyon", 1, null).path("search.edges[0].highlights[*].snippet")
			.entityList(String.class)
			.satisfies(snippets -> assertThat(String.join(" ", snippets)).contains("<mark>Grand</mark>")
				.contains("<mark>Canyon</mark>"));
	}

	@Test
	void searchWithoutHighlightsOrFacetsFindsTheSameHitsInTheSameOrder() {
		List<String> full = search(graphQl, "lake", 10, null).path("search.edges[*].node.id")
			.entityList(String.class)
			.get();
		List<String> bare = graphQl
			.document("{ search(query: \"lake\", first: 10) { edges { node { ... on Node { id } } } } }")
			.execute()
			.path("search.edges[*].node.id")
			.entityList(String.class)
			.get();
		assertThat(bare).hasSizeGreaterThan(1).isEqualTo(full);
	}

	@Test
	void highlightsAskedForThroughAFragmentAreMarked() {
		graphQl.document("""
				{ search(query: "Grand Canyon", first: 1) { ...Marked } }
				fragment Marked on SearchConnection { edges { highlights { snippet } } }""")
			.execute()
			.path("search.edges[0].highlights[*].snippet")
			.entityList(String.class)
			.satisfies(snippets -> assertThat(String.join(" ", snippets)).contains("<mark>Canyon</mark>"));
	}

	@Test
	void highlightsAndFacetsAskedForThroughAnInlineFragmentAndAliasesCome() {
		GraphQlTester.Response response = graphQl.document("""
				{ search(query: "Grand Canyon", first: 1) {
				    ... on SearchConnection { edges { marks: highlights { snippet } } }
				    counts: facets { field }
				} }""").execute();
		response.path("search.edges[0].marks[*].snippet")
			.entityList(String.class)
			.satisfies(snippets -> assertThat(String.join(" ", snippets)).contains("<mark>Canyon</mark>"));
		response.path("search.counts[*].field")
			.entityList(String.class)
			.satisfies(fields -> assertThat(fields).isNotEmpty());
	}

	@Test
	void repeatedSearchIsAnsweredFromRecentAnswersAsTheFirstWas() {
		Object first = search(graphQl, "steppe lakes near Astana", 3, null).path("search").entity(Map.class).get();
		long hitsBefore = recentAnswers().searchHits();
		Object again = search(graphQl, "steppe lakes near Astana", 3, null).path("search").entity(Map.class).get();
		assertThat(recentAnswers().searchHits()).as("answers from memory").isEqualTo(hitsBefore + 1);
		assertThat(again).isEqualTo(first);
		assertThat(first.toString()).contains("<mark>", "endCursor");
	}

	@Test
	void typesKeepOnlyTheAskedTypes() {
		List<String> types = graphQl.documentName("operations")
			.operationName("Search")
			.variable("query", "insurance")
			.variable("types", List.of("SECTION"))
			.execute()
			.path("search.edges[*].node.__typename")
			.entityList(String.class)
			.get();
		assertThat(types).isNotEmpty().containsOnly("Section");
	}

	@Test
	void facetsCountAllMatchesNotOnlyThePage() {
		GraphQlTester.Response response = search(graphQl, "lake", 1, null);
		int total = response.path("search.totalCount").entity(Integer.class).get();
		assertThat(Facets.total(response, "type")).isEqualTo(total).isGreaterThan(1);
		assertThat(Facets.values(response, "kind")).contains("LAKE");
	}

	@Test
	void nearKeepsPlacesInsideTheCircleWithTheirDistance() {
		GraphQlTester.Response response = graphQl.documentName("operations")
			.operationName("SearchNear")
			.variable("query", "lake")
			.variable("latitude", 43.2389)
			.variable("longitude", 76.8897)
			.variable("radiusKm", 50.0)
			.execute();
		response.path("search.edges[*].node.id").entityList(String.class).containsExactly("big-almaty-lake");
		response.path("search.edges[0].distanceKm")
			.entity(Double.class)
			.satisfies(km -> assertThat(km).isBetween(10.0, 30.0));
	}

	@Test
	void pagesOfTwoVisitEveryHitOnce() {
		Set<String> seen = new HashSet<>();
		List<String> visited = new ArrayList<>();
		String after = null;
		int total;
		do {
			GraphQlTester.Response page = search(graphQl, "kazakhstan", 2, after);
			total = page.path("search.totalCount").entity(Integer.class).get();
			visited.addAll(page.path("search.edges[*].node.id").entityList(String.class).get());
			boolean hasNext = page.path("search.pageInfo.hasNextPage").entity(Boolean.class).get();
			after = hasNext ? page.path("search.pageInfo.endCursor").entity(String.class).get() : null;
		}
		while (after != null && visited.size() <= total);
		seen.addAll(visited);
		assertThat(total).isGreaterThan(10);
		assertThat(visited).hasSize(total);
		assertThat(seen).hasSize(total);
	}

	/**
	 * A cursor given by this hub pages on a hub started as a separate JVM process on the
	 * same content, as a cursor given by one replica pages on another.
	 */
	@Test
	void cursorFromOneProcessWorksInAnother() throws Exception {
		String cursor = search(graphQl, "kazakhstan", 2, null).path("search.pageInfo.endCursor")
			.entity(String.class)
			.get();
		List<String> here = search(graphQl, "kazakhstan", 2, cursor).path("search.edges[*].node.id")
			.entityList(String.class)
			.get();
		Path log = Files.createTempFile("hub-process", ".log");
		Process other = startHubProcess(log);
		try {
			int otherPort = portOf(other, log);
			HttpGraphQlTester otherHub = graphQl.mutate().url("http://127.0.0.1:" + otherPort + "/graphql").build();
			List<String> there = search(otherHub, "kazakhstan", 2, cursor).path("search.edges[*].node.id")
				.entityList(String.class)
				.get();
			assertThat(there).hasSize(2).isEqualTo(here);
		}
		finally {
			other.destroy();
			if (!other.waitFor(20, TimeUnit.SECONDS)) {
				other.destroyForcibly();
			}
			Files.delete(log);
		}
	}

	/**
	 * The hub in a new JVM on this test's classpath, on a free port, logging to a file.
	 */
	private static Process startHubProcess(Path log) throws IOException {
		String java = ProcessHandle.current().info().command().orElse("java");
		return new ProcessBuilder(List.of(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
				HubApplication.class.getName(), "--server.port=0", "--server.address=127.0.0.1"))
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
	}

	/** The port a hub process logs that it serves on, once it has started. */
	private static int portOf(Process hub, Path log) throws IOException, InterruptedException {
		Pattern started = Pattern.compile("Tomcat started on port (\\d+)");
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
		while (System.nanoTime() < deadline) {
			Matcher matcher = started.matcher(Files.readString(log));
			if (matcher.find()) {
				return Integer.parseInt(matcher.group(1));
			}
			assertThat(hub.isAlive()).as("the hub process runs: %s", Files.readString(log)).isTrue();
			Thread.sleep(100);
		}
		throw new AssertionError("the hub process did not start within 90 s: " + Files.readString(log));
	}

	/**
	 * Query syntax, brackets and symbols are not parsed: the hostile text finds exactly
	 * what its plain words find.
	 */
	@ParameterizedTest(name = "{0} is searched as {1}")
	@CsvSource(delimiter = '|', textBlock = """
			title:(          | title
			?x               | x
			AND OR NOT       | and or not
			visa (           | visa
			'"unclosed'      | unclosed
			🏔️ lake          | lake
			lake~2^10        | lake 2 10
			[a TO z]         | a to z
			'insurance -visa' | insurance visa
			""")
	void hostileTextIsSearchedAsItsPlainWords(String text, String plainWords) {
		GraphQlTester.Response hostile = search(graphQl, text, 5, null);
		GraphQlTester.Response plain = search(graphQl, plainWords, 5, null);
		assertThat(hostile.path("search.totalCount").entity(Integer.class).get())
			.isEqualTo(plain.path("search.totalCount").entity(Integer.class).get());
		assertThat(hostile.path("search.edges[*].node.id").entityList(String.class).get())
			.isEqualTo(plain.path("search.edges[*].node.id").entityList(String.class).get());
	}

	@Test
	void hostileTextFindsWhatItsWordsFind() {
		search(graphQl, "lake~2^10", 5, null).path("search.edges[*].node.id")
			.entityList(String.class)
			.contains("big-almaty-lake");
	}

	@Test
	void controlCharactersAreIgnored() {
		search(graphQl, "\u0000\u0007lake", 3, null).path("search.totalCount")
			.entity(Integer.class)
			.satisfies(count -> assertThat(count).isGreaterThan(0));
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "   ", "*", "***", "?!", "/.*/", "\t\n" })
	void queryWithoutWordsIsABadRequest(String text) {
		assertBadRequest(search(graphQl, text, 5, null), "at least one word");
	}

	@Test
	void tenThousandCharactersAreABadRequest() {
		assertBadRequest(search(graphQl, "lake ".repeat(2000), 5, null), "characters long");
	}

	@Test
	void pageOverOneHundredIsABadRequest() {
		assertBadRequest(search(graphQl, "lake", 101, null), "first must be between 0 and 100");
	}

	@Test
	void foreignCursorIsABadRequest() {
		assertBadRequest(search(graphQl, "lake", 5, "not-a-cursor"), "cursor");
	}

	@Test
	void suggestCompletesAnAliasToItsPlace() {
		graphQl.documentName("operations")
			.operationName("Suggest")
			.variable("prefix", "Chimb")
			.execute()
			.path("suggest[0].text")
			.entity(String.class)
			.isEqualTo("Chimbulak")
			.path("suggest[0].node.id")
			.entity(String.class)
			.isEqualTo("shymbulak");
	}

	@Test
	void suggestCompletesAWordInsideAName() {
		graphQl.documentName("operations")
			.operationName("Suggest")
			.variable("prefix", "resid")
			.execute()
			.path("suggest[*].node.id")
			.entityList(String.class)
			.contains("temporary-residence-permit", "permanent-residence-permit");
	}

	@Test
	void suggestShowsAPlaceAndTheGuideSectionAboutItAsOne() {
		List<String> ids = graphQl.documentName("operations")
			.operationName("Suggest")
			.variable("prefix", "lake")
			.execute()
			.path("suggest[*].node.id")
			.entityList(String.class)
			.get();
		assertThat(ids).contains("kolsai-lakes", "big-almaty-lake")
			.doesNotContain("top-places-to-visit#kolsai-lakes-national-park", "top-places-to-visit#big-almaty-lake");
	}

	@Test
	void suggestToleratesATypoAfterTheFirstLetters() {
		graphQl.documentName("operations")
			.operationName("Suggest")
			.variable("prefix", "Astna")
			.execute()
			.path("suggest[*].node.id")
			.entityList(String.class)
			.contains("astana");
	}

	@Test
	void repeatedSuggestIsAnsweredFromRecentAnswersAsTheFirstWas() {
		String suggest = "{ suggest(prefix: \"Shym\", limit: 3) { text node { ... on Node { id } } } }";
		List<Object> first = graphQl.document(suggest).execute().path("suggest").entityList(Object.class).get();
		long hitsBefore = recentAnswers().suggestHits();
		List<Object> again = graphQl.document(suggest).execute().path("suggest").entityList(Object.class).get();
		assertThat(recentAnswers().suggestHits()).as("answers from memory").isEqualTo(hitsBefore + 1);
		assertThat(first).isNotEmpty();
		assertThat(again).isEqualTo(first);
	}

	@Test
	void suggestWithAnExplicitNullLimitGivesTheDefaultFive() {
		graphQl.document("{ suggest(prefix: \"a\", limit: null) { text } }")
			.execute()
			.path("suggest")
			.entityList(Object.class)
			.hasSize(5);
	}

	private static void assertBadRequest(GraphQlTester.Response response, String reason) {
		response.errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
			assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
			assertThat(error.getMessage()).contains(reason);
		}));
	}

}
