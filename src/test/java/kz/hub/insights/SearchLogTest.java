package kz.hub.insights;

import java.util.concurrent.atomic.AtomicReference;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Counting searches per content version; no Spring. */
class SearchLogTest {

	private final AtomicReference<String> serving = new AtomicReference<>("v1");

	private final MeterRegistry meters = new SimpleMeterRegistry();

	private final SearchLog log = new SearchLog(serving::get, meters);

	@Test
	void countsAQueryWhateverItsCaseAndSpaces() {
		log.record("v1", "Big Almaty Lake", 3, false);
		log.record("v1", "  big\talmaty \u00a0 LAKE ", 3, false);
		log.record("v1", "charyn", 1, false);
		assertThat(log.report().frequent()).containsExactly(new QueryCount("big almaty lake", 2, 0),
				new QueryCount("charyn", 1, 0));
	}

	@Test
	void listsQueriesThatFoundNothingAndCorrectedOnesApart() {
		log.record("v1", "almaty", 5, false);
		log.record("v1", "golden visa", 0, false);
		log.record("v1", "almati", 5, true);
		SearchReport report = log.report();
		assertThat(report.searches()).isEqualTo(3);
		assertThat(report.zeroHitSearches()).isEqualTo(1);
		assertThat(report.correctedSearches()).isEqualTo(1);
		assertThat(report.zeroHit()).extracting(QueryCount::query).containsExactly("golden visa");
		assertThat(report.corrected()).extracting(QueryCount::query).containsExactly("almati");
	}

	@Test
	void startsAfreshWhenTheServedVersionChanges() {
		log.record("v1", "almaty", 5, false);
		serving.set("v2");
		assertThat(log.report().version()).isEqualTo("v2");
		assertThat(log.report().frequent()).isEmpty();
		log.record("v2", "astana", 5, false);
		assertThat(log.report().frequent()).extracting(QueryCount::query).containsExactly("astana");
	}

	@Test
	void leavesOutAnswersFromAVersionNoLongerServedButCountsThemInMicrometer() {
		serving.set("v2");
		log.record("v2", "astana", 5, false);
		log.record("v1", "almaty", 0, true);
		assertThat(log.report().frequent()).extracting(QueryCount::query).containsExactly("astana");
		assertThat(meters.counter("hub.search.requests").count()).isEqualTo(2);
		assertThat(meters.counter("hub.search.zero.hits").count()).isEqualTo(1);
		assertThat(meters.counter("hub.search.corrected").count()).isEqualTo(1);
	}

	@Test
	void showsARealQueryOnTopOfAFloodOfJunkWithAGuaranteedCountAndNoJunk() {
		int real = 0;
		for (int i = 0; i < 100_000; i++) {
			log.record("v1", "junk " + i, 0, false);
			if (i % 333 == 0) {
				log.record("v1", "charyn canyon", 4, false);
				real++;
			}
		}
		SearchReport report = log.report();
		assertThat(report.searches()).isEqualTo(100_000 + real);
		assertThat(report.frequent()).extracting(QueryCount::query).containsExactly("charyn canyon");
		QueryCount top = report.frequent().getFirst();
		assertThat(top.count()).isPositive().isLessThanOrEqualTo(real);
		assertThat(top.count() + top.overcount()).isGreaterThanOrEqualTo(real);
		assertThat(report.zeroHit()).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "My passport N12345678 bob.smith@example.com +7 701 555 1234", "bob.smith@example.com",
			"hotel for Bob.Smith@Example.KZ", "@bob_smith", "bob\uFF20example.com", "+7 701 555 1234",
			"+7 (701) 555-12-34", "8 701 5551234", "call 555-12-34 almaty", "87015551234", "passport N12345678",
			"паспорт N 1234567", "ИИН 900101300123", "card 4400 4301 2345 6789", "KZ86 125K ZT50 0410 0100",
			"kz86125kzt5004100100" })
	void neverListsAQueryHoldingPersonalDataButCountsIt(String query) {
		log.record("v1", query, 0, true);
		log.record("v1", query, 0, true);
		SearchReport report = log.report();
		assertThat(report.searches()).isEqualTo(2);
		assertThat(report.zeroHitSearches()).isEqualTo(2);
		assertThat(report.correctedSearches()).isEqualTo(2);
		assertThat(report.frequent()).isEmpty();
		assertThat(report.zeroHit()).isEmpty();
		assertThat(report.corrected()).isEmpty();
		assertThat(meters.counter("hub.search.requests").count()).isEqualTo(2);
	}

	@Test
	void listsOrdinaryQueriesMixedWithOnesHoldingPersonalData() {
		log.record("v1", "charyn canyon", 3, false);
		log.record("v1", "My passport N12345678 bob.smith@example.com +7 701 555 1234", 0, false);
		log.record("v1", "виза в алматы", 2, false);
		log.record("v1", "write to bob.smith@example.com", 0, false);
		log.record("v1", "visa 2025", 4, false);
		log.record("v1", "call +7 701 555 1234", 0, false);
		log.record("v1", "bus 12 to medeu, 2 hours", 1, false);
		SearchReport report = log.report();
		assertThat(report.searches()).isEqualTo(7);
		assertThat(report.frequent()).extracting(QueryCount::query)
			.containsExactly("bus 12 to medeu, 2 hours", "charyn canyon", "visa 2025", "виза в алматы");
		assertThat(report.zeroHit()).isEmpty();
	}

	@Test
	void neverListsAQueryWhosePersonalDataIsPastTheLengthItIsCutTo() {
		log.record("v1", "visa " + "lake ".repeat(SearchLog.MAX_QUERY_LENGTH) + "N12345678", 0, false);
		assertThat(log.report().searches()).isEqualTo(1);
		assertThat(log.report().frequent()).isEmpty();
	}

	@Test
	void cutsAnOverLongQuery() {
		log.record("v1", "lake ".repeat(100), 5, false);
		assertThat(log.report().frequent().getFirst().query()).hasSize(SearchLog.MAX_QUERY_LENGTH);
	}

	@Test
	void showsABoundedNumberOfQueries() {
		for (int i = 0; i < 1000; i++) {
			log.record("v1", "query " + i, 0, false);
		}
		SearchReport report = log.report();
		assertThat(report.searches()).isEqualTo(1000);
		assertThat(report.frequent()).hasSize(SearchLog.SHOWN_QUERIES);
		assertThat(report.zeroHit()).hasSize(SearchLog.SHOWN_QUERIES);
	}

}
