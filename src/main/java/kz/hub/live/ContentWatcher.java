package kz.hub.live;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.util.ResourceUtils;

/**
 * Reloads the content a moment after files under the content folder stop changing: adds,
 * edits, deletes and the rename an editor does when it saves through a temporary file all
 * count. A failed reload never stops the watching; when watching is impossible or stops,
 * {@link #problem()} says why.
 */
public class ContentWatcher implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(ContentWatcher.class);

	/**
	 * Quiet time after the last change, so a save of several files or an editor's temp
	 * file is one reload.
	 */
	private static final long SETTLE_MILLIS = 300;

	private final String location;

	private final LiveContent live;

	private volatile Path folder;

	private volatile WatchService watchService;

	private volatile Thread thread;

	private volatile String problem;

	/**
	 * @param location the content folder, as {@code hub.content.location} names it; only
	 * a folder on disk can be watched
	 */
	public ContentWatcher(String location, LiveContent live) {
		this.location = location;
		this.live = live;
	}

	@Override
	public void start() {
		try {
			folder = ResourceUtils.getFile(location).toPath();
			if (!Files.isDirectory(folder)) {
				throw new FileNotFoundException(location);
			}
			watchService = folder.getFileSystem().newWatchService();
			registerTree(folder);
		}
		catch (IOException ex) {
			problem = location + " is not a folder on disk that can be watched; content changes need a restart";
			log.warn("hub.content.watch is on, but {}", problem);
			return;
		}
		problem = null;
		thread = Thread.ofPlatform().daemon().name("content-watcher").start(this::watch);
		log.info("Watching {} for content changes", folder);
	}

	/** Whether changes to the content folder are being picked up now. */
	public boolean watching() {
		Thread watcher = thread;
		return watcher != null && watcher.isAlive() && problem == null;
	}

	/** Why the content folder is not watched, when it is not. */
	public Optional<String> problem() {
		Thread watcher = thread;
		if (problem == null && watcher != null && !watcher.isAlive()) {
			return Optional.of("the watcher thread has stopped");
		}
		return Optional.ofNullable(problem);
	}

	private void watch() {
		long changedAt = 0;
		try {
			while (!Thread.currentThread().isInterrupted()) {
				WatchKey key = watchService.poll(100, TimeUnit.MILLISECONDS);
				if (key != null) {
					registerNewFolders(key);
					key.reset();
					changedAt = System.nanoTime();
				}
				else if (changedAt != 0
						&& System.nanoTime() - changedAt > TimeUnit.MILLISECONDS.toNanos(SETTLE_MILLIS)) {
					changedAt = 0;
					reload();
				}
			}
		}
		catch (InterruptedException | ClosedWatchServiceException ex) {
			// stopping
		}
		catch (RuntimeException ex) {
			problem = "stopped watching after an unexpected error: " + ex;
			log.error("Stopped watching {} for content changes: {}", folder, ex.toString());
		}
	}

	private void registerNewFolders(WatchKey key) {
		for (WatchEvent<?> event : key.pollEvents()) {
			if (event.context() instanceof Path name && key.watchable() instanceof Path parent) {
				Path changed = parent.resolve(name);
				try {
					if (Files.isDirectory(changed)) {
						registerTree(changed);
					}
				}
				catch (IOException | UncheckedIOException ex) {
					// A folder that came and went at once: nothing in it to watch.
					log.warn("Could not watch {}: {}", changed, ex.toString());
				}
			}
		}
	}

	/** One reload; whatever goes wrong is one line of log, and the watching goes on. */
	private void reload() {
		try {
			live.reload();
		}
		catch (RuntimeException ex) {
			log.error("Content reload failed, still watching {}: {}", folder, ex.toString());
		}
	}

	private void registerTree(Path root) throws IOException {
		try (Stream<Path> folders = Files.walk(root)) {
			for (Path dir : folders.filter(Files::isDirectory).toList()) {
				dir.register(watchService, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
						StandardWatchEventKinds.ENTRY_MODIFY);
			}
		}
	}

	@Override
	public void stop() {
		if (thread != null) {
			thread.interrupt();
		}
		try {
			if (watchService != null) {
				watchService.close();
			}
		}
		catch (IOException ex) {
			log.warn("Could not close the watch on {}", folder, ex);
		}
		thread = null;
	}

	@Override
	public boolean isRunning() {
		return thread != null;
	}

}
