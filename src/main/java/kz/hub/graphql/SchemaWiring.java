package kz.hub.graphql;

import kz.hub.content.RequiredDocument;

import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.ClassNameTypeResolver;

/**
 * How the schema meets the code: type names where records and schema differ, and the
 * parsed-document cache.
 * <p>
 * Controllers keep Boot's task executor (a virtual thread per controller call, then a
 * second servlet dispatch). Running them on the request's own thread gave a third more
 * requests per second, but under saturation some requests then waited seconds (Tomcat and
 * Jetty alike); see the README's speed section before trying again.
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
	GraphQlSourceBuilderCustomizer parsedDocumentCache() {
		ParsedDocumentCache cache = new ParsedDocumentCache();
		return builder -> builder.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(cache));
	}

}
