package kz.hub.config;

import java.io.IOException;
import java.io.UncheckedIOException;

import kz.hub.content.Content;
import kz.hub.search.SearchIndex;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.MMapDirectory;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Builds the search index from the loaded content at start-up, before the hub reports ready. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SearchProperties.class)
class SearchConfiguration {

	@Bean
	SearchIndex searchIndex(Content content, SearchProperties properties) {
		return SearchIndex.build(content, directory(properties));
	}

	private static Directory directory(SearchProperties properties) {
		if (properties.indexPath() == null) {
			return new ByteBuffersDirectory();
		}
		try {
			return new MMapDirectory(properties.indexPath());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot open hub.search.index-path " + properties.indexPath(), ex);
		}
	}

}
