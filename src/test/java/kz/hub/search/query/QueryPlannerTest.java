package kz.hub.search.query;

import java.util.Set;

import kz.hub.search.InvalidQueryException;
import kz.hub.search.SampleContent;
import kz.hub.search.SearchIndex;
import kz.hub.search.SearchLimits;
import kz.hub.search.SearchFilter;
import kz.hub.search.SearchRequest;
import kz.hub.search.SearchResults;
import kz.hub.search.SearchSort;
import kz.hub.search.analysis.TextAnalysis;
import kz.hub.search.query.SearchedWords.LastWord;
import org.apache.lucene.index.DirectoryReader;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the planner makes of typed text, on the index of the sample content. */
class QueryPlannerTest {

	static final TextAnalysis analysis = new TextAnalysis("");

	@AutoClose
	static final DirectoryReader reader = SampleContent.openReader(analysis);

	static final QueryPlanner planner = new QueryPlanner(analysis, reader, new SearchLimits(40, 3, 20));

	@AutoClose
	static final SearchIndex index = SampleContent.index(0, SampleContent.LIMITS);

	private static SearchResults search(String text) {
		return index.search(new SearchRequest(text, Set.of(), null, 10, null));
	}

	private static SearchResults searchAsTyped(String text) {
		return index.search(new SearchRequest(text, SearchFilter.NONE, null, SearchSort.RELEVANCE, 10, null, false,
				false, null, true));
	}

	@Test
	void misspeltWordIsSearchedCorrectedAndSaysSo() {
		assertThat(planner.plan("Almati ", null).correctedQuery()).isEqualTo("almaty");
		assertThat(search("Almati").hits()).first().extracting(SearchResults.Hit::id).isEqualTo("almaty");
	}

	@Test
	void textAskedAsTypedIsNotCorrected() {
		assertThat(planner.plan("canyom ", null).correctedQuery()).isEqualTo("canyon");
		assertThat(planner.plan("canyom ", null, true).correctedQuery()).isNull();
		assertThat(search("canyom ").totalCount()).isPositive();
		assertThat(searchAsTyped("canyom ").totalCount()).isZero();
	}

	@Test
	void textAskedAsTypedStillMatchesNamesWrittenInLatinLetters() {
		// "Almati" is how "Алматы" is written in Latin letters, not a typo
		SearchResults asTyped = searchAsTyped("Almati ");
		assertThat(asTyped.correctedQuery()).isNull();
		assertThat(asTyped.hits()).extracting(SearchResults.Hit::id).contains("almaty");
	}

	@Test
	void wordBeingTypedStillMatchesAsAPrefixWhenAskedAsTyped() {
		assertThat(searchAsTyped("Shymb").hits()).extracting(SearchResults.Hit::id).containsExactly("shymbulak");
	}

	@Test
	void correctlySpeltTextHasNoCorrection() {
		assertThat(planner.plan("Almaty", null).correctedQuery()).isNull();
	}

	@Test
	void lastWordWithoutASpaceAfterItIsBeingTyped() {
		assertThat(planner.validate("Shymb").lastWord()).isEqualTo(LastWord.BEING_TYPED);
		assertThat(planner.validate("Shymb ").lastWord()).isEqualTo(LastWord.COMPLETE);
		assertThat(planner.validate("canyon").lastWord()).as("a whole word the index knows")
			.isEqualTo(LastWord.COMPLETE);
	}

	@Test
	void wordBeingTypedMatchesAsAPrefixAndAFinishedOneDoesNot() {
		assertThat(search("Shymb").hits()).extracting(SearchResults.Hit::id).containsExactly("shymbulak");
		assertThat(search("Shymb ").totalCount()).isZero();
	}

	@Test
	void textOverTheWordLimitIsRefusedNamingTheLimit() {
		assertThat(planner.validate("red canyon river").words()).hasSize(3);
		assertThatThrownBy(() -> planner.plan("red canyon by river", null)).isInstanceOf(InvalidQueryException.class)
			.hasMessage("query has 4 words; at most 3 are searched at once");
	}

	@Test
	void textOverTheLengthLimitIsRefusedNamingTheLimit() {
		assertThatThrownBy(() -> planner.plan("lake ".repeat(9), null)).isInstanceOf(InvalidQueryException.class)
			.hasMessage("query is 45 characters long; the limit is 40");
	}

	@Test
	void textWithoutWordsIsRefused() {
		assertThatThrownBy(() -> planner.plan("*?!", null)).isInstanceOf(InvalidQueryException.class)
			.hasMessageContaining("at least one word");
	}

	@Test
	void querySyntaxIsPlainText() {
		assertThat(search("title:( canyon AND").hits()).extracting(SearchResults.Hit::id).contains("charyn");
	}

}
