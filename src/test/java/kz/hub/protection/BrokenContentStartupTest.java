package kz.hub.protection;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import kz.hub.HubApplication;
import kz.hub.content.ContentFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hub started as a process on broken content: it exits non-zero with the message and
 * never serves.
 */
class BrokenContentStartupTest {

	@TempDir
	Path root;

	@Test
	void exitsNonZeroNamingTheFileLineAndField() throws IOException, InterruptedException {
		ContentFolder folder = ContentFolder.copyInto(root);
		folder.replace("permits.yaml", "maxProcessingDays: 30", "maxProcessingDays: thirty");
		int line = folder.lineOf("permits.yaml", "maxProcessingDays: thirty");

		String java = ProcessHandle.current().info().command().orElse("java");
		Process hub = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
				HubApplication.class.getName(), "--server.port=0", "--hub.content.location=" + folder.location()))
			.redirectErrorStream(true)
			.start();
		assertThat(hub.waitFor(60, TimeUnit.SECONDS)).as("the hub stops by itself").isTrue();
		String output = new String(hub.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

		assertThat(hub.exitValue()).isNotZero();
		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("permits.yaml, line " + line + ", field 'maxProcessingDays'")
			.doesNotContain("Tomcat started on port");
	}

}
