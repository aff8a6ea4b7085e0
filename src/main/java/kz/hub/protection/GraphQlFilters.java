package kz.hub.protection;

import jakarta.servlet.Filter;
import kz.hub.config.HttpCacheProperties;
import kz.hub.caching.AnswerCache;
import kz.hub.caching.HttpCachingFilter;
import kz.hub.config.LimitsProperties;
import kz.hub.live.LiveContent;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * What guards the GraphQL endpoint, in the order a request meets it: a GET becomes the
 * POST it stands for, a request that cannot be read is refused, a request whose answer is
 * known is answered from the HTTP cache (it reads the buffered body) before it waits for
 * a turn, and the answer's size is held in check as it is written.
 */
@Configuration(proxyBeanMethods = false)
class GraphQlFilters {

	@Bean
	FilterRegistrationBean<GetRequestFilter> getRequests(LimitsProperties limits) {
		return onGraphQl(new GetRequestFilter(limits), 1);
	}

	@Bean
	FilterRegistrationBean<GraphQlRequestFilter> readableRequests(LimitsProperties limits) {
		return onGraphQl(new GraphQlRequestFilter(limits), 2);
	}

	@Bean
	FilterRegistrationBean<HttpCachingFilter> httpCaching(AnswerCache cache, LiveContent live,
			HttpCacheProperties properties) {
		return onGraphQl(new HttpCachingFilter(cache, live, properties), 3);
	}

	@Bean
	FilterRegistrationBean<LoadSheddingFilter> loadShedding(LimitsProperties limits) {
		return onGraphQl(new LoadSheddingFilter(limits), 4);
	}

	@Bean
	FilterRegistrationBean<AnswerSizeLimitFilter> answerSizeLimit(LimitsProperties limits) {
		return onGraphQl(new AnswerSizeLimitFilter(limits), 5);
	}

	private static <F extends Filter> FilterRegistrationBean<F> onGraphQl(F filter, int place) {
		FilterRegistrationBean<F> registration = new FilterRegistrationBean<>(filter);
		registration.addUrlPatterns(HttpPaths.GRAPHQL);
		// After HttpMethodFilter, which answers methods the hub does not serve at all.
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + place);
		return registration;
	}

}
