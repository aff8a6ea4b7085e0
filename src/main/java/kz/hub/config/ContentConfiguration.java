package kz.hub.config;

import kz.hub.content.Content;
import kz.hub.content.ContentLoader;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Loads and validates index-data once at start-up; invalid content stops the hub before it serves. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ContentProperties.class)
class ContentConfiguration {

	@Bean
	Content content(ContentProperties properties) {
		return new ContentLoader().load(properties.location());
	}

}
