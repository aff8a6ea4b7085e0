package kz.hub;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Starts the Kazakhstan hub: loads index-data, builds the search index and serves
 * GraphQL.
 */
@SpringBootApplication
@ConfigurationPropertiesScan("kz.hub.config")
public class HubApplication {

	public static void main(String[] args) {
		SpringApplication.run(HubApplication.class, args);
	}

}
