package kz.hub.search.suggest;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import kz.hub.content.Language;
import kz.hub.search.InvalidQueryException;
import kz.hub.search.SampleContent;
import kz.hub.search.Suggestion;
import kz.hub.search.analysis.TextAnalysis;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Search-as-you-type over the names of the sample content. */
class CompletionsTest {

	final Completions completions = new Completions(Map.of(Language.EN, SampleContent.content().items()),
			new TextAnalysis(""), 3, UnaryOperator.identity());

	@AfterEach
	void close() throws IOException {
		completions.close();
	}

	private List<String> ids(String prefix) {
		return completions.lookup(prefix, 3, Language.EN).stream().map(Suggestion::id).toList();
	}

	@Test
	void aliasCompletesToItsPlace() {
		assertThat(completions.lookup("Chimb", 3, Language.EN)).first()
			.isEqualTo(new Suggestion("Chimbulak", "shymbulak"));
	}

	@Test
	void eachItemCompletesOnceByItsOwnNameBeforeItsAliases() {
		assertThat(completions.lookup("Alma", 3, Language.EN)).first().isEqualTo(new Suggestion("Almaty", "almaty"));
		assertThat(ids("Alma")).doesNotHaveDuplicates();
	}

	@Test
	void aWordInsideANameCompletesAfterTheNamesThatStartWithIt() {
		assertThat(ids("Lake")).contains("big-almaty-lake");
		assertThat(ids("Alma")).startsWith("almaty").contains("big-almaty-lake");
	}

	@Test
	void oneTypoAfterTheFirstTwoLettersIsTolerated() {
		assertThat(ids("Astna")).contains("astana");
		assertThat(ids("Asrana")).contains("astana");
	}

	@Test
	void typoInTheFirstTwoLettersIsNot() {
		assertThat(ids("Xstana")).doesNotContain("astana");
	}

	@Test
	void cyrillicNameCompletes() {
		assertThat(ids("Алма")).contains("almaty");
	}

	@Test
	void limitAboveTheMaximumIsRefusedNamingIt() {
		assertThat(completions.lookup("a", 3, Language.EN)).hasSizeLessThanOrEqualTo(3);
		assertThatThrownBy(() -> completions.lookup("a", 4, Language.EN)).isInstanceOf(InvalidQueryException.class)
			.hasMessage("limit must be between 1 and 3, but was 4");
		assertThatThrownBy(() -> completions.lookup("a", 0, Language.EN)).isInstanceOf(InvalidQueryException.class);
	}

	@Test
	void prefixWithoutWordsCompletesToNothing() {
		assertThat(completions.lookup("?!", 3, Language.EN)).isEmpty();
	}

}
