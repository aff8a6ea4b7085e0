package kz.hub.caching;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import kz.hub.config.HttpCacheProperties;

/**
 * The answer cache; the filter that uses it is registered with the other GraphQL filters,
 * in the order a request meets them.
 */
@Configuration(proxyBeanMethods = false)
class HttpCachingConfiguration {

	@Bean
	AnswerCache answerCache(HttpCacheProperties properties) {
		return new AnswerCache(properties.answerCacheBytes());
	}

}
