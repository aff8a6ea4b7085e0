package kz.hub.search;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import kz.hub.content.Content;
import kz.hub.content.loading.ContentLoader;
import kz.hub.search.meaning.MeaningVectors;
import kz.hub.search.meaning.MiniLmEncoder;

/**
 * The time and memory to give a large edition its meaning, as the hub does after start-up
 * with {@code hub.search.meaning.enabled=true}: the edition by words serves while one
 * background platform thread loads the model, embeds every English text and builds the
 * index again with the vectors. Not a test: {@code src/bench/meaning-cost.sh} runs it in
 * a JVM of its own with the hub's deployed heap ({@code -Xmx256m}), since the benchmark
 * profile's JVM has 1 GB; by hand:
 *
 * <pre>
 * java -Xmx256m -cp target/test-classes:target/classes:CLASSPATH kz.hub.search.MeaningEmbedBenchmark 100000
 * </pre>
 *
 * The argument is the number of search documents of the generated corpus, as in
 * {@link SearchBenchmark} (100,000 documents are 33,333 items in three languages; the
 * model is English, so the English items and the guides are embedded). The vectors' cache
 * holds {@code BENCH_CACHE_BYTES} of vectors (32 MB, the hub's default
 * {@code hub.search.meaning.vector-cache-bytes}).
 * <p>
 * Memory is read in this process every 100 ms: the heap in use and committed, and the
 * resident set from {@code /proc/self/status} ({@code VmRSS}; {@code VmHWM}, the peak, is
 * reset just before the background work starts). The last line is
 * {@code EMBED key=value ...} for the script.
 */
public final class MeaningEmbedBenchmark {

	private static final SearchLimits LIMITS = new SearchLimits(500, 32, 20);

	/** The hub's default answer cache per edition. */
	private static final int RESULT_CACHE = 2000;

	private static final Path STATUS = Path.of("/proc/self/status");

	private MeaningEmbedBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int documents = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
		long cacheBytes = Long.parseLong(System.getenv().getOrDefault("BENCH_CACHE_BYTES", "33554432"));
		Content seed = new ContentLoader().load("classpath:index-data/");
		Content corpus = new SearchBenchmark.CorpusGenerator(seed, 42).generate(documents);
		long start = System.nanoTime();
		SearchIndex words = SearchIndex.build(corpus, SearchIndex.inMemoryDirectory(), RESULT_CACHE, LIMITS);
		words.search(new SearchRequest("kazakhstan", Set.of(), null, 10, null));
		long wordsMs = (System.nanoTime() - start) / 1_000_000;
		long heapBefore = liveHeap();
		long rssBefore = status("VmRSS");
		resetPeakRss();
		long gcBefore = gcMillis();

		AtomicLong peakHeap = new AtomicLong();
		AtomicLong peakCommitted = new AtomicLong();
		AtomicLong peakRss = new AtomicLong();
		Thread sampler = Thread.ofPlatform().daemon().name("memory-sampler").start(() -> {
			while (!Thread.currentThread().isInterrupted()) {
				MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
				peakHeap.accumulateAndGet(heap.getUsed(), Math::max);
				peakCommitted.accumulateAndGet(heap.getCommitted(), Math::max);
				peakRss.accumulateAndGet(status("VmRSS"), Math::max);
				try {
					Thread.sleep(100);
				}
				catch (InterruptedException ex) {
					return;
				}
			}
		});

