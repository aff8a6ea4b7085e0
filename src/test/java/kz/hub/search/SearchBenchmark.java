package kz.hub.search;

import java.util.ArrayList;
import java.util.Arrays;
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
import kz.hub.content.ContentLoader;
import kz.hub.content.Destination;
import kz.hub.content.DestinationKind;
import kz.hub.content.Guide;
import kz.hub.content.GuideCategory;
import kz.hub.content.Location;
import kz.hub.content.Section;

/**
 * Index build time, heap and in-process search latency at growing corpus sizes. Not a
 * test: run it with {@code mvn -Pbenchmark test-compile exec:exec} and read the table it
 * prints.
 *
 * <p>
 * The corpus is generated from the articles' own words (a word-bigram chain over their
 * sentences, names recombined from theirs), half destinations and half guide sections,
 * the same for every run.
 */
public final class SearchBenchmark {

	/**
	 * Measured straight on the index: the hub's cache of recent answers would hide the
	 * work.
	 */
	private static final List<String> QUERIES = List.of("lake", "Almati", "ski", "snow leopard", "residence permit",
			"hiking camping", "Chimb", "how long does the application take");

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
				"| generated items | indexed docs | build ms | index heap MB | search | p50 ms | p99 ms | max ms |");
		System.out.println("| --- | --- | --- | --- | --- | --- | --- | --- |");
		rows.forEach(System.out::println);
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

	/** Makes a corpus of any size from the seed content's words, deterministically. */
	static final class CorpusGenerator {

		private final Content seed;

		private final Random random;

		private final Map<String, List<String>> next = new HashMap<>();

		private final List<String> starts = new ArrayList<>();

		private final List<String> nameWords;

		private final List<String> attractions;

		private final List<String> activities;

		CorpusGenerator(Content seed, long randomSeed) {
			this.seed = seed;
			this.random = new Random(randomSeed);
			Stream
				.concat(seed.destinations().stream().map(Destination::description),
						seed.guides().stream().flatMap(guide -> guide.sections().stream()).map(Section::text))
				.flatMap(text -> Arrays.stream(text.split("(?<=[.!?])\\s+")))
				.map(sentence -> sentence.split("\\s+"))
				.filter(words -> words.length >= 4)
				.forEach(words -> {
					starts.add(words[0]);
					for (int i = 0; i + 1 < words.length; i++) {
						next.computeIfAbsent(words[i], key -> new ArrayList<>()).add(words[i + 1]);
					}
				});
			this.nameWords = seed.destinations()
				.stream()
				.flatMap(destination -> Stream.concat(Stream.of(destination.name().split("[\\s-]+")),
						destination.aliases().stream()))
				.toList();
			this.attractions = seed.destinations().stream().flatMap(d -> d.attractions().stream()).toList();
			this.activities = seed.destinations().stream().flatMap(d -> d.activities().stream()).distinct().toList();
		}

		Content generate(int size) {
			List<Destination> destinations = new ArrayList<>();
			for (int i = 0; i < size / 2; i++) {
				String name = pick(nameWords) + " " + pick(nameWords) + " " + (i + 1);
				DestinationKind kind = DestinationKind.values()[random.nextInt(DestinationKind.values().length)];
				destinations.add(new Destination("place-" + (i + 1), i + 1, name, kind, prose(12), prose(60),
						List.of(pick(attractions), pick(attractions)), List.of(pick(activities), pick(activities)),
						List.of(), List.of(pick(nameWords)),
						new Location(41 + random.nextDouble() * 14, 47 + random.nextDouble() * 40),
						"Region " + (i % 17), null));
			}
			List<Guide> guides = new ArrayList<>();
			int sections = size - size / 2;
			for (int g = 0; sections > 0; g++) {
				String guideId = "guide-" + (g + 1);
				// Each guide's first section is about a place it covers, as in the
				// articles: search shows the two as one hit.
				Destination covered = destinations.isEmpty() ? null : destinations.get(g % destinations.size());
				List<Section> parts = new ArrayList<>();
				for (int s = 0; s < 5 && sections > 0; s++, sections--) {
					String anchor = "part-" + (s + 1);
					String heading = s == 0 && covered != null ? covered.name() : prose(4);
					String text = prose(80);
					parts.add(new Section(guideId + "#" + anchor, guideId, anchor, heading, 2, text,
							"<p>" + text + "</p>"));
				}
				guides.add(new Guide(guideId, prose(6), prose(12), GuideCategory.TRAVEL, List.of(), List.of(),
						covered == null ? List.of() : List.of(covered.id()), parts));
			}
			return new Content(guides, List.of(), List.of(), List.of(), List.of(), destinations, seed.synonyms(),
					List.of());
		}

		private String prose(int words) {
			StringBuilder text = new StringBuilder();
			String word = pick(starts);
			for (int i = 0; i < words; i++) {
				text.append(i == 0 ? "" : " ").append(word);
				List<String> followers = next.get(word);
				word = followers == null ? pick(starts) : pick(followers);
			}
			return text.toString();
		}

		private <T> T pick(List<T> values) {
			return values.get(random.nextInt(values.size()));
		}

	}

}
