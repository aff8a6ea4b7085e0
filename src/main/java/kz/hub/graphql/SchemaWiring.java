package kz.hub.graphql;

import kz.hub.content.RequiredDocument;
import kz.hub.persisted.PersistedDocuments;
import org.dataloader.DataLoaderOptions;

import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.graphql.execution.ClassNameTypeResolver;
import org.springframework.graphql.execution.DefaultBatchLoaderRegistry;

/**
 * How the schema meets the code: type names where records and schema differ, the
 * documents of requests (parsed texts and persisted queries), and on which threads
 * controllers run.
 */
@Configuration(proxyBeanMethods = false)
class SchemaWiring {

	@Bean
	GraphQlSourceBuilderCustomizer contentTypeNames() {
		ClassNameTypeResolver typeResolver = new ClassNameTypeResolver();
		// "Document" would clash with Lucene's Document in the search package.
		typeResolver.addMapping(RequiredDocument.class, "Document");
		return builder -> builder.defaultTypeResolver(typeResolver);
	}

	@Bean
	GraphQlSourceBuilderCustomizer requestDocuments(PersistedDocuments persisted) {
		RequestDocuments cache = new RequestDocuments(persisted);
		return builder -> builder.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(cache));
	}

	/**
	 * Batches without a per-request cache of answers by key: an untranslated item is one
	 * record in every edition, so a cache keyed by it answered the links of a Kazakh
	 * alias with those an English alias had loaded. Each key comes with its own language
	 * instead.
	 */
	@Bean
	BatchLoaderRegistry batchLoaderRegistry() {
		return new DefaultBatchLoaderRegistry(() -> DataLoaderOptions.newOptions().setCachingEnabled(false).build());
	}

	/**
	 * Searches on a few platform threads, every other controller on the request's own.
	 */
	@Bean
	static SearchThreads searchThreads() {
		return new SearchThreads();
	}

}
