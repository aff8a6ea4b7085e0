package kz.hub.persisted;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import kz.hub.config.PersistedQueryProperties;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;

/** The shipped operations and the documents known by hash. */
@Configuration(proxyBeanMethods = false)
class PersistedQueriesConfiguration {

	private static final Logger log = LoggerFactory.getLogger(PersistedQueriesConfiguration.class);

	@Bean
	PersistedDocuments persistedDocuments(PersistedQueryProperties properties) {
		ShippedOperations operations = ShippedOperations.load(new ClassPathResource(ShippedOperations.LOCATION));
		if (properties.persistedOnly()) {
			// Clients need the hashes; the log is where an operator finds them.
			log.info("Persisted-only: serving {} shipped operations and introspection",
					operations.documentsByName().size());
			operations.documentsByName()
				.forEach((name, document) -> log.info("Shipped operation {}: sha256 {}", name,
						PersistedDocuments.hashOf(document)));
		}
		return new PersistedDocuments(operations, properties.persistedOnly());
	}

}
