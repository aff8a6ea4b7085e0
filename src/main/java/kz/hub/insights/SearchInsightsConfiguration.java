package kz.hub.insights;

import io.micrometer.core.instrument.MeterRegistry;
import kz.hub.live.LiveContent;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The search log of the content the hub serves, and the endpoint that shows it. */
@Configuration(proxyBeanMethods = false)
class SearchInsightsConfiguration {

	@Bean
	SearchLog searchLog(LiveContent live, MeterRegistry meters) {
		return new SearchLog(() -> live.current().content().version(), meters);
	}

	@Bean
	SearchesEndpoint searchesEndpoint(SearchLog log) {
		return new SearchesEndpoint(log);
	}

}
