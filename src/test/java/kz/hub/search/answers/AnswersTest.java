package kz.hub.search.answers;

import kz.hub.search.SampleContent;
import kz.hub.search.analysis.TextAnalysis;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Answers of one edition of the content, before and after it is retired. */
class AnswersTest {

	@Test
	void aQuestionAfterTheEditionIsRetiredIsRefusedRatherThanIndexedAgain() throws Exception {
		Answers answers = Answers.of(SampleContent.content(), new TextAnalysis(""));
		assertThat(answers.find("where is the largest city?", null, null)).isNotNull();
		answers.close();
		assertThatThrownBy(() -> answers.find("where is the capital?", null, null))
			.isInstanceOf(IllegalStateException.class);
	}

	@Test
	void answersClosedBeforeAnyQuestionBuildNoIndexForALateOne() throws Exception {
		Answers answers = Answers.of(SampleContent.content(), new TextAnalysis(""));
		answers.close();
		assertThatThrownBy(() -> answers.find("where is the capital?", null, null))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("retired");
	}

}
