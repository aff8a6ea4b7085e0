package kz.hub.graphql;

import kz.hub.content.RequiredDocument;
import kz.hub.persisted.PersistedDocuments;

import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.ClassNameTypeResolver;

/**
 * How the schema meets the code: type names where records and schema differ, the
 * parsed-document cache with persisted queries, and on which threads controllers run.
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
	GraphQlSourceBuilderCustomizer parsedDocumentCache(PersistedDocuments persisted) {
		ParsedDocumentCache cache = new ParsedDocumentCache(persisted);
		return builder -> builder.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(cache));
	}

	/**
	 * Searches on a few platform threads, every other controller on the request's own.
	 */
	@Bean
	static SearchThreads searchThreads() {
		return new SearchThreads();
	}

}
