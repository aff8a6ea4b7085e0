package kz.hub.search.analysis;

import java.util.Map;

import kz.hub.content.Language;
import kz.hub.search.UnindexableContentException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Concept rules: one way, the general words kept, and a bad line a content error naming
 * the file and the line.
 */
class ConceptRulesTest {

	@Test
	void conceptFindsTheContentsWordsAndStillItself() {
		TextAnalysis analysis = new TextAnalysis(Map.of(), Map.of(Language.RU, "активный отдых => поход, рыбалка"));
		assertThat(TextAnalysis.words(analysis.queryAnalyzerFor(Language.RU), "активный отдых")).contains("поход",
				"рыбалк", "активны", "отд");
		assertThat(TextAnalysis.words(analysis.queryAnalyzerFor(Language.RU), "рыбалка")).containsExactly("рыбалк");
	}

	@Test
	void lineWithoutArrowNamesFileAndLine() {
		assertThatThrownBy(() -> new TextAnalysis(Map.of(), Map.of(Language.KK, "# comment\nқыс, шаңғы\n")))
			.isInstanceOf(UnindexableContentException.class)
			.hasMessageStartingWith("concepts.kk.txt, line 2: not a concept rule");
	}

	@Test
	void emptyEntryNamesTheSide() {
		assertThatThrownBy(() -> new TextAnalysis(Map.of(), Map.of(Language.EN, "winter => ski,")))
			.isInstanceOf(UnindexableContentException.class)
			.hasMessageStartingWith("concepts.txt, line 1: the content's words after '=>' have an empty entry");
	}

}
