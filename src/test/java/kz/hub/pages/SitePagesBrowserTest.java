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
import kz.hub.OfflineChromium;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The pages in a real headless Chromium, 360 px wide, that can reach nothing but
 * localhost: a Russian search with JavaScript turned off, and axe-core's WCAG 2.2 AA
 * rules on each page type; with it, results as you type, Back and Forward, and
 * suggestions chosen with the keyboard. Leaves a screenshot at target/site-ru.png.
 */
@HubHttpTest
class SitePagesBrowserTest {

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

	@Test
	void showsResultsAsYouTypeWithoutReloadingAndBackRestoresThem() {
		open(true);
		browser.get(url("/ru/search?q=астана"));
		List<String> astana = hits();
		assertThat(astana).isNotEmpty();
		browser.executeScript("window.notReloaded = true");

		WebElement box = browser.findElement(By.id("q"));
		box.sendKeys(Keys.chord(Keys.CONTROL, "a"), "алматы");
		waitUntil(() -> query().equals("алматы") && !hits().equals(astana));
		assertThat(hits()).contains("hit-almaty").isNotEqualTo(astana);
		waitUntil(() -> count().matches("\\d+ результат.*"));
		assertThat(browser.getTitle()).contains("алматы");
		assertThat(notReloaded()).as("the page was not reloaded").isTrue();
		// the language switcher keeps the search now shown, not the one the page was
		// loaded with
		assertThat(browser.findElement(By.cssSelector("nav.languages a[hreflang=en]")).getDomAttribute("href"))
			.contains("q=%D0%B0%D0%BB%D0%BC%D0%B0%D1%82%D1%8B");

		browser.navigate().back();
		waitUntil(() -> query().equals("астана") && hits().equals(astana));
		assertThat(box.getDomProperty("value")).isEqualTo("астана");
		browser.navigate().forward();
		waitUntil(() -> query().equals("алматы") && hits().contains("hit-almaty"));
		assertThat(notReloaded()).as("Back and Forward did not reload the page").isTrue();

		// A filter link pushes an entry too, and Back leaves it in one step.
		browser.findElement(By.cssSelector("#facet-type a")).click();
		waitUntil(() -> browser.findElements(By.cssSelector("#chips a")).size() == 1);
		browser.navigate().back();
		waitUntil(() -> browser.findElements(By.cssSelector("#chips a")).isEmpty() && query().equals("алматы"));
		assertThat(notReloaded()).isTrue();

		// Text an input method is still composing is not searched; once composed, it is.
		browser.executeScript(
				"arguments[0].value = 'шымбулак';"
						+ "arguments[0].dispatchEvent(new InputEvent('input', {isComposing: true, bubbles: true}))",
				box);
		pause(Duration.ofMillis(500));
		assertThat(query()).isEqualTo("алматы");
		browser.executeScript("arguments[0].dispatchEvent(new CompositionEvent('compositionend', {bubbles: true}))",
				box);
		waitUntil(() -> query().equals("шымбулак"));
		assertNoConsoleErrors("typing");
	}

	@Test
	void sortsByDistanceFiltersByAFacetWithItsCountsAndKeepsTheSearchInAnotherLanguage() {
		open(true);
		browser.get(url("/en/search?q=lake"));
		browser.executeScript("window.notReloaded = true");
		new Select(browser.findElement(By.id("near"))).selectByValue("kolsai-lakes");
		browser.findElement(By.cssSelector("#near-form button")).click();
		waitUntil(() -> browser.getCurrentUrl().contains("near=kolsai-lakes") && !hits().isEmpty()
				&& hits().getFirst().equals("hit-kolsai-lakes"));
		assertThat(browser.findElement(By.cssSelector("#hit-big-almaty-lake .distance")).getText())
			.matches("Distance: \\d+ km");

		WebElement lakes = browser.findElement(By.xpath("//div[@id='facet-kind']//a[contains(., 'Lake')]"));
		int lakeCount = Integer.parseInt(lakes.getText().replaceAll("\\D+", ""));
		lakes.click();
		waitUntil(() -> browser.findElements(By.cssSelector("#chips a")).size() == 1);
		assertThat(hits()).hasSize(lakeCount).contains("hit-big-almaty-lake").doesNotContain("hit-kolsai-lakes");
		assertThat(browser.getCurrentUrl()).contains("near=kolsai-lakes");
		// The other kinds still count the hits they would add.
		assertThat(browser.findElements(By.cssSelector("#facet-kind a"))).hasSizeGreaterThan(1)
			.allSatisfy(option -> assertThat(option.getText()).containsPattern("\\d"));
		assertThat(notReloaded()).as("the sort and the filter did not reload the page").isTrue();
		List<String> sorted = hits();
		browser.navigate().refresh();
		assertThat(hits()).as("a reload, rendered by the server, shows the same results").isEqualTo(sorted);

		browser.findElement(By.cssSelector("nav.languages a[hreflang=kk]")).click();
		waitUntil(() -> browser.getCurrentUrl().contains("/kk/search"));
		assertThat(browser.findElement(By.id("q")).getDomProperty("value")).isEqualTo("lake");
		assertThat(hits()).isEqualTo(sorted);
		assertThat(browser.findElement(By.cssSelector("#chips a")).getText()).contains("Көл");
		assertNoConsoleErrors("filter, sort and language");

		browser.get(url("/kk/destinations/atlantis"));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Бет табылмады");
		assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("kk");
	}

