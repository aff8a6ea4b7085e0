package kz.hub.live;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** Watching a content location that cannot be watched: it says so instead of failing. */
class ContentWatcherTest {

	@Test
	void aLocationThatIsNoFolderOnDiskIsNotWatchedAndSaysWhy(@TempDir Path root) throws IOException {
		Path file = Files.writeString(root.resolve("permits.yaml"), "[]");
		// The watcher never reaches the live content when there is nothing to watch.
		ContentWatcher watcher = new ContentWatcher(file.toString(), null);
		watcher.start();
		try {
			assertThat(watcher.watching()).isFalse();
			assertThat(watcher.problem())
				.hasValue(file + " is not a folder on disk that can be watched; content changes need a restart");
		}
		finally {
			watcher.stop();
		}
	}

	@Test
	void aFolderOnDiskIsWatched(@TempDir Path root) {
		ContentWatcher watcher = new ContentWatcher(root.toString(), null);
		watcher.start();
		try {
			assertThat(watcher.watching()).isTrue();
			assertThat(watcher.problem()).isEmpty();
		}
		finally {
			watcher.stop();
		}
	}

}
