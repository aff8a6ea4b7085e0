package kz.hub.playground;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kz.hub.HubHttpTest;
import kz.hub.OfflineChromium;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Opens the playground in a real headless Chromium that can reach nothing but localhost,
 * runs a search typed into the editor, and checks what a person sees. Leaves a screenshot
 * at target/playground.png.
 */
@HubHttpTest
class PlaygroundBrowserTest {

	private static final Pattern REQUEST_URL = Pattern.compile("\"url\":\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@TempDir
	Path profile;

	ChromeDriver browser;

	@BeforeEach
	void openBrowser() {
		assumeTrue(OfflineChromium.installed(), OfflineChromium.NOT_INSTALLED);
		ChromeOptions options = OfflineChromium.options(profile, 1400, 900);
		LoggingPreferences logs = new LoggingPreferences();
		logs.enable(LogType.BROWSER, Level.ALL);
		logs.enable(LogType.PERFORMANCE, Level.ALL);
		options.setCapability("goog:loggingPrefs", logs);
		browser = OfflineChromium.start(options);
	}

	@AfterEach
	void closeBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void runsASearchTypedIntoTheEditorWithNothingButLocalhost() throws IOException {
		browser.get("http://localhost:" + port + "/graphiql");
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
		WebElement editor = wait
			.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".graphiql-query-editor .CodeMirror")));
		assertThat(browser.getCurrentUrl()).endsWith("/graphiql");
		assertThat(editor.getText()).as("the default query")
			.contains("search(query: \"вид на жительство\"")
			.contains("language: RU");

		editor.click();
		new Actions(browser).keyDown(Keys.CONTROL).sendKeys("a").keyUp(Keys.CONTROL).sendKeys(Keys.DELETE).perform();
		new Actions(browser)
			.sendKeys("{ search(query: \"Chimbulak\", first: 2) { totalCount edges { node { ... on Node { id } } } } }")
			// GraphiQL re-reads the operations of the editor a moment after typing stops,
			// as a person pauses.
			.pause(Duration.ofSeconds(1))
			.perform();
		browser.findElement(By.cssSelector("[aria-label^='Prettify query']")).click();
		browser.findElement(By.cssSelector(".graphiql-execute-button")).click();

		wait.until(
				ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".graphiql-response"), "shymbulak"));
		assertThat(browser.findElement(By.cssSelector(".graphiql-response")).getText()).contains("\"totalCount\"")
			.contains("\"id\": \"shymbulak\"");
		Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), Path.of("target", "playground.png"),
				StandardCopyOption.REPLACE_EXISTING);

		assertThat(requestedUrls()).isNotEmpty()
			.allSatisfy(url -> assertThat(URI.create(url).getHost()).as(url).isIn("localhost", "127.0.0.1"));
		assertThat(browser.manage().logs().get(LogType.BROWSER).getAll()).as("console errors")
			.filteredOn(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
			.isEmpty();
	}

	@Test
	void documentationExplorerShowsTheSchema() {
		browser.get("http://localhost:" + port + "/graphiql");
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
		wait.until(
				ExpectedConditions.elementToBeClickable(By.cssSelector("[aria-label='Show Documentation Explorer']")))
			.click();
		WebElement explorer = wait
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".graphiql-doc-explorer")));
		wait.until(ExpectedConditions.textToBePresentInElement(explorer, "Query"));
		explorer.findElement(By.linkText("Query")).click();
		wait.until(ExpectedConditions.textToBePresentInElement(explorer, "checklist"));
		assertThat(explorer.getText()).contains("search").contains("destinations");

		// The settings dialog adds a <style> element of its own: it must work under the
		// policy too.
		browser.findElement(By.cssSelector("[aria-label='Open settings dialog']")).click();
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".graphiql-dialog")));
		assertThat(browser.manage().logs().get(LogType.BROWSER).getAll()).as("console errors")
			.filteredOn(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
			.isEmpty();
	}

	/** The URLs of every request the page made, from Chromium's network log. */
	private List<String> requestedUrls() {
		List<String> urls = new ArrayList<>();
		for (LogEntry entry : browser.manage().logs().get(LogType.PERFORMANCE)) {
			if (entry.getMessage().contains("\"Network.requestWillBeSent\"")) {
				Matcher url = REQUEST_URL.matcher(entry.getMessage());
				// chrome:// and data: URLs never reach a network.
				if (url.find() && url.group(1).matches("(?i)(https?|wss?)://.*")) {
					urls.add(url.group(1));
				}
			}
		}
		return urls;
	}

}
