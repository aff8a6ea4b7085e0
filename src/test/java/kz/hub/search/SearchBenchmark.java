package kz.hub.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import kz.hub.content.Content;
import kz.hub.content.Destination;
import kz.hub.content.DestinationKind;
import kz.hub.content.Guide;
import kz.hub.content.GuideCategory;
import kz.hub.content.Language;
import kz.hub.content.Location;
import kz.hub.content.Section;
import kz.hub.content.loading.ContentLoader;
import kz.hub.search.meaning.MeaningVectors;
import kz.hub.search.meaning.MiniLmEncoder;

/**
 * Index build time, heap and in-process search latency at growing corpus sizes. Not a
 * test: run it with {@code mvn -Pbenchmark test-compile exec:exec} and read the table it
 * prints.
 *
 * <p>
 * The corpus is generated from the articles' own words in English, Russian and Kazakh (a
 * word-bigram chain over each language's sentences, names recombined from theirs), half
 * destinations and half guide sections, each in the three languages, the same for every
 * run. A size is the number of search documents: 100,000 are 33,333 items in three
 * languages.
 *
 * <p>
 * With {@code BENCH_MEANING=1} in the environment (the benchmark profile passes no
 * arguments) each size is also indexed with the English vectors of its items, as the hub
 * does in the background with {@code hub.search.meaning.enabled=true}, and every search
 * is timed on both indexes in {@code BENCH_ROUNDS} (3) alternating rounds: by words alone
 * and fused with the nearest documents by meaning, the query's embedding included (a
 * query in Cyrillic letters searches by words alone on both).
 */
public final class SearchBenchmark {

	/**
	 * Measured straight on the index: the hub's cache of recent answers would hide the
	 * work.
	 */
	private static final List<String> QUERIES = List.of("lake", "Almati", "ski", "snow leopard", "residence permit",
			"hiking camping", "Chimb", "how long does the application take", "озеро", "горнолыжный курорт",
			"вид на жительство", "тау шангы");

	/** The hub's own limits; the benchmark's queries are far below them. */
	private static final SearchLimits LIMITS = new SearchLimits(500, 32, 20);

	private static final int WARM_UP_ROUNDS = 30;

	private static final int MEASURED_ROUNDS = 150;

	/**
	 * The ways a search is steered, each measured over all the queries: as typed;
	 * filtered by kind and activity; sorted by rank; and inside a circle, nearest first.
	 * Every search groups places with the sections about them.
	 */
	private static final Map<String, Function<String, SearchRequest>> SEARCHES = searches();

	private static Map<String, Function<String, SearchRequest>> searches() {
		GeoCircle steppe = new GeoCircle(48, 67, 800);
		SearchFilter lakesOrCanyonsForHiking = new SearchFilter(null,
				Set.of(DestinationKind.LAKE, DestinationKind.CANYON), Set.of("hiking"), null);
		Map<String, Function<String, SearchRequest>> searches = new LinkedHashMap<>();
		searches.put("relevance", query -> request(query, SearchFilter.NONE, null, SearchSort.RELEVANCE));
		searches.put("filtered", query -> request(query, lakesOrCanyonsForHiking, null, SearchSort.RELEVANCE));
		searches.put("by rank", query -> request(query, SearchFilter.NONE, null, SearchSort.RANK));
		searches.put("near, by distance", query -> request(query, SearchFilter.NONE, steppe, SearchSort.DISTANCE));
		return searches;
	}

	private static SearchRequest request(String query, SearchFilter filter, GeoCircle near, SearchSort sort) {
		return new SearchRequest(query, filter, near, sort, 10, null, true, true, null);
	}

