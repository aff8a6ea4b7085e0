package kz.hub.search;

import java.io.IOException;
import java.util.List;
import java.util.Set;

import kz.hub.content.DestinationKind;
import kz.hub.content.Language;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What one index built from the sample content answers, without the hub around it. */
class SearchIndexTest {

	@Test
	void placeNearTheCentreComesWithItsGreatCircleDistance() throws IOException {
		try (SearchIndex index = SampleContent.index(0, SampleContent.LIMITS)) {
			GeoCircle aroundAlmaty = new GeoCircle(SampleContent.ALMATY.latitude(), SampleContent.ALMATY.longitude(),
					50);
			SearchResults results = index.search(new SearchRequest("lake", Set.of(), aroundAlmaty, 10, null));
			assertThat(results.hits()).singleElement().satisfies(hit -> {
				assertThat(hit.id()).isEqualTo("big-almaty-lake");
				assertThat(hit.distanceKm()).isEqualTo(SampleContent.ALMATY.distanceKm(SampleContent.BIG_ALMATY_LAKE))
					.isBetween(20.0, 25.0);
			});
		}
	}

	@Test
	void hitWithoutACentreHasNoDistance() throws IOException {
		try (SearchIndex index = SampleContent.index(0, SampleContent.LIMITS)) {
			assertThat(index.search(new SearchRequest("lake", Set.of(), null, 10, null)).hits())
				.allSatisfy(hit -> assertThat(hit.distanceKm()).isNull());
		}
	}

	@Test
	void repeatedRequestIsAnsweredFromRecentAnswers() throws IOException {
		try (SearchIndex index = SampleContent.index(1 << 20, SampleContent.LIMITS)) {
			SearchRequest request = new SearchRequest("canyon", Set.of(), null, 10, null);
			SearchResults first = index.search(request);
			assertThat(index.recentAnswers().searchHits()).isZero();
			assertThat(index.search(request)).isSameAs(first);
			assertThat(index.recentAnswers().searchHits()).isOne();
			index.suggest("Ast", 3, Language.EN);
			index.suggest("Ast", 3, Language.EN);
			assertThat(index.recentAnswers().suggestHits()).isOne();
		}
	}

	@Test
	void recentAnswersKeepNoMoreThanTheirBytes() throws IOException {
		long bytes = 32 * 1024;
		try (SearchIndex index = SampleContent.index(bytes, SampleContent.LIMITS)) {
			for (int first = 1; first <= 50; first++) {
				for (String text : List.of("lake", "city", "mountains", "almaty")) {
					SearchRequest request = new SearchRequest(text, SearchFilter.NONE, null, SearchSort.RELEVANCE,
							first, null, true, true, null);
					index.search(request);
					index.search(request);
				}
			}
			assertThat(index.recentAnswers().bytes()).isPositive().isLessThanOrEqualTo(bytes + bytes / 8);
			assertThat(index.recentAnswers().searchHits()).isPositive();
		}
	}

	@Test
	void aQuestionMostlyOfWordsTheContentDoesNotHoldFindsNothingUnlessItNamesAnItem() throws IOException {
		try (SearchIndex index = SampleContent.index(0, SampleContent.LIMITS)) {
			assertThat(index.search(new SearchRequest("which taxi app goes to the mountains", Set.of(), null, 10, null))
				.hits()).isEmpty();
			assertThat(ids(index.search(new SearchRequest("taxi app to Almaty", Set.of(), null, 10, null))))
				.contains("almaty");
			assertThat(ids(index.search(new SearchRequest("apple orchards and a taxi", Set.of(), null, 10, null))))
				.contains("almaty");
		}
	}

	@Test
	void withoutRecentAnswersEveryRequestIsSearched() throws IOException {
		try (SearchIndex index = SampleContent.index(0, SampleContent.LIMITS)) {
			SearchRequest request = new SearchRequest("canyon", Set.of(), null, 10, null);
			assertThat(index.search(request)).isNotSameAs(index.search(request)).isEqualTo(index.search(request));
			assertThat(index.recentAnswers().searchHits()).isZero();
		}
	}

	@Test
	void suggestionLimitComesFromTheLimits() throws IOException {
		try (SearchIndex index = SampleContent.index(0, new SearchLimits(500, 32, 2))) {
			assertThatThrownBy(() -> index.suggest("a", 3, Language.EN)).isInstanceOf(InvalidQueryException.class)
				.hasMessage("limit must be between 1 and 2, but was 3");
		}
	}

	@Test
	void badSynonymRuleIsUnindexableContentNamingFileAndLine() {
		var content = SampleContent.content("lake, pond\nlake => pond => tarn\n");
		assertThatThrownBy(() -> SearchIndex.build(content, SearchIndex.inMemoryDirectory(), 0, SampleContent.LIMITS))
			.isInstanceOf(UnindexableContentException.class)
			.hasMessageStartingWith("synonyms.txt, line 2: not a valid synonym rule: ")
			.hasMessageContaining("lake => pond => tarn")
			.satisfies(ex -> assertThat(((UnindexableContentException) ex).line()).isEqualTo(2));
	}

	@Test
	void foreignCursorIsRefused() throws IOException {
		try (SearchIndex index = SampleContent.index(0, SampleContent.LIMITS)) {
			assertThatThrownBy(() -> index.search(new SearchRequest("lake", Set.of(), null, 10, "not-a-cursor")))
				.isInstanceOf(InvalidQueryException.class)
				.hasMessageContaining("cursor");
		}
	}

	@Test
	void filterAndSortAreKeysOfRecentAnswers() throws IOException {
		try (SearchIndex cached = SampleContent.travelIndex(1 << 20)) {
			SearchResults byRelevance = cached.search(new SearchRequest("mountains", SearchFilter.NONE, null,
					SearchSort.RELEVANCE, 10, null, false, false, null));
			SearchResults byRank = cached.search(new SearchRequest("mountains", SearchFilter.NONE, null,
					SearchSort.RANK, 10, null, false, false, null));
			SearchResults lakes = cached
				.search(new SearchRequest("mountains", new SearchFilter(null, Set.of(DestinationKind.LAKE), null, null),
						null, SearchSort.RANK, 10, null, false, false, null));
			assertThat(cached.recentAnswers().searchHits()).isZero();
			// Ids in order, not whole answers: the cursors of two sorts differ even when
			// their hits come in the same order.
			assertThat(ids(byRank)).isNotEqualTo(ids(byRelevance));
			assertThat(ids(lakes)).containsExactly("big-almaty-lake");
		}
	}

	private static List<String> ids(SearchResults results) {
		return results.hits().stream().map(SearchResults.Hit::id).toList();
	}

}
