package kz.hub.search.query;

import java.util.List;

import kz.hub.search.SampleContent;
import kz.hub.search.analysis.TextAnalysis;
import org.apache.lucene.index.DirectoryReader;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which misspelt words are replaced, on the index of the sample content. */
class TypoCorrectorTest {

	@AutoClose
	static final DirectoryReader reader = SampleContent.openReader(new TextAnalysis(""));

	static final TypoCorrector typos = new TypoCorrector(reader);

	private static String corrected(String word) {
		return typos.correct(List.of(word), known -> false).getFirst();
	}

	@Test
	void aWordTypedOnTheWrongKeyboardLayoutIsReadInTheOther() {
		assertThat(corrected("фыефтф")).isEqualTo("astana");
		assertThat(KeyboardLayout.switched("fkvfns")).isEqualTo("алматы");
		assertThat(KeyboardLayout.switched("rjcvjlhjv")).isEqualTo("космодром");
	}

	@Test
	void misspeltWordOfFiveLettersOrMoreIsCorrected() {
		assertThat(corrected("almati")).isEqualTo("almaty");
		assertThat(corrected("astna")).isEqualTo("astana");
	}

	@Test
	void misspeltWordOfFourLettersIsKept() {
		assertThat(corrected("laek")).isEqualTo("laek");
	}

	@Test
	void twoTyposNeedNineLetters() {
		assertThat(corrected("almtu")).as("5 letters, 2 typos").isEqualTo("almtu");
		assertThat(corrected("kazahstam")).as("9 letters, 2 typos").isEqualTo("kazakhstan");
	}

	@Test
	void firstLetterMustBeRight() {
		assertThat(corrected("elmaty")).isEqualTo("elmaty");
	}

	@Test
	void wordKnownInAnotherFormIsKept() {
		assertThat(typos.correct(List.of("almati"), "almati"::equals)).containsExactly("almati");
	}

	@Test
	void knownWordIsKept() {
		assertThat(typos.inDictionary("canyon")).isTrue();
		assertThat(corrected("canyon")).isEqualTo("canyon");
	}

}
