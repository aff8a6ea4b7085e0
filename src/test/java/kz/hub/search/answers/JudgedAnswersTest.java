package kz.hub.search.answers;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import kz.hub.HubHttpTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The judged questions of {@code search/answers/answers.<tag>.csv}, asked over real HTTP
 * in their language and in none: how many get the sentence that answers them, another one
 * or none, and whether every question the content cannot answer gets none. Every answer
 * given is a sentence of its node's text.
 */
@HubHttpTest
class JudgedAnswersTest {

	private static final String ANSWER = """
			query Answer($query: String!, $language: Language) {
			  search(query: $query, first: 1, language: $language) {
			    answer {
			      text
			      node {
			        ... on Section { text } ... on Permit { description } ... on Requirement { description }
			        ... on Document { description } ... on ApplicationStep { description }
			        ... on Destination { description } ... on Guide { summary }
			      }
			    }
			  }
			}""";

	/**
	 * The fewest questions of each list answered right and the most answered wrong, as
	 * measured when the lists were written; a change that loses one fails.
	 */
	private static final Map<String, Figures> LEAST = Map.of("en", new Figures(17, 1), "ru", new Figures(13, 1), "kk",
			new Figures(15, 1));

	@Autowired
	HttpGraphQlTester graphQl;

	/** One judged question: the starts of the sentences that answer it, none if empty. */
	private record Judged(String question, List<String> answers) {
	}

	/** The search's answer as read from the response. */
	private record Search(Answer answer) {
	}

	/**
	 * @param node the node's prose fields by name
	 */
	private record Answer(String text, Map<String, String> node) {
	}

	/**
	 * @param right questions answered with one of their sentences
	 * @param wrong questions answered with another sentence, or answered though the
	 * content cannot answer them
	 */
	private record Figures(int right, int wrong) {
	}

	@Test
	void judgedQuestionsGetTheSentenceThatAnswersThemAndUnanswerableOnesNone() {
		List<String> failures = new ArrayList<>();
		for (String tag : List.of("en", "ru", "kk")) {
			for (String language : Arrays.asList(tag.toUpperCase(), null)) {
				Figures figures = judge(tag, language, failures);
				assertThat(figures.right()).as("%s questions answered right (language %s)", tag, language)
					.isGreaterThanOrEqualTo(LEAST.get(tag).right());
				assertThat(figures.wrong()).as("%s questions answered wrong (language %s)", tag, language)
					.isLessThanOrEqualTo(LEAST.get(tag).wrong());
			}
		}
		assertThat(failures).as("answers that are no sentence of their node, or unanswerable questions answered")
			.isEmpty();
	}

	private Figures judge(String tag, String language, List<String> failures) {
		List<Judged> list = judged(tag);
		int right = 0;
		int wrong = 0;
		int none = 0;
		int unanswerable = 0;
		int unanswerableAnswered = 0;
		for (Judged judged : list) {
			HttpGraphQlTester.Response response = graphQl.document(ANSWER)
				.variable("query", judged.question())
				.variable("language", language)
				.execute();
			Answer answer = response.path("search").entity(Search.class).get().answer();
			if (judged.answers().isEmpty()) {
				unanswerable++;
				if (answer != null) {
					unanswerableAnswered++;
					failures.add(judged.question() + " is answered: " + answer.text());
				}
				continue;
			}
			if (answer == null) {
				none++;
				continue;
			}
			String text = answer.text();
			if (answer.node().values().stream().noneMatch(prose -> prose.contains(text))) {
				failures.add(judged.question() + " is answered with no sentence of its node: " + text);
			}
			if (judged.answers().stream().anyMatch(text::startsWith)) {
				right++;
			}
			else {
				wrong++;
			}
		}
		System.out.printf(
				"answers %s (language %s): %d of %d answered right, %d wrong, %d none; "
						+ "%d of %d unanswerable got none%n",
				tag, language, right, list.size() - unanswerable, wrong, none, unanswerable - unanswerableAnswered,
				unanswerable);
		return new Figures(right, wrong + unanswerableAnswered);
	}

	private static List<Judged> judged(String tag) {
		String name = "/search/answers/answers." + tag + ".csv";
		try (InputStream in = JudgedAnswersTest.class.getResourceAsStream(name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.filter(line -> !line.isBlank() && !line.startsWith("#"))
				.map(line -> line.split(";", -1))
				.map(fields -> new Judged(fields[0],
						fields[1].isEmpty() ? List.of() : Arrays.asList(fields[1].split("\\|"))))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
