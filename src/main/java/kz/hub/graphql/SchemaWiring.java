package kz.hub.graphql;

import kz.hub.content.RequiredDocument;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.data.method.annotation.support.AnnotatedControllerConfigurer;
import org.springframework.graphql.execution.ClassNameTypeResolver;

/**
 * How the schema meets the code: type names where records and schema differ, the
 * parsed-document cache, and on which thread controllers run.
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

	/**
	 * Controllers run on the request's own thread. With virtual threads on, Boot would
	 * hand every controller call to a new thread and a second servlet dispatch, which
	 * cost a lookup a third of its rate; the search controller hands only its CPU-heavy
	 * work to the executor itself.
	 */
	@Bean
	static BeanPostProcessor controllersOnTheRequestThread() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof AnnotatedControllerConfigurer configurer) {
					configurer.setBlockingMethodPredicate(method -> false);
				}
				return bean;
			}
		};
	}

}
