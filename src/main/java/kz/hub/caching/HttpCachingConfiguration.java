package kz.hub.caching;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The answer cache; the filter that uses it is registered with the other GraphQL filters,
 * in the order a request meets them.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(HttpCacheProperties.class)
class HttpCachingConfiguration {

	@Bean
	AnswerCache answerCache(HttpCacheProperties properties) {
		return new AnswerCache(properties.answerCacheBytes());
	}

}
