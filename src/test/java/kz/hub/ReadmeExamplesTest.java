package kz.hub;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.json.JsonCompareMode;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's example queries, sent as a new user would send them, give what the README
 * says.
 */
@HubHttpTest
class ReadmeExamplesTest {

	private static final Path README = Path.of("README.md");

	@Autowired
	WebTestClient client;

	private WebTestClient client() {
		return client;
	}

	@Test
	void curlExampleAnswersWhatTheReadmeShows() throws IOException {
		String readme = Files.readString(README);
		Matcher example = Pattern.compile("-d '(\\{.*?})'\\s*```\\s*answers `(\\{.*?})`", Pattern.DOTALL)
			.matcher(readme);
		assertThat(example.find()).as("README has a curl example with its answer").isTrue();
		client().post()
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
	void everyGraphQlExampleAnswersWithoutErrors() throws IOException {
		List<String> queries = graphQlExamples(Files.readString(README));
		assertThat(queries).hasSizeGreaterThanOrEqualTo(5);
		for (String query : queries) {
			client().post()
				.uri("/graphql")
				.contentType(MediaType.APPLICATION_JSON)
				.bodyValue(Map.of("query", query))
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody()
				.jsonPath("$.errors")
				.doesNotExist()
				.jsonPath("$.data")
				.isNotEmpty();
		}
	}

	/**
	 * The queries of the README's graphql blocks: each starts at a line beginning with
	 * '{'.
	 */
	private static List<String> graphQlExamples(String readme) {
		List<String> queries = new ArrayList<>();
		Matcher block = Pattern.compile("```graphql\\n(.*?)```", Pattern.DOTALL).matcher(readme);
		while (block.find()) {
			StringBuilder query = new StringBuilder();
			for (String line : block.group(1).split("\\n")) {
				if (line.startsWith("{") && !query.isEmpty()) {
					queries.add(query.toString());
					query.setLength(0);
				}
				if (!line.startsWith("#")) {
					query.append(line).append('\n');
				}
			}
			if (!query.toString().isBlank()) {
				queries.add(query.toString());
			}
		}
		return queries;
	}

}