	public static void main(String[] args) throws Exception {
		int[] sizes = args.length > 0 ? Arrays.stream(args).mapToInt(Integer::parseInt).toArray()
				: new int[] { 1_000, 10_000, 100_000 };
		if ("1".equals(System.getenv("BENCH_MEANING"))) {
			meaningOnAndOff(sizes, Integer.parseInt(System.getenv().getOrDefault("BENCH_ROUNDS", "3")));
			return;
		}
		Content seed = new ContentLoader().load("classpath:index-data/");
		List<String> rows = new ArrayList<>();
		for (int size : sizes) {
			Content corpus = new CorpusGenerator(seed, 42).generate(size);
			System.gc();
			long heapBefore = usedHeap();
			long start = System.nanoTime();
			try (SearchIndex index = SearchIndex.build(corpus, SearchIndex.inMemoryDirectory(), 0, LIMITS)) {
				double buildMs = (System.nanoTime() - start) / 1e6;
				System.gc();
				double heapMb = (usedHeap() - heapBefore) / 1048576.0;
				for (Map.Entry<String, Function<String, SearchRequest>> search : SEARCHES.entrySet()) {
					long[] latencies = measure(index, search.getValue());
					Arrays.sort(latencies);
					rows.add(String.format(Locale.ROOT, "| %,d | %,d | %.0f | %.0f | %s | %.2f | %.2f | %.2f |", size,
							index.size(), buildMs, heapMb, search.getKey(), percentile(latencies, 50),
							percentile(latencies, 99), percentile(latencies, 100)));
				}
			}
		}
		System.out.println();
		System.out.println("Search benchmark, in process (no HTTP), " + QUERIES.size() + " queries x " + MEASURED_ROUNDS
				+ " rounds, first=10 with highlights and facets; JDK " + Runtime.version() + ", "
				+ Runtime.getRuntime().availableProcessors() + " cores");
		System.out.println(
				"| documents asked | indexed docs | build ms | index heap MB | search | p50 ms | p99 ms | max ms |");
		System.out.println("| --- | --- | --- | --- | --- | --- | --- | --- |");
		rows.forEach(System.out::println);
	}

	/**
	 * Each size indexed by words alone and with vectors, each search timed on both in
	 * alternating rounds after the same warm-up.
	 */
	private static void meaningOnAndOff(int[] sizes, int rounds) throws IOException {
		Content seed = new ContentLoader().load("classpath:index-data/");
		List<String> builds = new ArrayList<>();
		List<String> rows = new ArrayList<>();
		for (int size : sizes) {
			Content corpus = new CorpusGenerator(seed, 42).generate(size);
			long start = System.nanoTime();
			try (SearchIndex words = SearchIndex.build(corpus, SearchIndex.inMemoryDirectory(), 0, LIMITS)) {
				double wordsMs = (System.nanoTime() - start) / 1e6;
				MiniLmEncoder encoder = MiniLmEncoder.shared();
				start = System.nanoTime();
				// No query vectors kept: every search embeds its query, as a new query
				// does.
				try (SearchIndex meaning = SearchIndex.build(corpus, SearchIndex.inMemoryDirectory(), 0, LIMITS,
						new MeaningVectors(encoder, Long.MAX_VALUE, 0))) {
					double meaningMs = (System.nanoTime() - start) / 1e6;
					int texts = corpus.items().size();
					builds.add(String.format(Locale.ROOT, "| %,d | %,d | %,d | %,.0f | %,.0f | %.1f |", size,
							words.size(), texts, wordsMs, meaningMs, (meaningMs - wordsMs) / texts));
					for (Map.Entry<String, Function<String, SearchRequest>> search : SEARCHES.entrySet()) {
						rows.add(alternate(size, search.getKey(), words, meaning, search.getValue(), rounds));
					}
				}
			}
		}
		System.out.println();
		System.out.println("Search benchmark, words alone against words + meaning, in process (no HTTP), "
				+ QUERIES.size() + " queries (" + QUERIES.stream().filter(SearchBenchmark::latin).count()
				+ " in Latin letters, embedded) x " + MEASURED_ROUNDS + " rounds per side in " + rounds
				+ " alternating rounds, first=10 with highlights and facets, meaning " + SearchRequest.DEFAULT_MEANING
				+ "; JDK " + Runtime.version() + ", " + Runtime.getRuntime().availableProcessors() + " cores");
		System.out.println(
				"| documents asked | indexed docs | English texts embedded | build ms, words | build ms, with vectors (embedding included) | ms per text, difference |");
		System.out.println("| --- | --- | --- | --- | --- | --- |");
		builds.forEach(System.out::println);
		System.out.println();
		System.out.println(
				"| documents asked | search | words p50 / p99 ms | words + meaning p50 / p99 ms | words + meaning, Latin queries p99 ms | p99 by round, words; meaning |");
		System.out.println("| --- | --- | --- | --- | --- | --- |");
		rows.forEach(System.out::println);
	}

