package kz.hub.search.hits;

import java.util.ArrayList;
import java.util.List;

import kz.hub.search.GeoCircle;
import kz.hub.search.InvalidQueryException;
import kz.hub.search.SampleContent;
import kz.hub.search.SearchFilter;
import kz.hub.search.SearchIndex;
import kz.hub.search.SearchRequest;
import kz.hub.search.SearchResults;
import kz.hub.search.SearchSort;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The sorts of search and their cursors, on the travel sample. */
class HitOrderTest {

	/** Around Almaty, wide enough for every place of the sample. */
	static final GeoCircle AROUND_ALMATY = new GeoCircle(SampleContent.ALMATY.latitude(),
			SampleContent.ALMATY.longitude(), 2000);

	@AutoClose
	static final SearchIndex index = SampleContent.travelIndex(0);

	static SearchResults search(String text, GeoCircle near, SearchSort sort, int first, String after) {
		return index.search(new SearchRequest(text, SearchFilter.NONE, near, sort, first, after, false, false, null));
	}

	static List<String> ids(SearchResults results) {
		return results.hits().stream().map(SearchResults.Hit::id).toList();
	}

	@Test
	void distanceSortPutsTheNearestFirst() {
		SearchResults results = search("mountains", AROUND_ALMATY, SearchSort.DISTANCE, 10, null);
		assertThat(ids(results)).containsExactly("almaty", "big-almaty-lake", "charyn");
		assertThat(results.hits()).extracting(SearchResults.Hit::distanceKm).isSorted();
	}

	@Test
	void distanceSortWithoutNearIsRefused() {
		assertThatThrownBy(() -> search("mountains", null, SearchSort.DISTANCE, 10, null))
			.isInstanceOf(InvalidQueryException.class)
			.hasMessageContaining("sort DISTANCE needs near");
	}

	@Test
	void rankSortPutsDestinationsByRankThenTheRestByRelevance() {
		assertThat(ids(search("mountains", null, SearchSort.RANK, 10, null))).containsExactly("almaty",
				"big-almaty-lake", "charyn", "travel#getting-around");
		assertThat(ids(search("museums steppe", null, SearchSort.RANK, 10, null))).containsExactly("almaty", "astana");
	}

	@ParameterizedTest
	@EnumSource(SearchSort.class)
	void pagesOfOneVisitEveryHitOnceInTheOrderOfTheWholeList(SearchSort sort) {
		GeoCircle near = sort == SearchSort.DISTANCE ? AROUND_ALMATY : null;
		SearchResults whole = search("mountains", near, sort, 10, null);
		List<String> paged = new ArrayList<>();
		String after = null;
		do {
			SearchResults page = search("mountains", near, sort, 1, after);
			paged.addAll(ids(page));
			after = page.hasNextPage() ? page.hits().getLast().position() : null;
		}
		while (after != null && paged.size() <= whole.totalCount());
		assertThat(paged).hasSizeGreaterThan(2).isEqualTo(ids(whole));
	}

	@Test
	void cursorOfAnotherSortIsRefused() {
		String after = search("mountains", null, SearchSort.RANK, 1, null).hits().getFirst().position();
		assertThatThrownBy(() -> search("mountains", null, SearchSort.RELEVANCE, 1, after))
			.isInstanceOf(InvalidQueryException.class)
			.hasMessageContaining("sorted by RANK, but this one is sorted by RELEVANCE");
	}

}
