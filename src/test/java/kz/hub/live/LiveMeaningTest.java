package kz.hub.live;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import kz.hub.content.loading.ContentLoader;
import kz.hub.search.SearchFilter;
import kz.hub.search.SearchIndex;
import kz.hub.search.SearchLimits;
import kz.hub.search.SearchRequest;
import kz.hub.search.SearchResults;
import kz.hub.search.SearchSort;
import kz.hub.search.meaning.MeaningVectors;
import kz.hub.search.meaning.MiniLmEncoder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The hub serves searches by words from the start, and by meaning too once the content is
 * embedded in the background.
 */
class LiveMeaningTest {

	private static final SearchLimits LIMITS = new SearchLimits(500, 32, 20);

	private static List<SearchResults.Hit> hits(LiveContent live, String text, double meaning) {
		return live.current()
			.index()
			.search(new SearchRequest(text, SearchFilter.NONE, null, SearchSort.RELEVANCE, 10, null, false, false, null,
					meaning))
			.hits();
	}

	@Test
	void searchesByWordsUntilTheContentIsEmbeddedThenByMeaningToo() {
		CountDownLatch embedding = new CountDownLatch(1);
		MeaningVectors vectors = new MeaningVectors(text -> {
			try {
				embedding.await(1, TimeUnit.MINUTES);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			return MiniLmEncoder.shared().encode(text);
		}, 1 << 20, 0);
		try (LiveContent live = new LiveContent("classpath:index-data/", new ContentLoader(),
				content -> SearchIndex.build(content, SearchIndex.inMemoryDirectory(), 0, LIMITS),
				content -> SearchIndex.build(content, SearchIndex.inMemoryDirectory(), 0, LIMITS, vectors))) {
			String query = "mountain lake day trip from Almaty";
			List<SearchResults.Hit> byWords = hits(live, query, 0);
			assertThat(live.meaning()).isEqualTo("pending");
			assertThat(hits(live, query, 1)).isEqualTo(byWords);

			embedding.countDown();
			await().atMost(Duration.ofMinutes(1)).until(() -> live.meaning().equals("ready"));
			List<SearchResults.Hit> byMeaning = hits(live, query, 1);
			assertThat(byMeaning).first().extracting(SearchResults.Hit::id).isEqualTo("big-almaty-lake");
			// Reciprocal ranks, no longer BM25 scores.
			assertThat(byMeaning).allSatisfy(hit -> assertThat(hit.score()).isLessThanOrEqualTo(1f / 61));
			assertThat(hits(live, query, 0)).isEqualTo(byWords);
			// Function words come near no text: a question the content cannot answer
			// finds
			// nothing by meaning alone either.
			assertThat(hits(live, "where to buy a SIM card", 1)).isEmpty();
		}
	}

}
