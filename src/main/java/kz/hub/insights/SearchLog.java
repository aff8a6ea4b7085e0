package kz.hub.insights;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Counts what people search, per content version: the most frequent queries, those that
 * found nothing and those answered through a correction. Memory is bounded and holds no
 * personal data: only the query text, never who asked, from where or when, and no query
 * that may name a person (see {@link PersonalData}).
 */
public class SearchLog {

	/**
	 * Counters kept per list. A list shows a query once its sure searches outnumber the
	 * smallest counter, at worst a thousandth of the version's searches: 300 searches of
	 * a query stand out of 100,000 one-off ones. Memory: a counter holds at most
	 * {@link #MAX_QUERY_LENGTH} UTF-16 chars (400 bytes, 440 with the String) and about
	 * 120 bytes of map and tree entries and counter, so under 600 bytes; 3 lists of 1,000
	 * take under 1.8 MB, and only the served version's are kept.
	 */
	static final int TRACKED_QUERIES = 1000;

	/** Queries shown per list. */
	static final int SHOWN_QUERIES = 20;

	/**
	 * Longer queries are cut, so memory stays bounded whatever search length the hub
	 * allows.
	 */
	static final int MAX_QUERY_LENGTH = 200;

	private static final Pattern SPACES = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

	private final Supplier<String> servingVersion;

	private final AtomicReference<VersionLog> current;

	private final Counter searches;

	private final Counter zeroHits;

	private final Counter corrections;

	/**
	 * @param servingVersion the version of the content the hub serves now
	 */
	public SearchLog(Supplier<String> servingVersion, MeterRegistry meters) {
		this.servingVersion = servingVersion;
		this.current = new AtomicReference<>(new VersionLog(servingVersion.get()));
		this.searches = Counter.builder("hub.search.requests").description("Searches answered").register(meters);
		this.zeroHits = Counter.builder("hub.search.zero.hits")
			.description("Searches that found nothing")
			.register(meters);
		this.corrections = Counter.builder("hub.search.corrected")
			.description("Searches answered through a spelling correction")
			.register(meters);
	}

	/**
	 * Counts one search answered from the content of {@code version}; a query that may
	 * hold personal data counts in the totals but is never listed.
	 * @param hits how many items matched over all pages
	 * @param corrected whether the hub searched a corrected spelling instead
	 */
	public void record(String version, String query, int hits, boolean corrected) {
		searches.increment();
		if (hits == 0) {
			zeroHits.increment();
		}
		if (corrected) {
			corrections.increment();
		}
		// A request that started before a reload is answered from the old edition: it
		// says nothing about the content served now.
		if (version.equals(servingVersion.get())) {
			VersionLog log = logOf(version);
			log.count(hits == 0, corrected);
			// Checked before the query is cut, so a number past the cut drops it too.
			if (!PersonalData.foundIn(query)) {
				log.list(normalized(query), hits == 0, corrected);
			}
		}
	}

	/** What was searched in the content version served now. */
	public SearchReport report() {
		return logOf(servingVersion.get()).report(SHOWN_QUERIES);
	}

	/**
	 * Trimmed, lower-cased, runs of spaces folded to one, and cut to a bounded length.
	 */
	static String normalized(String query) {
		String folded = SPACES.matcher(query.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
		return (folded.length() <= MAX_QUERY_LENGTH) ? folded : folded.substring(0, MAX_QUERY_LENGTH);
	}

	/** The log of this version; the counts of another version are dropped. */
	private VersionLog logOf(String version) {
		return current.updateAndGet(log -> log.version.equals(version) ? log : new VersionLog(version));
	}

	/** The counts of one content version. */
	private static final class VersionLog {

		private final String version;

		private final LongAdder searches = new LongAdder();

		private final LongAdder zeroHitSearches = new LongAdder();

		private final LongAdder correctedSearches = new LongAdder();

		private final TopQueries frequent = new TopQueries(TRACKED_QUERIES);

		private final TopQueries zeroHit = new TopQueries(TRACKED_QUERIES);

		private final TopQueries corrected = new TopQueries(TRACKED_QUERIES);

		VersionLog(String version) {
			this.version = version;
		}

		void count(boolean foundNothing, boolean wasCorrected) {
			searches.increment();
			if (foundNothing) {
				zeroHitSearches.increment();
			}
			if (wasCorrected) {
				correctedSearches.increment();
			}
		}

		void list(String query, boolean foundNothing, boolean wasCorrected) {
			frequent.add(query);
			if (foundNothing) {
				zeroHit.add(query);
			}
			if (wasCorrected) {
				corrected.add(query);
			}
		}

		SearchReport report(int shown) {
			return new SearchReport(version, searches.sum(), zeroHitSearches.sum(), correctedSearches.sum(),
					frequent.top(shown), zeroHit.top(shown), corrected.top(shown));
		}

	}

}