	private static String alternate(int size, String name, SearchIndex words, SearchIndex meaning,
			Function<String, SearchRequest> search, int rounds) {
		for (int round = 0; round < WARM_UP_ROUNDS; round++) {
			QUERIES.forEach(query -> words.searchIndex(search.apply(query)));
			QUERIES.forEach(query -> meaning.searchIndex(search.apply(query)));
		}
		int perRound = Math.max(1, MEASURED_ROUNDS / rounds);
		List<Long> wordsAll = new ArrayList<>();
		List<Long> meaningAll = new ArrayList<>();
		List<Long> meaningLatin = new ArrayList<>();
		StringBuilder byRound = new StringBuilder();
		StringBuilder meaningByRound = new StringBuilder();
		for (int round = 0; round < rounds; round++) {
			long[] w = time(words, search, perRound, null);
			List<Long> latin = new ArrayList<>();
			long[] m = time(meaning, search, perRound, latin);
			Arrays.stream(w).forEach(wordsAll::add);
			Arrays.stream(m).forEach(meaningAll::add);
			meaningLatin.addAll(latin);
			Arrays.sort(w);
			Arrays.sort(m);
			byRound.append(round == 0 ? "" : " / ").append(String.format(Locale.ROOT, "%.1f", percentile(w, 99)));
			meaningByRound.append(round == 0 ? "" : " / ")
				.append(String.format(Locale.ROOT, "%.1f", percentile(m, 99)));
		}
		long[] w = sorted(wordsAll);
		long[] m = sorted(meaningAll);
		return String.format(Locale.ROOT, "| %,d | %s | %.2f / %.2f | %.2f / %.2f | %.2f | %s; %s |", size, name,
				percentile(w, 50), percentile(w, 99), percentile(m, 50), percentile(m, 99),
				percentile(sorted(meaningLatin), 99), byRound, meaningByRound);
	}

	/**
	 * Latencies of the queries over the given rounds; those of queries in Latin letters
	 * (the ones embedded) also go to {@code latin} when given.
	 */
	private static long[] time(SearchIndex index, Function<String, SearchRequest> search, int rounds,
			List<Long> latin) {
		long[] latencies = new long[rounds * QUERIES.size()];
		int i = 0;
		for (int round = 0; round < rounds; round++) {
			for (String query : QUERIES) {
				SearchRequest request = search.apply(query);
				long start = System.nanoTime();
				index.searchIndex(request);
				latencies[i] = System.nanoTime() - start;
				if (latin != null && latin(query)) {
					latin.add(latencies[i]);
				}
				i++;
			}
		}
		return latencies;
	}

