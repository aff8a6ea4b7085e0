package kz.hub.pages;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import kz.hub.HubHttpTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The pages in a real headless Chromium, 360 px wide, that can reach nothing but
 * localhost: a Russian search with JavaScript turned off, and axe-core's WCAG 2.2 AA
 * rules on each page type. Leaves a screenshot at target/site-ru.png.
 */
@HubHttpTest
class SitePagesBrowserTest {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21aa", "wcag22aa");

	@LocalServerPort
	int port;

	@TempDir
	Path profile;

	ChromeDriver browser;

	@AfterEach
	void closeBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void searchesInRussianWithoutJavaScript() throws IOException {
		open(false);
		browser.get(url("/ru/"));
		browser.findElement(By.id("q")).sendKeys("алматы");
		browser.findElement(By.cssSelector("#search-form button[type=submit]")).click();
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/ru/search?q="));

		assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("ru");
		assertThat(browser.findElement(By.id("result-count")).getText()).containsPattern("\\d+ результат");
		assertThat(browser.findElement(By.cssSelector("#hit-almaty h3 a")).getText()).isEqualTo("Алматы");
		assertThat(browser.findElements(By.cssSelector("#hit-almaty mark"))).isNotEmpty();
		Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), Path.of("target", "site-ru.png"),
				StandardCopyOption.REPLACE_EXISTING);

		browser.findElement(By.cssSelector("#facet-type a")).click();
		assertThat(browser.findElements(By.cssSelector("#chips a"))).hasSize(1);
	}

	@Test
	void pagesPassAxeWcag22AaAt360PixelsWithoutConsoleErrors() {
		open(true);
		for (String page : List.of("/ru/search?q=алматы", "/en/destinations/almaty",
				"/kk/permits/temporary-residence-permit?purpose=STUDY", "/ru/guides/residence-permit-guide",
				"/en/search?q=lake&kind=LAKE", "/kk/destinations/atlantis")) {
			browser.get(url(page));
			Results results = new AxeBuilder().withTags(WCAG_22_AA).analyze(browser);
			assertThat(results.getViolations()).as(page + ": " + describe(results.getViolations())).isEmpty();
			Object overflow = ((JavascriptExecutor) browser)
				.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
			assertThat(((Number) overflow).intValue()).as(page + " scrolls sideways at 360 px").isLessThanOrEqualTo(0);
			assertThat(browser.manage().logs().get(LogType.BROWSER).getAll()).as(page + ": console errors")
				.filteredOn(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
				// the 404 page's own status is reported as a failed load
				.filteredOn(entry -> !entry.getMessage().contains("404"))
				.isEmpty();
		}
	}

	private static String describe(List<Rule> violations) {
		return violations.stream()
			.map(rule -> rule.getId() + " (" + rule.getHelp() + ") at "
					+ rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).toList())
			.collect(Collectors.joining("; "));
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

	private void open(boolean javaScript) {
		assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
				"Chromium is not installed; install it with: apt-get install -y chromium chromium-driver");
		ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
			.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
					"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
					"--disable-sync", "--window-size=500,800", "--user-data-dir=" + profile,
					// Every host but localhost is unreachable, as on a machine without
					// internet.
					"--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost");
		if (!javaScript) {
			options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
		}
		LoggingPreferences logs = new LoggingPreferences();
		logs.enable(LogType.BROWSER, Level.ALL);
		options.setCapability("goog:loggingPrefs", logs);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		browser = new ChromeDriver(service, options);
		// A window cannot be narrower than 500 px; the page can, as on a phone.
		browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", 360, "height", 800, "deviceScaleFactor", 1, "mobile", true));
	}

}
