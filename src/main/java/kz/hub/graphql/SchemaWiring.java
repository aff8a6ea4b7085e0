package kz.hub.graphql;

import kz.hub.content.RequiredDocument;
import kz.hub.persisted.PersistedDocuments;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.data.method.annotation.support.AnnotatedControllerConfigurer;
import org.springframework.graphql.execution.ClassNameTypeResolver;

/**
 * How the schema meets the code: type names where records and schema differ, the
 * parsed-document cache with persisted queries, and on which thread controllers run.
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
	 * Lookups run on the request's own thread; search and suggest keep Boot's task
	 * executor. With virtual threads on, Boot hands every controller call to a new thread
	 * and a second servlet dispatch, which cost a lookup a third of its rate. A search
	 * that misses the answer cache is CPU-heavy: run on the request thread, it left some
	 * requests waiting seconds under saturation (Tomcat and Jetty alike; see the README's
	 * speed section before trying again).
	 */
	@Bean
	static BeanPostProcessor lookupsOnTheRequestThread() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof AnnotatedControllerConfigurer configurer) {
					configurer.setBlockingMethodPredicate(method -> method.getBeanType() == SearchController.class);
				}
				return bean;
			}
		};
	}

}