	private static boolean latin(String query) {
		return query.codePoints().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC);
	}

	private static long[] sorted(List<Long> latencies) {
		return latencies.stream().mapToLong(Long::longValue).sorted().toArray();
	}

	private static long[] measure(SearchIndex index, Function<String, SearchRequest> search) {
		for (int round = 0; round < WARM_UP_ROUNDS; round++) {
			QUERIES.forEach(query -> index.searchIndex(search.apply(query)));
		}
		long[] latencies = new long[MEASURED_ROUNDS * QUERIES.size()];
		int i = 0;
		for (int round = 0; round < MEASURED_ROUNDS; round++) {
			for (String query : QUERIES) {
				SearchRequest request = search.apply(query);
				long start = System.nanoTime();
				index.searchIndex(request);
				latencies[i++] = System.nanoTime() - start;
			}
		}
		return latencies;
	}

	private static double percentile(long[] sorted, int percent) {
		int rank = Math.max(0, (int) Math.ceil(percent / 100.0 * sorted.length) - 1);
		return sorted[rank] / 1e6;
	}

	private static long usedHeap() {
		Runtime runtime = Runtime.getRuntime();
		return runtime.totalMemory() - runtime.freeMemory();
	}

	/**
	 * Makes a corpus of any size from the seed content's words, deterministically: every
	 * item in English, Russian and Kazakh, each language's text from that language's seed
	 * text, as the hub's own content is.
	 */
	static final class CorpusGenerator {

		private final Random random;

		private final Map<Language, Words> words = new EnumMap<>(Language.class);

		CorpusGenerator(Content seed, long randomSeed) {
			this.random = new Random(randomSeed);
			for (Language language : Language.values()) {
				words.put(language, new Words(seed.in(language)));
			}
		}

		/**
		 * About {@code documents} search documents: a third of that many items, in three
		 * languages.
		 */
		Content generate(int documents) {
			int items = Math.max(1, documents / Language.values().length);
			int places = items / 2;
			Map<Language, List<Destination>> destinations = new EnumMap<>(Language.class);
			Map<Language, List<Guide>> guides = new EnumMap<>(Language.class);
			for (Language language : Language.values()) {
				destinations.put(language, new ArrayList<>());
				guides.put(language, new ArrayList<>());
			}
			for (int i = 0; i < places; i++) {
				DestinationKind kind = DestinationKind.values()[random.nextInt(DestinationKind.values().length)];
				Location location = new Location(41 + random.nextDouble() * 14, 47 + random.nextDouble() * 40);
				for (Language language : Language.values()) {
					Words text = words.get(language);
					destinations.get(language)
						.add(new Destination("place-" + (i + 1), i + 1,
								text.pick(text.nameWords) + " " + text.pick(text.nameWords) + " " + (i + 1), kind,
								text.prose(12), text.prose(60),
								List.of(text.pick(text.attractions), text.pick(text.attractions)),
								List.of(text.pick(text.activities), text.pick(text.activities)), List.of(),
								List.of(text.pick(text.nameWords)), location, "Region " + (i % 17), null));
				}
			}
			int sections = items - places;
			for (int g = 0; sections > 0; g++) {
				String guideId = "guide-" + (g + 1);
				// Each guide's first section is about a place it covers, as in the
				// articles: search shows the two as one hit.
				int covered = places == 0 ? -1 : g % places;
				int parts = Math.min(5, sections);
				sections -= parts;
				for (Language language : Language.values()) {
					Words text = words.get(language);
					List<Section> guideSections = new ArrayList<>();
					for (int s = 0; s < parts; s++) {
						String anchor = "part-" + (s + 1);
						String heading = s == 0 && covered >= 0 ? destinations.get(language).get(covered).name()
								: text.prose(4);
						String body = text.prose(80);
						guideSections.add(new Section(guideId + "#" + anchor, guideId, anchor, heading, 2, body,
								"<p>" + body + "</p>"));
					}
					guides.get(language)
						.add(new Guide(guideId, text.prose(6), text.prose(12), GuideCategory.TRAVEL, List.of(),
								List.of(), covered < 0 ? List.of() : List.of("place-" + (covered + 1)), guideSections));
				}
			}
			Map<Language, Content> translations = new EnumMap<>(Language.class);
			for (Language language : List.of(Language.RU, Language.KK)) {
				translations.put(language, new Content(guides.get(language), List.of(), List.of(), List.of(), List.of(),
						destinations.get(language), words.get(language).synonyms, List.of()));
			}
			return new Content(guides.get(Language.EN), List.of(), List.of(), List.of(), List.of(),
					destinations.get(Language.EN), words.get(Language.EN).synonyms, List.of())
				.withTranslationsOf(translations);
		}

		/**
		 * One language's words: a word-bigram chain over its sentences, and its names,
		 * attractions and activities.
		 */
		private final class Words {

			private final Map<String, List<String>> next = new HashMap<>();

			private final List<String> starts = new ArrayList<>();

			private final List<String> nameWords;

			private final List<String> attractions;

			private final List<String> activities;

			private final String synonyms;

			Words(Content seed) {
				this.synonyms = seed.synonyms();
				Stream
					.concat(seed.destinations().stream().map(Destination::description),
							seed.guides().stream().flatMap(guide -> guide.sections().stream()).map(Section::text))
					.flatMap(text -> Arrays.stream(text.split("(?<=[.!?])\\s+")))
					.map(sentence -> sentence.split("\\s+"))
					.filter(sentence -> sentence.length >= 4)
					.forEach(sentence -> {
						starts.add(sentence[0]);
						for (int i = 0; i + 1 < sentence.length; i++) {
							next.computeIfAbsent(sentence[i], key -> new ArrayList<>()).add(sentence[i + 1]);
						}
					});
				this.nameWords = seed.destinations()
					.stream()
					.flatMap(destination -> Stream.concat(Stream.of(destination.name().split("[\\s-]+")),
							destination.aliases().stream()))
					.toList();
				this.attractions = seed.destinations().stream().flatMap(d -> d.attractions().stream()).toList();
				this.activities = seed.destinations()
					.stream()
					.flatMap(d -> d.activities().stream())
					.distinct()
					.toList();
			}

			String prose(int count) {
				StringBuilder text = new StringBuilder();
				String word = pick(starts);
				for (int i = 0; i < count; i++) {
					text.append(i == 0 ? "" : " ").append(word);
					List<String> followers = next.get(word);
					word = followers == null ? pick(starts) : pick(followers);
				}
				return text.toString();
			}

			<T> T pick(List<T> values) {
				return values.get(random.nextInt(values.size()));
			}

		}

	}

}