		long[] times = new long[3];
		long[] rssAfterModel = new long[1];
		SearchIndex[] withMeaning = new SearchIndex[1];
		// As LiveContent.addMeaning: one background platform thread does it all.
		Thread background = Thread.ofPlatform().name("edition-meaning").start(() -> {
			long begin = System.nanoTime();
			MiniLmEncoder encoder = MiniLmEncoder.shared();
			times[0] = System.nanoTime() - begin;
			rssAfterModel[0] = status("VmRSS");
			long embed = System.nanoTime();
			SearchIndex index = SearchIndex.build(corpus, SearchIndex.inMemoryDirectory(), RESULT_CACHE, LIMITS,
					new MeaningVectors(encoder, cacheBytes, 0));
			index.search(new SearchRequest("kazakhstan", Set.of(), null, 10, null));
			times[1] = System.nanoTime() - embed;
			times[2] = System.nanoTime() - begin;
			withMeaning[0] = index;
		});
		background.join();
		sampler.interrupt();
		sampler.join();
		long gcMs = gcMillis() - gcBefore;
		long peakHwm = status("VmHWM");
		long rssAfter = status("VmRSS");
		long heapBoth = liveHeap();
		// The hub retires the edition by words once the one with meaning serves.
		words.close();
		words = null;
		long heapAfter = liveHeap();
		long rssRetired = status("VmRSS");
		int texts = corpus.items().size();
		double seconds = times[1] / 1e9;
		System.out.printf(Locale.ROOT,
				"Documents %,d (%,d indexed), English texts embedded %,d; words index built in %,d ms%n"
						+ "model load %.1f s; embed + index with vectors %.1f s (%.1f ms a text, %.0f texts/s); ready after %.1f s%n"
						+ "heap MB: live before %.0f, peak used %.0f, peak committed %.0f, live with both indexes %.0f, live after the words edition retired %.0f; GC time %,d ms%n"
						+ "RSS MB: before %.0f, after the model loaded %.0f, peak (VmHWM) %.0f, sampled peak %.0f, after %.0f, after the words edition retired %.0f%n",
				documents, withMeaning[0].size(), texts, wordsMs, times[0] / 1e9, seconds, times[1] / 1e6 / texts,
				texts / seconds, times[2] / 1e9, mb(heapBefore), mb(peakHeap.get()), mb(peakCommitted.get()),
				mb(heapBoth), mb(heapAfter), gcMs, kbToMb(rssBefore), kbToMb(rssAfterModel[0]), kbToMb(peakHwm),
				kbToMb(peakRss.get()), kbToMb(rssAfter), kbToMb(rssRetired));
		System.out.printf(Locale.ROOT,
				"EMBED documents=%d texts=%d model_s=%.1f embed_s=%.1f ms_per_text=%.2f ready_s=%.1f heap_before_mb=%.0f heap_peak_mb=%.0f heap_committed_mb=%.0f heap_both_mb=%.0f heap_after_mb=%.0f gc_ms=%d rss_before_mb=%.0f rss_model_mb=%.0f rss_peak_mb=%.0f rss_sampled_peak_mb=%.0f rss_after_mb=%.0f rss_retired_mb=%.0f%n",
				documents, texts, times[0] / 1e9, seconds, times[1] / 1e6 / texts, times[2] / 1e9, mb(heapBefore),
				mb(peakHeap.get()), mb(peakCommitted.get()), mb(heapBoth), mb(heapAfter), gcMs, kbToMb(rssBefore),
				kbToMb(rssAfterModel[0]), kbToMb(peakHwm), kbToMb(peakRss.get()), kbToMb(rssAfter), kbToMb(rssRetired));
		withMeaning[0].close();
	}

	/** Bytes of heap in use once garbage is collected. */
	private static long liveHeap() {
		long used = Long.MAX_VALUE;
		for (int i = 0; i < 3; i++) {
			System.gc();
			used = Math.min(used, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
		}
		return used;
	}

	private static long gcMillis() {
		return ManagementFactory.getGarbageCollectorMXBeans()
			.stream()
			.mapToLong(GarbageCollectorMXBean::getCollectionTime)
			.sum();
	}

	/** A line of /proc/self/status in kB, 0 where there is none. */
	private static long status(String key) {
		try {
			for (String line : Files.readAllLines(STATUS)) {
				if (line.startsWith(key + ":")) {
					return Long.parseLong(line.replaceAll("\\D", ""));
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			return 0;
		}
		return 0;
	}

	/** Sets VmHWM back to the current resident set (Linux 4.0 and later). */
	private static void resetPeakRss() {
		try {
			Files.writeString(Path.of("/proc/self/clear_refs"), "5");
		}
		catch (IOException ex) {
			System.err.println("VmHWM not reset: it is the peak since the start of the process");
		}
	}

	private static double mb(long bytes) {
		return bytes / 1048576.0;
	}

	private static double kbToMb(long kb) {
		return kb / 1024.0;
	}

}
