package kz.hub.live;

import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import kz.hub.content.Content;
import kz.hub.content.loading.ContentException;
import kz.hub.content.loading.ContentLoader;
import kz.hub.search.SearchIndex;
import kz.hub.search.SearchRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Holds the edition the hub serves. A reload loads and checks the whole content and
 * builds a new index beside the live one, then swaps both at once; a request that started
 * on the old edition finishes on it. Content that fails to load, to pass the checks or to
 * be indexed leaves the last good edition serving.
 */
public class LiveContent implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(LiveContent.class);

	/** How long a replaced edition stays open for the requests still reading it. */
	private static final long RETIRE_AFTER_SECONDS = 60;

	private final String location;

	private final ContentLoader loader;

	private final Function<Content, SearchIndex> indexer;

	private final AtomicReference<Edition> current = new AtomicReference<>();

	private final AtomicReference<ReloadFailure> lastFailure = new AtomicReference<>();

	/** Builds an edition's index with vectors, null when search by meaning is off. */
	private final Function<Content, SearchIndex> meaningIndexer;

	private final AtomicReference<ReloadFailure> meaningFailure = new AtomicReference<>();

	/**
	 * One thread, so embedding the content leaves the other core to the requests, and an
	 * edition waits for the one before it.
	 */
	private final ExecutorService meaningWork = Executors
		.newSingleThreadExecutor(Thread.ofPlatform().daemon().name("edition-meaning").factory());

	private final ScheduledExecutorService retirement = Executors
		.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("edition-retirement").factory());

	/**
	 * Loads the first edition; content that fails to load or to index throws a
	 * {@link ContentException}, so the hub never starts on it.
	 */
	public LiveContent(String location, ContentLoader loader, Function<Content, SearchIndex> indexer) {
		this(location, loader, indexer, null);
	}

	/**
	 * Loads the first edition as {@link #LiveContent(String, ContentLoader, Function)}
	 * does, then gives each edition its meaning in the background: the hub serves
	 * searches by words at once and by meaning too a few seconds later.
	 * @param meaningIndexer builds the index of an edition with its vectors, or null to
	 * search by words alone
	 */
	public LiveContent(String location, ContentLoader loader, Function<Content, SearchIndex> indexer,
			Function<Content, SearchIndex> meaningIndexer) {
		this.location = location;
		this.loader = loader;
		this.indexer = indexer;
		this.meaningIndexer = meaningIndexer;
		try {
			current.set(build(loader.load(location)));
		}
		catch (RuntimeException ex) {
			throw contentError(ex);
		}
		addMeaning(current());
	}

	/**
	 * Every failure to build an edition is a content error: loading and checking name the
	 * file, line and field; indexing failures keep the search index's own words.
	 */
	private static ContentException contentError(RuntimeException failure) {
		if (failure instanceof ContentException contentError) {
			return contentError;
		}
		return new ContentException("the content cannot be indexed for search: " + failure.getMessage(), failure);
	}

	private Edition build(Content content) {
		long start = System.nanoTime();
		SearchIndex index = indexer.apply(content);
		log.info("Content version {} from {}: {} items, {} search documents indexed in {} ms", content.version(),
				location, content.items().size(), index.size(), (System.nanoTime() - start) / 1_000_000);
		// One search through every stage, so the first person to search does not pay for
		// loading its code.
		index.search(new SearchRequest("kazakhstan", Set.of(), null, 10, null));
		return new Edition(content, index, Instant.now());
	}

	public Edition current() {
		return current.get();
	}

	public Optional<ReloadFailure> lastFailure() {
		return Optional.ofNullable(lastFailure.get());
	}

	/**
	 * Loads the content again and serves it if it loads, indexes and has changed; returns
	 * whether the edition changed. Never throws: a failure keeps the last good edition
	 * serving and is kept for health.
	 */
	public synchronized boolean reload() {
		try {
			Content content = loader.load(location);
			if (content.version().equals(current().content().version())) {
				lastFailure.set(null);
				return false;
			}
			Edition edition = build(content);
			Edition replaced = current.getAndSet(edition);
			lastFailure.set(null);
			log.info("Serving content version {} (was {})", content.version(), replaced.content().version());
			retire(replaced);
			addMeaning(edition);
			return true;
		}
		catch (RuntimeException ex) {
			String message = contentError(ex).getMessage();
			lastFailure.set(new ReloadFailure(message, Instant.now()));
			log.error("Content not reloaded, still serving version {}: {}", current().content().version(), message);
			return false;
		}
	}

	/**
	 * Whether English searches find by meaning: {@code off}, {@code pending} while the
	 * content is embedded, {@code ready}, or {@code failed} (searches go on by words).
	 */
	public String meaning() {
		if (meaningIndexer == null) {
			return "off";
		}
		if (current().index().hasMeaning()) {
			return "ready";
		}
		return meaningFailure.get() == null ? "pending" : "failed";
	}

	/** Why the current edition has no meaning, when embedding failed. */
	public Optional<ReloadFailure> meaningFailure() {
		return Optional.ofNullable(meaningFailure.get());
	}

	/**
	 * Builds the edition's index again with vectors, off the path of start-up and reload,
	 * and serves it in its place unless a newer edition came meanwhile.
	 */
	private void addMeaning(Edition words) {
		if (meaningIndexer == null) {
			return;
		}
		meaningFailure.set(null);
		meaningWork.execute(() -> {
			if (current() != words) {
				return;
			}
			try {
				long start = System.nanoTime();
				SearchIndex index = meaningIndexer.apply(words.content());
				index.search(new SearchRequest("kazakhstan", Set.of(), null, 10, null));
				Edition withMeaning = new Edition(words.content(), index, words.loadedAt());
				if (current.compareAndSet(words, withMeaning)) {
					log.info("Content version {} searches by meaning too, ready in {} ms", words.content().version(),
							(System.nanoTime() - start) / 1_000_000);
					retire(words);
				}
				else {
					close(withMeaning);
				}
			}
			catch (RuntimeException | LinkageError ex) {
				// The model's natives may fail to load on an unusual platform: the hub
				// goes on searching by words and says so in health.
				meaningFailure.set(new ReloadFailure(ex.toString(), Instant.now()));
				log.error("Content version {} searches by words alone: {}", words.content().version(), ex.toString());
			}
		});
	}

	private void retire(Edition replaced) {
		retirement.schedule(() -> close(replaced), RETIRE_AFTER_SECONDS, TimeUnit.SECONDS);
	}

	private static void close(Edition edition) {
		try {
			edition.index().close();
		}
		catch (IOException ex) {
			log.warn("Could not close the index of content version {}", edition.content().version(), ex);
		}
	}

	@Override
	public void close() {
		meaningWork.shutdownNow();
		retirement.shutdownNow();
		close(current());
	}

}
