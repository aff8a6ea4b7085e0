package kz.hub.insights;

import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The Space-Saving sketch of the most frequent queries; no Spring. */
class TopQueriesTest {

	@Test
	void countsExactlyWhileEveryQueryHasACounter() {
		TopQueries top = new TopQueries(3);
		add(top, "almaty", 3);
		add(top, "astana", 1);
		add(top, "charyn", 2);
		assertThat(top.top(10)).containsExactly(new QueryCount("almaty", 3, 0), new QueryCount("charyn", 2, 0),
				new QueryCount("astana", 1, 0));
	}

	@Test
	void ordersTiesByQuery() {
		TopQueries top = new TopQueries(5);
		add(top, "lake", 2);
		add(top, "canyon", 2);
		assertThat(top.top(2)).extracting(QueryCount::query).containsExactly("canyon", "lake");
	}

	@Test
	void aQueryThatTookOverACounterCountsOnlyTheSearchesSince() {
		TopQueries top = new TopQueries(3);
		add(top, "almaty", 5);
		add(top, "astana", 1);
		add(top, "lake", 1);
		add(top, "charyn", 4);
		assertThat(top.top(10)).containsExactly(new QueryCount("almaty", 5, 0), new QueryCount("charyn", 4, 1));
	}

	@Test
	void leavesOutQueriesNoMoreFrequentThanOnesWithoutACounter() {
		TopQueries top = new TopQueries(10);
		for (int i = 0; i < 1000; i++) {
			top.add("query " + i);
		}
		assertThat(top.size()).isEqualTo(10);
		assertThat(top.top(100)).isEmpty();
	}

	@Test
	void showsAQueryRepeatedAfterAFloodOfOneOffQueriesWithItsGuaranteedCountAlone() {
		TopQueries top = new TopQueries(100);
		for (int i = 0; i < 10_000; i++) {
			top.add("junk " + i);
		}
		add(top, "charyn canyon", 300);
		assertThat(top.top(20)).containsExactly(new QueryCount("charyn canyon", 300, 100));
	}

	@Test
	void keepsFrequentQueriesThroughAStreamOfRareOnes() {
		TopQueries top = new TopQueries(40);
		Random random = new Random(17);
		int almaty = 0;
		int astana = 0;
		for (int i = 0; i < 10_000; i++) {
			double draw = random.nextDouble();
			if (draw < 0.10) {
				top.add("almaty");
				almaty++;
			}
			else if (draw < 0.15) {
				top.add("astana");
				astana++;
			}
			else {
				top.add("rare " + i);
			}
		}
		assertThat(top.top(20)).extracting(QueryCount::query).containsExactly("almaty", "astana");
		QueryCount first = top.top(1).getFirst();
		assertThat(first.count()).isLessThanOrEqualTo(almaty);
		assertThat(first.count() + first.overcount()).isGreaterThanOrEqualTo(almaty);
		QueryCount second = top.top(2).getLast();
		assertThat(second.count()).isLessThanOrEqualTo(astana);
		assertThat(second.count() + second.overcount()).isGreaterThanOrEqualTo(astana);
	}

	@Test
	void refusesACapacityBelowOne() {
		assertThatThrownBy(() -> new TopQueries(0)).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("at least 1");
	}

	private static void add(TopQueries top, String query, int times) {
		for (int i = 0; i < times; i++) {
			top.add(query);
		}
	}

}
