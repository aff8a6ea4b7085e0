package kz.hub.protection;

import jakarta.servlet.Filter;
import kz.hub.config.LimitsProperties;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * What guards the GraphQL endpoint, in the order a request meets it: a request that
 * cannot be read is refused before it waits for a turn, and the answer's size is held in
 * check as it is written.
 */
@Configuration(proxyBeanMethods = false)
class GraphQlFilters {

	@Bean
	FilterRegistrationBean<GraphQlRequestFilter> readableRequests(LimitsProperties limits) {
		return onGraphQl(new GraphQlRequestFilter(limits), 1);
	}

	@Bean
	FilterRegistrationBean<LoadSheddingFilter> loadShedding(LimitsProperties limits) {
		return onGraphQl(new LoadSheddingFilter(limits), 2);
	}

	@Bean
	FilterRegistrationBean<AnswerSizeLimitFilter> answerSizeLimit(LimitsProperties limits) {
		return onGraphQl(new AnswerSizeLimitFilter(limits), 3);
	}

	private static <F extends Filter> FilterRegistrationBean<F> onGraphQl(F filter, int place) {
		FilterRegistrationBean<F> registration = new FilterRegistrationBean<>(filter);
		registration.addUrlPatterns(HttpPaths.GRAPHQL);
		// After HttpMethodFilter, which answers methods the hub does not serve at all.
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + place);
		return registration;
	}

}
