package kz.hub;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.json.JsonCompareMode;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's example queries, sent as a new user would send them, give what the README
 * says: the curl example its shown answer, and each GraphQL example what the comment
 * above it states, the values read from the README's own words. Editing a stated value in
 * the README or breaking the API fails here.
 */
@HubHttpTest
class ReadmeExamplesTest {

	private static final Path README = Path.of("README.md");

	private static final Pattern CHECKLIST = Pattern.compile("for a (\\w+) permit: the ([\\w ]+) is included\\.");

	private static final Pattern FIRST_PLACES = Pattern
		.compile("The first (\\w+) places by rank\\. For the next page, pass after: <endCursor>\\.");

	private static final Pattern NEARBY = Pattern
		.compile("within (\\d+) km of (\\w+): ([\\w ]+) and ([\\w ]+) first\\.");

	private static final Pattern CORRECTED = Pattern.compile(
			"A misspelt search: the hub searches \"(\\w+)\", says so in correctedQuery and marks the matched words\\.");

	private static final Pattern SUGGEST = Pattern
		.compile("Search as you type: \"(\\w+)\" finds (\\w+) by its alias (\\w+)\\.");

	private static final Pattern SECTION = Pattern
		.compile("One section of a guide, by guide id, '#' and the heading's anchor\\.");

	private static final List<Pattern> CLAIMS = List.of(CHECKLIST, FIRST_PLACES, NEARBY, CORRECTED, SUGGEST, SECTION);

	private static final List<String> NUMBERS = List.of("zero", "one", "two", "three", "four", "five", "six", "seven",
			"eight", "nine", "ten");

	@Autowired
	WebTestClient client;

	/** A GraphQL example of the README: the comment above it and the query. */
	record Example(String claim, String query) {
	}

	@Test
	void curlExampleAnswersWhatTheReadmeShows() {
		Matcher example = curlExample();
		client.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(example.group(1))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.json(example.group(2), JsonCompareMode.STRICT);
	}

	@Test
	void curlExampleAnswersTheSameOverGet() {
		Matcher example = curlExample();
		String query = JsonPath.parse(example.group(1)).read("$.query");
		client.get()
			.uri("/graphql?query={query}", query)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.json(example.group(2), JsonCompareMode.STRICT);
	}

	@Test
	void everyGraphQlExampleStatesAResultThatIsChecked() {
		List<Example> examples = graphQlExamples();
		assertThat(examples).isNotEmpty();
		for (Example example : examples) {
			assertThat(CLAIMS.stream().filter(claim -> claim.matcher(example.claim()).find()))
				.as("claims checked for the README example %s", example)
				.hasSize(1);
		}
	}

	@Test
	void checklistExampleIncludesTheDocumentItNames() {
		Example example = example(CHECKLIST);
		Matcher claim = CHECKLIST.matcher(example.claim());
		claim.find();
		assertThat(example.query()).contains("permit: \"" + claim.group(1) + "-");
		DocumentContext answer = answer(example.query());
		assertThat(answer.read("$.data.checklist.documents[*].id", List.class)).contains(slug(claim.group(2)));
		List<Integer> orders = answer.read("$.data.checklist.steps[*].order");
		assertThat(orders).isNotEmpty().isSorted();
		assertThat(answer.read("$.data.checklist.maxProcessingDays", Integer.class)).isPositive();
	}

	@Test
	void destinationsExampleGivesTheFirstPlacesByRankAndItsCursorTheNext() {
		Example example = example(FIRST_PLACES);
		Matcher claim = FIRST_PLACES.matcher(example.claim());
		claim.find();
		int first = NUMBERS.indexOf(claim.group(1));
		assertThat(example.query()).contains("first: " + first + ")");
		List<String> byRank = ShippedContent.destinationIdsByRank();
		assertThat(byRank).hasSizeGreaterThan(first);

		DocumentContext page = answer(example.query());
		assertThat(page.read("$.data.destinations.edges[*].node.id", List.class)).isEqualTo(byRank.subList(0, first));
		List<Integer> ranks = page.read("$.data.destinations.edges[*].node.rank");
		assertThat(ranks).isSorted();
		assertThat(page.read("$.data.destinations.totalCount", Integer.class)).isEqualTo(byRank.size());
		assertThat(page.read("$.data.destinations.pageInfo.hasNextPage", Boolean.class)).isTrue();

		String cursor = page.read("$.data.destinations.pageInfo.endCursor");
		DocumentContext next = answer(
				example.query().replace("first: " + first + ")", "first: " + first + ", after: \"" + cursor + "\")"));
		assertThat(next.read("$.data.destinations.edges[*].node.id", List.class))
			.isEqualTo(byRank.subList(first, Math.min(2 * first, byRank.size())));
	}

