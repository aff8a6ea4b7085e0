package kz.hub.protection;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

import kz.hub.HubApplication;
import kz.hub.content.ContentFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hub started as a process on broken content: it exits non-zero with one message
 * naming the file, line and field, without a stack trace, and never serves.
 */
class BrokenContentStartupTest {

	/** A fresh copy of the content for each test, to break. */
	@RegisterExtension
	final ContentFolder folder = new ContentFolder();

	@Test
	void exitsNonZeroNamingTheFileLineAndField() throws IOException, InterruptedException {
		folder.replace("permits.yaml", "maxProcessingDays: 30", "maxProcessingDays: thirty");
		int line = folder.lineOf("permits.yaml", "maxProcessingDays: thirty");

		assertThat(startAndFail()).contains("permits.yaml, line " + line + ", field 'maxProcessingDays'");
	}

	@Test
	void contentThatWouldFailIndexingExitsNamingTheFileLineAndField() throws IOException, InterruptedException {
		folder.replace("destinations.yaml", "activities: [sightseeing]", "activities: [\"\", hiking]");
		int line = folder.lineOf("destinations.yaml", "activities: [\"\", hiking]");

		assertThat(startAndFail()).contains("destinations.yaml, line " + line + ", field 'activities'");
	}

	@Test
	void contentTheSearchIndexRefusesExitsWithOneMessage() throws IOException, InterruptedException {
		folder.write("synonyms.txt", folder.read("synonyms.txt") + "the, a\n");

		assertThat(startAndFail()).contains("synonyms.txt");
	}

	/** Starts the hub on the folder, waits for it to exit and returns what it printed. */
	private String startAndFail() throws IOException, InterruptedException {
		String java = ProcessHandle.current().info().command().orElse("java");
		Process hub = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
				HubApplication.class.getName(), "--server.port=0", "--hub.content.location=" + folder.location()))
			.redirectErrorStream(true)
			.start();
		assertThat(hub.waitFor(60, TimeUnit.SECONDS)).as("the hub stops by itself").isTrue();
		String output = new String(hub.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

		assertThat(hub.exitValue()).isNotZero();
		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("The content in index-data is invalid: ")
			.doesNotContain("\tat ")
			.doesNotContain("Tomcat started on port");
		return output;
	}

}