	@Test
	void choosesASuggestionWithTheKeyboard() {
		open(true);
		browser.get(url("/ru/"));
		WebElement box = browser.findElement(By.id("q"));
		assertThat(box.getDomAttribute("role")).isEqualTo("combobox");
		assertThat(box.getDomAttribute("aria-expanded")).isEqualTo("false");
		assertAxePasses("/ru/ with the suggestions closed");

		box.sendKeys("алма");
		waitUntil(() -> "true".equals(box.getDomAttribute("aria-expanded")));
		WebElement list = browser.findElement(By.id(box.getDomAttribute("aria-controls")));
		assertThat(list.getDomAttribute("role")).isEqualTo("listbox");
		assertThat(list.findElements(By.cssSelector("[role=option]"))).isNotEmpty();
		assertAxePasses("/ru/ with the suggestions open");
		// axe's run blurs the box, which closes the list; Down opens it again.
		box.sendKeys(Keys.ARROW_DOWN, Keys.ESCAPE);
		assertThat(box.getDomAttribute("aria-expanded")).isEqualTo("false");
		assertThat(list.isDisplayed()).isFalse();
		assertThat(box.getDomProperty("value")).as("Esc closes, it does not clear").isEqualTo("алма");

		box.sendKeys(Keys.ARROW_DOWN);
		WebElement first = list.findElements(By.cssSelector("[role=option]")).getFirst();
		assertThat(box.getDomAttribute("aria-activedescendant")).isEqualTo(first.getDomAttribute("id"));
		assertThat(first.getDomAttribute("aria-selected")).isEqualTo("true");
		assertThat(first.getText()).startsWith("Алматы");
		assertThat(browser.switchTo().activeElement()).isEqualTo(box);
		// While an input method composes, its keys are its own.
		browser.executeScript("arguments[0].dispatchEvent(new KeyboardEvent('keydown', "
				+ "{key: 'ArrowDown', isComposing: true, bubbles: true, cancelable: true}))", box);
		assertThat(box.getDomAttribute("aria-activedescendant")).isEqualTo(first.getDomAttribute("id"));

		box.sendKeys(Keys.ENTER);
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/ru/destinations/"));
		assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("Алматы");
		assertNoConsoleErrors("suggestions");

		browser.navigate().back();
		waitUntil(() -> query().equals("алма") && !hits().isEmpty());
		assertThat(browser.findElement(By.id("q")).getDomProperty("value")).isEqualTo("алма");
		assertNoConsoleErrors("back from a suggestion");
	}

	/**
	 * Read in one step: the results may be swapped between finding an element and reading
	 * it.
	 */
	@SuppressWarnings("unchecked")
	private List<String> hits() {
		return (List<String>) ((JavascriptExecutor) browser)
			.executeScript("return Array.from(document.querySelectorAll('#results > li'), hit => hit.id);");
	}

	private String query() {
		return String.valueOf(browser.executeScript("return new URLSearchParams(location.search).get('q')"));
	}

	private String count() {
		return browser.findElement(By.id("result-count")).getText();
	}

	private boolean notReloaded() {
		return Boolean.TRUE.equals(browser.executeScript("return window.notReloaded === true"));
	}

	/** Long enough for search.js to have fetched, were it going to. */
	private static void pause(Duration duration) {
		try {
			Thread.sleep(duration);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private void waitUntil(java.util.function.BooleanSupplier condition) {
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> condition.getAsBoolean());
	}

	private void assertAxePasses(String what) {
		Results results = new AxeBuilder().withTags(WCAG_22_AA).analyze(browser);
		assertThat(results.getViolations()).as(what + ": " + describe(results.getViolations())).isEmpty();
	}

	/** No errors in the console, Content-Security-Policy refusals among them. */
	private void assertNoConsoleErrors(String what) {
		List<LogEntry> entries = browser.manage().logs().get(LogType.BROWSER).getAll();
		assertThat(entries).as(what + ": Content-Security-Policy refusals")
			.filteredOn(entry -> entry.getMessage().contains("Content Security Policy"))
			.isEmpty();
		assertThat(entries).as(what + ": console errors")
			.filteredOn(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
			// the pages name no icon, so the browser asks for one
			.filteredOn(entry -> !entry.getMessage().contains("/favicon.ico"))
			.isEmpty();
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
		assumeTrue(OfflineChromium.installed(), OfflineChromium.NOT_INSTALLED);
		ChromeOptions options = OfflineChromium.options(profile, 500, 800);
		if (!javaScript) {
			options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
		}
		LoggingPreferences logs = new LoggingPreferences();
		logs.enable(LogType.BROWSER, Level.ALL);
		options.setCapability("goog:loggingPrefs", logs);
		browser = OfflineChromium.start(options);
		// A window cannot be narrower than 500 px; the page can, as on a phone.
		browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", 360, "height", 800, "deviceScaleFactor", 1, "mobile", true));
	}

}
