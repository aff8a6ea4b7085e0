package kz.hub.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;

import kz.hub.content.Content;
import kz.hub.content.loading.ContentLoader;
import kz.hub.live.ContentHealth;
import kz.hub.live.ContentWatcher;
import kz.hub.live.LiveContent;
import kz.hub.search.SearchIndex;
import kz.hub.search.SearchLimits;
import kz.hub.search.meaning.MeaningVectors;
import kz.hub.search.meaning.MiniLmEncoder;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.MMapDirectory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Loads and checks index-data and builds its search index before the hub serves; invalid
 * content stops start-up. With {@code hub.content.watch}, changes to the folder are
 * served without a restart.
 */
@Configuration(proxyBeanMethods = false)
class LiveContentConfiguration {

	@Bean
	LiveContent liveContent(ContentProperties content, SearchProperties search, LimitsProperties limits,
			MeaningProperties meaning) {
		SearchLimits searchLimits = new SearchLimits(limits.maxSearchLength(), limits.maxSearchWords(),
				limits.maxSuggestions());
		// The model loads on the first embedding, in the background, not here.
		MeaningVectors vectors = meaning.enabled() ? new MeaningVectors(text -> MiniLmEncoder.shared().encode(text),
				meaning.vectorCacheBytes(), meaning.queryCacheBytes()) : null;
		return new LiveContent(content.location(), new ContentLoader(),
				loaded -> SearchIndex.build(loaded, directory(search, loaded, ""), search.resultCacheBytes(),
						searchLimits),
				vectors == null ? null : loaded -> SearchIndex.build(loaded, directory(search, loaded, "-meaning"),
						search.resultCacheBytes(), searchLimits, vectors));
	}

	/**
	 * Only with {@code hub.content.watch}; a location that is not a folder on disk is not
	 * watched, and health says so.
	 */
	@Bean
	@ConditionalOnBooleanProperty("hub.content.watch")
	ContentWatcher contentWatcher(LiveContent live, ContentProperties content) {
		return new ContentWatcher(content.location(), live);
	}

	@Bean
	ContentHealth contentHealthIndicator(LiveContent live, Optional<ContentWatcher> watcher) {
		return new ContentHealth(live, watcher);
	}

	/**
	 * @param suffix tells the index with vectors from the one without, which serves until
	 * it is ready
	 */
	private static Directory directory(SearchProperties properties, Content content, String suffix) {
		if (properties.indexPath() == null) {
			return SearchIndex.inMemoryDirectory();
		}
		// One folder per version: the next edition is built beside the one still serving.
		Path folder = properties.indexPath().resolve("edition-" + content.version() + suffix);
		try {
			return new MMapDirectory(folder);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot open the index folder " + folder, ex);
		}
	}

}
