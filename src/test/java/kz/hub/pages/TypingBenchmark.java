package kz.hub.pages;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import kz.hub.OfflineChromium;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Time from the last keystroke in the search box to the updated results, in a real
 * headless Chromium driven by Selenium and Debian's chromedriver. Not a test: run it
 * against a running hub with {@code src/bench/pages.sh}, or by hand:
 *
 * <pre>
 * BENCH_URL=http://127.0.0.1:18080 mvn -Pbenchmark test-compile exec:exec -Dbenchmark=kz.hub.pages.TypingBenchmark
 * </pre>
 *
 * The benchmark profile starts a fresh JVM with fixed arguments, so settings come from
 * the environment: {@code BENCH_URL} (the hub, 127.0.0.1 or localhost only),
 * {@code BENCH_QUERIES} (src/bench/querylog/queries.txt), {@code BENCH_N} (50),
 * {@code BENCH_WARMUP} (5, unmeasured), {@code BENCH_LANG} (ru).
 * <p>
 * The queries are drawn from the log by Zipf's law (exponent 0.9, line 1 the most
 * popular, a fixed seed), as the log's load test draws them. For each, the page
 * {@code /{lang}/search} is opened afresh (so search.js's own cache is empty), a keydown
 * listener and a MutationObserver on {@code #results-region} are installed by
 * executeScript, and the query is typed into {@code #q}. The time is the event time of
 * the keydown of the last character (or its input event if it had no keydown) to the
 * first mutation of the region once the page's URL holds the typed query, as search.js
 * replaces the region's children after fetching the page at the new URL. Nothing is
 * subtracted: the time includes search.js's pause after the last change (it fetches once
 * per burst of typing), the fetch, the parse and the swap. The count
 * ({@code #result-count}) is filled 400 ms later still, on purpose, for screen readers;
 * it is not what is measured.
 * <p>
 * Prints one line per query and, last, {@code TYPING n=.. p50_ms=.. p95_ms=.. max_ms=..
 * failed=..}.
 */
public final class TypingBenchmark {

	private static final String INSTALL = """
			const box = document.getElementById('q');
			const region = document.getElementById('results-region');
			const bench = { last: 0, done: 0 };
			window.__typing = bench;
			let key = 0;
			// The keydown's time; an input without a keydown (a character the driver inserts
			// as text) counts from the input itself.
			window.addEventListener('keydown', (event) => { key = event.timeStamp; }, true);
			box.addEventListener('input', (event) => {
			  bench.last = key || event.timeStamp;
			  key = 0;
			  bench.done = 0;
			}, true);
			new MutationObserver(() => {
			  if (bench.done || !bench.last) return;
			  if (new URL(location.href).searchParams.get('q') !== box.value) return;
			  bench.done = performance.now();
			}).observe(region, { childList: true, subtree: true, characterData: true });
			return !!(box && region);
			""";

	private TypingBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		String base = env("BENCH_URL", "http://127.0.0.1:18080").replaceAll("/+$", "");
		String host = URI.create(base).getHost();
		if (!"127.0.0.1".equals(host) && !"localhost".equals(host)) {
			throw new IllegalArgumentException("BENCH_URL must be on 127.0.0.1 or localhost: " + base);
		}
		Path log = Path.of(env("BENCH_QUERIES", "src/bench/querylog/queries.txt"));
		int n = Integer.parseInt(env("BENCH_N", "50"));
		int warmup = Integer.parseInt(env("BENCH_WARMUP", "5"));
		String lang = env("BENCH_LANG", "ru");
		List<String> queries = draw(log, warmup + n, 0.9, 20261205L);

		Path profile = Files.createTempDirectory("typing-bench");
		ChromeDriver browser = OfflineChromium.start(OfflineChromium.options(profile, 1280, 900));
		double[] times = new double[n];
		int measured = 0;
		int failed = 0;
		try {
			for (int i = 0; i < queries.size(); i++) {
				String query = queries.get(i);
				boolean warm = i < warmup;
				double ms = type(browser, base + "/" + lang + "/search", query);
				if (warm) {
					continue;
				}
				if (ms < 0) {
					failed++;
					System.out.printf(Locale.ROOT, "query %2d  no update within 5 s  %s%n", i - warmup + 1, query);
					continue;
				}
				times[measured++] = ms;
				System.out.printf(Locale.ROOT, "query %2d  %7.1f ms  %s%n", i - warmup + 1, ms, query);
			}
		}
		finally {
			browser.quit();
		}
		double[] sorted = Arrays.copyOf(times, measured);
		Arrays.sort(sorted);
		System.out.printf(Locale.ROOT, "TYPING n=%d p50_ms=%.1f p95_ms=%.1f max_ms=%.1f failed=%d warmup=%d%n",
				measured, percentile(sorted, 50), percentile(sorted, 95),
				measured == 0 ? Double.NaN : sorted[measured - 1], failed, warmup);
		if (measured == 0) {
			System.exit(1);
		}
	}

	/**
	 * Milliseconds from the last keydown to the swapped results, or -1 if none came in 5
	 * s.
	 */
	private static double type(ChromeDriver browser, String page, String query) throws InterruptedException {
		browser.get(page);
		JavascriptExecutor js = browser;
		if (!Boolean.TRUE.equals(js.executeScript(INSTALL))) {
			throw new IllegalStateException("no #q or #results-region at " + page);
		}
		WebElement box = browser.findElement(By.id("q"));
		box.sendKeys(query);
		long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
		while (System.nanoTime() < deadline) {
			Object done = js
				.executeScript("const b = window.__typing; return b.done && b.last ? b.done - b.last : -1;");
			double ms = ((Number) done).doubleValue();
			if (ms >= 0) {
				return ms;
			}
			Thread.sleep(20);
		}
		return -1;
	}

	/** count queries drawn from the log's lines by Zipf's law, with a fixed seed. */
	static List<String> draw(Path log, int count, double s, long seed) throws IOException {
		List<String> lines = Files.readAllLines(log).stream().map(String::strip).filter((l) -> !l.isEmpty()).toList();
		double[] cdf = new double[lines.size()];
		double total = 0;
		for (int i = 0; i < cdf.length; i++) {
			total += Math.pow(i + 1, -s);
			cdf[i] = total;
		}
		Random random = new Random(seed);
		List<String> drawn = new ArrayList<>(count);
		for (int k = 0; k < count; k++) {
			double r = random.nextDouble() * total;
			int i = Arrays.binarySearch(cdf, r);
			drawn.add(lines.get(Math.min(i >= 0 ? i : -i - 1, lines.size() - 1)));
		}
		return drawn;
	}

	/** Nearest-rank percentile of sorted values. */
	static double percentile(double[] sorted, double p) {
		if (sorted.length == 0) {
			return Double.NaN;
		}
		int rank = (int) Math.ceil(p / 100 * sorted.length);
		return sorted[Math.max(0, Math.min(sorted.length, rank) - 1)];
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return value == null || value.isBlank() ? fallback : value;
	}

}
