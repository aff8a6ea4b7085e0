package kz.hub.search.hits;

import java.io.IOException;
import java.util.List;
import java.util.Set;

import kz.hub.content.Content;
import kz.hub.content.CurationRule;
import kz.hub.search.GeoCircle;
import kz.hub.search.SampleContent;
import kz.hub.search.SearchIndex;
import kz.hub.search.SearchRequest;
import kz.hub.search.SearchResults;
import kz.hub.search.UnindexableContentException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How an index built with curation rules matches them and resolves their ids. */
class CurationTest {

	private static SearchIndex index(CurationRule... rules) {
		Content travel = SampleContent.travel();
		Content curated = new Content(travel.guides(), List.of(), List.of(), List.of(), List.of(),
				travel.destinations(), "", List.of(rules));
		return SearchIndex.build(curated, SearchIndex.inMemoryDirectory(), 0, SampleContent.LIMITS);
	}

	private static List<String> ids(SearchIndex index, String text, GeoCircle near) {
		return index.search(new SearchRequest(text, Set.of(), near, 10, null))
			.hits()
			.stream()
			.map(hit -> hit.id())
			.toList();
	}

	@Test
	void aSectionIdPinsTheHitThatShowsIt() throws IOException {
		try (SearchIndex index = index(new CurationRule("gondola", List.of("travel#charyn-canyon"), null))) {
			assertThat(ids(index, "gondola", null)).containsExactly("charyn", "shymbulak");
		}
	}

	@Test
	void rulesInAnyAlphabetMatchAfterFolding() throws IOException {
		try (SearchIndex index = index(new CurationRule("Алматы", List.of("shymbulak"), null))) {
			// The pin leads; the places the Cyrillic name finds in Latin letters follow.
			assertThat(ids(index, "алматы", null)).startsWith("shymbulak").contains("almaty");
		}
	}

	@Test
	void aPinOutsideTheSearchCircleIsNotShown() throws IOException {
		try (SearchIndex index = index(new CurationRule("lake", List.of("astana"), null))) {
			assertThat(ids(index, "lake", null)).containsExactly("astana", "big-almaty-lake");
			GeoCircle aroundAlmaty = new GeoCircle(SampleContent.ALMATY.latitude(), SampleContent.ALMATY.longitude(),
					50);
			assertThat(ids(index, "lake", aroundAlmaty)).containsExactly("big-almaty-lake");
		}
	}

	@Test
	void aCursorAfterMorePinsThanTheRuleHasStartsAfterThem() throws IOException {
		try (SearchIndex index = index(new CurationRule("lake", List.of("astana"), null))) {
			String farAfterThePins = "RELEVANCE:-1:" + Long.toHexString(Double.doubleToLongBits(Double.MAX_VALUE))
					+ ":astana";
			assertThat(index.search(new SearchRequest("lake", Set.of(), null, 10, farAfterThePins)).hits())
				.extracting(SearchResults.Hit::id)
				.containsExactly("big-almaty-lake");
		}
	}

	@Test
	void aRuleWithoutASearchableWordIsRefused() {
		assertThatThrownBy(() -> index(new CurationRule("the", List.of("astana"), null)))
			.isInstanceOf(UnindexableContentException.class)
			.hasMessageContaining("curation.yaml: the rule for 'the' has no word a search could have");
	}

}
