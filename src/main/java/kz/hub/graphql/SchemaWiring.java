package kz.hub.graphql;

import kz.hub.content.RequiredDocument;

import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.ClassNameTypeResolver;

/** Maps content records onto the schema's interface and union members where the names differ. */
@Configuration(proxyBeanMethods = false)
class SchemaWiring {

	@Bean
	GraphQlSourceBuilderCustomizer contentTypeNames() {
		ClassNameTypeResolver typeResolver = new ClassNameTypeResolver();
		// "Document" would clash with Lucene's Document in the search package.
		typeResolver.addMapping(RequiredDocument.class, "Document");
		return builder -> builder.defaultTypeResolver(typeResolver);
	}

}
