package kz.hub.search.answers;

import kz.hub.content.Language;
import kz.hub.content.Section;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an answer may quote: the statements of an item's prose as written, not list
 * entries, the lead-in of a list, questions or labels.
 */
class ContentSentencesTest {

	private static Section section(String text) {
		return new Section("guide#part", "guide", "part", "Part", 2, text, "<p>" + text + "</p>");
	}

	@Test
	void proseSplitsIntoItsSentencesAsWritten() {
		assertThat(ContentSentences.of(section("You need to submit your application to the office. The processing "
				+ "time can take up to 30 days. Dr. Smith, e.g. the officer, signs it."), Language.EN))
			.containsExactly("You need to submit your application to the office.",
					"The processing time can take up to 30 days.", "Dr. Smith, e.g. the officer, signs it.");
	}

	@Test
	void listsQuestionsAndLabelsAreNoStatements() {
		assertThat(ContentSentences.of(section("""
				You need to gather all required documents, including:
				- Passport with at least six months validity.
				- Passport-sized photos
				So, what are you waiting for? Passport-sized photos. Go and see it!"""), Language.EN))
			.containsExactly("Go and see it!");
	}

	@Test
	void russianAndKazakhSentencesKeepTheirQuotesAndDashes() {
		assertThat(ContentSentences.of(section("Космодром «Байконур» — первый космодром. Он находится в степи."),
				Language.RU))
			.containsExactly("Космодром «Байконур» — первый космодром.", "Он находится в степи.");
		assertThat(ContentSentences.of(section("Қарау 30 күнге дейін созылуы мүмкін. Бұл қажет пе?"), Language.KK))
			.containsExactly("Қарау 30 күнге дейін созылуы мүмкін.");
	}

}
