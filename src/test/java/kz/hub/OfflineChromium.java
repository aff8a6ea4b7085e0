package kz.hub;

import java.nio.file.Files;
import java.nio.file.Path;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium that can reach nothing but this machine, for the tests and
 * benchmarks of what a person sees.
 */
public final class OfflineChromium {

	/** Why a browser test is skipped, and how to run it. */
	public static final String NOT_INSTALLED = "Chromium is not installed; install it with: apt-get install -y chromium chromium-driver";

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private OfflineChromium() {
	}

	/** Whether Chromium and its driver are installed. */
	public static boolean installed() {
		return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
	}

	/**
	 * A headless browser's options: a window of this size, its own profile folder, and
	 * every host but this machine unreachable, as on a machine without internet.
	 */
	public static ChromeOptions options(Path profile, int width, int height) {
		return new ChromeOptions().setBinary(CHROMIUM.toFile())
			.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
					"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
					"--disable-sync", "--window-size=" + width + "," + height, "--user-data-dir=" + profile,
					"--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1");
	}

	/** A browser with these options, driven by Debian's chromedriver. */
	public static ChromeDriver start(ChromeOptions options) {
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		return new ChromeDriver(service, options);
	}

}
