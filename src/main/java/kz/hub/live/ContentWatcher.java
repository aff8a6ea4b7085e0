package kz.hub.live;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;

/**
 * Reloads the content a moment after files under the content folder stop changing: adds,
 * edits, deletes and the rename an editor does when it saves through a temporary file all
 * count.
 */
public class ContentWatcher implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(ContentWatcher.class);

	/**
	 * Quiet time after the last change, so a save of several files or an editor's temp
	 * file is one reload.
	 */
	private static final long SETTLE_MILLIS = 300;

	private final Path folder;

	private final LiveContent live;

	private volatile WatchService watchService;

	private volatile Thread thread;

	public ContentWatcher(Path folder, LiveContent live) {
		this.folder = folder;
		this.live = live;
	}

	@Override
	public void start() {
		try {
			watchService = folder.getFileSystem().newWatchService();
			registerTree(folder);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot watch the content folder " + folder, ex);
		}
		thread = Thread.ofPlatform().daemon().name("content-watcher").start(this::watch);
		log.info("Watching {} for content changes", folder);
	}

	private void watch() {
		long changedAt = 0;
		try {
			while (!Thread.currentThread().isInterrupted()) {
				WatchKey key = watchService.poll(100, TimeUnit.MILLISECONDS);
				if (key != null) {
					for (WatchEvent<?> event : key.pollEvents()) {
						if (event.context() instanceof Path name && key.watchable() instanceof Path parent) {
							Path changed = parent.resolve(name);
							if (Files.isDirectory(changed)) {
								registerTree(changed);
							}
						}
					}
					key.reset();
					changedAt = System.nanoTime();
				}
				else if (changedAt != 0
						&& System.nanoTime() - changedAt > TimeUnit.MILLISECONDS.toNanos(SETTLE_MILLIS)) {
					changedAt = 0;
					live.reload();
				}
			}
		}
		catch (InterruptedException | ClosedWatchServiceException ex) {
			// stopping
		}
		catch (IOException | RuntimeException ex) {
			log.error("Stopped watching {} for content changes", folder, ex);
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