	@Test
	void nearbyExampleListsThePlacesItNamesFirstWithinTheRadius() {
		Example example = example(NEARBY);
		Matcher claim = NEARBY.matcher(example.claim());
		claim.find();
		int radius = Integer.parseInt(claim.group(1));
		assertThat(example.query()).contains("destination(id: \"" + slug(claim.group(2)) + "\")")
			.contains("radiusKm: " + radius + ")");
		DocumentContext answer = answer(example.query());
		List<String> names = answer.read("$.data.destination.nearby[*].destination.name");
		assertThat(names).hasSizeGreaterThanOrEqualTo(2);
		assertThat(names.subList(0, 2)).containsExactly(claim.group(3), claim.group(4));
		List<Number> distances = answer.read("$.data.destination.nearby[*].distanceKm");
		assertThat(distances.stream().map(Number::doubleValue).toList()).isSorted()
			.allSatisfy(distance -> assertThat(distance).isLessThanOrEqualTo(radius));
	}

	@Test
	void searchExampleIsCorrectedToTheWordItNamesAndMarksIt() {
		Example example = example(CORRECTED);
		Matcher claim = CORRECTED.matcher(example.claim());
		claim.find();
		String corrected = claim.group(1);
		DocumentContext answer = answer(example.query());
		assertThat(answer.read("$.data.search.correctedQuery", String.class)).isEqualTo(corrected);
		assertThat(example.query()).doesNotContainIgnoringCase("\"" + corrected + "\"");
		List<String> snippets = answer.read("$.data.search.edges[*].highlights[*].snippet");
		assertThat(snippets).anySatisfy(snippet -> assertThat(snippet.toLowerCase(Locale.ROOT))
			.contains("<mark>" + corrected.toLowerCase(Locale.ROOT) + "</mark>"));
	}

	@Test
	void suggestExampleFindsThePlaceItNamesByItsAlias() {
		Example example = example(SUGGEST);
		Matcher claim = SUGGEST.matcher(example.claim());
		claim.find();
		assertThat(example.query()).contains("prefix: \"" + claim.group(1) + "\"");
		assertThat(claim.group(3)).startsWith(claim.group(1));
		List<Map<String, Object>> suggestions = answer(example.query()).read("$.data.suggest");
		assertThat(suggestions).anySatisfy(suggestion -> {
			assertThat(suggestion.get("text")).isEqualTo(claim.group(3));
			assertThat(suggestion.get("node")).isEqualTo(Map.of("id", slug(claim.group(2))));
		});
	}

	@Test
	void sectionExampleGivesTheSectionOfItsAnchorInItsGuide() {
		Example example = example(SECTION);
		Matcher id = Pattern.compile("section\\(id: \"([\\w-]+)#([\\w-]+)\"\\)").matcher(example.query());
		assertThat(id.find()).as("the example asks for a section by guide id and anchor").isTrue();
		DocumentContext answer = answer(example.query());
		assertThat(slug(answer.read("$.data.section.heading", String.class))).isEqualTo(id.group(2));
		assertThat(answer.read("$.data.section.text", String.class)).isNotBlank();
		assertThat(answer.read("$.data.section.guide.title", String.class))
			.isEqualTo(ShippedContent.guide(id.group(1)).get("title"));
	}

	private DocumentContext answer(String query) {
		String body = client.post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("query", query))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		DocumentContext answer = JsonPath.parse(body);
		assertThat(answer.read("$", Map.class)).as(body).doesNotContainKey("errors");
		return answer;
	}

	private static Matcher curlExample() {
		Matcher example = Pattern.compile("-d '(\\{.*?})'\\s*```\\s*answers `(\\{.*?})`", Pattern.DOTALL)
			.matcher(readme());
		assertThat(example.find()).as("README has a curl example with its answer").isTrue();
		return example;
	}

	/** The one README example whose comment makes this claim. */
	private static Example example(Pattern claim) {
		List<Example> examples = graphQlExamples().stream()
			.filter(example -> claim.matcher(example.claim()).find())
			.toList();
		assertThat(examples).as("README examples stating %s", claim).hasSize(1);
		return examples.getFirst();
	}

	/**
	 * The examples of the README's graphql blocks: each is its '#' comment lines, then
	 * the query, starting at a line beginning with '{'.
	 */
	private static List<Example> graphQlExamples() {
		List<Example> examples = new ArrayList<>();
		Matcher block = Pattern.compile("```graphql\\n(.*?)```", Pattern.DOTALL).matcher(readme());
		while (block.find()) {
			StringBuilder claim = new StringBuilder();
			StringBuilder query = new StringBuilder();
			for (String line : block.group(1).split("\\n")) {
				if (line.startsWith("#")) {
					if (!query.isEmpty()) {
						examples.add(new Example(claim.toString().strip(), query.toString()));
						claim.setLength(0);
						query.setLength(0);
					}
					claim.append(line.substring(1).strip()).append(' ');
				}
				else if (!line.isBlank()) {
					query.append(line).append('\n');
				}
			}
			if (!query.isEmpty()) {
				examples.add(new Example(claim.toString().strip(), query.toString()));
			}
		}
		return examples;
	}

	/**
	 * An id or anchor as the README describes them: "Health Insurance" →
	 * health-insurance.
	 */
	private static String slug(String words) {
		return words.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
	}

	private static String readme() {
		try {
			return Files.readString(README);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
