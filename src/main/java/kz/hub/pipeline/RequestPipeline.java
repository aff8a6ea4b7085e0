package kz.hub.pipeline;

import java.util.Arrays;

import jakarta.servlet.Filter;
import kz.hub.caching.AnswerCache;
import kz.hub.caching.AnswerOutcome;
import kz.hub.caching.HttpCachingFilter;
import kz.hub.caching.PageCachingFilter;
import kz.hub.config.HttpCacheProperties;
import kz.hub.content.Language;
import kz.hub.config.LimitsProperties;
import kz.hub.graphql.AnswerOnRequestThread;
import kz.hub.graphql.EditionInterceptor;
import kz.hub.graphql.LanguageInterceptor;
import kz.hub.graphql.LanguageScope;
import kz.hub.languages.ReaderLanguageFilter;
import kz.hub.live.LiveContent;
import kz.hub.protection.GetRequestFilter;
import kz.hub.protection.RequestBodyFilter;
import kz.hub.protection.HttpMethodFilter;
import kz.hub.protection.HttpPaths;
import kz.hub.protection.LoadSheddingFilter;
import kz.hub.protection.OperationLimits;
import kz.hub.protection.ParserLimits;
import kz.hub.protection.ReadBodyConverter;
import kz.hub.protection.SecurityHeadersFilter;

import org.springframework.boot.http.converter.autoconfigure.ServerHttpMessageConvertersCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Every step a request meets, in the order it meets them: first the servlet filters (the
 * {@code place} of each is its order), then, for GraphQL, the interceptors around the
 * execution and the instrumentations inside it.
 * <p>
 * The filters come before Spring's own (its request context, at
 * {@code REQUEST_WRAPPER_FILTER_MAX_ORDER - 105}, reads the request's locales), and
 * everything that may answer a request by itself, the answer cache included, comes after
 * the security headers, so every answer carries them.
 */
@Configuration(proxyBeanMethods = false)
public class RequestPipeline {

	// Every path

	/** 1. Methods the hub does not serve get 405, and /error is not a page. */
	@Bean
	FilterRegistrationBean<HttpMethodFilter> httpMethods() {
		return everywhere(new HttpMethodFilter(), 1);
	}

	/** 2. Security headers, on every answer including those the steps below write. */
	@Bean
	FilterRegistrationBean<SecurityHeadersFilter> securityHeaders() {
		return everywhere(new SecurityHeadersFilter(), 2);
	}

	/** 3. The reader's language, read once; an over-long Accept-Language is cut. */
	@Bean
	FilterRegistrationBean<ReaderLanguageFilter> readerLanguage() {
		return everywhere(new ReaderLanguageFilter(), 3);
	}

	// GraphQL over HTTP

	/** 4. A GET becomes the POST it stands for. */
	@Bean
	FilterRegistrationBean<GetRequestFilter> getRequests(LimitsProperties limits) {
		return onGraphQl(new GetRequestFilter(limits), 4);
	}

	/** 5. The body is read once; one that cannot be read, or is too large, is refused. */
	@Bean
	FilterRegistrationBean<RequestBodyFilter> readableRequests(LimitsProperties limits) {
		return onGraphQl(new RequestBodyFilter(limits), 5);
	}

	/**
	 * 6. A known answer is sent from the answer cache, or 304, before waiting a turn; any
	 * other is held until whole, within the answer size limit, to be kept.
	 */
	@Bean
	FilterRegistrationBean<HttpCachingFilter> httpCaching(AnswerCache cache, LiveContent live,
			HttpCacheProperties properties, LimitsProperties limits) {
		return onGraphQl(new HttpCachingFilter(cache, live, properties, limits), 6);
	}

	/** 7. At most so many requests run at once; past a short queue, 503. */
	@Bean
	FilterRegistrationBean<LoadSheddingFilter> loadShedding(LimitsProperties limits) {
		return onGraphQl(new LoadSheddingFilter(limits), 7);
	}

	// Pages for people and their assets

	/** 8. A page gets an ETag from its body, and 304 when the client holds it. */
	@Bean
	FilterRegistrationBean<PageCachingFilter> pageCaching(HttpCacheProperties properties) {
		FilterRegistrationBean<PageCachingFilter> registration = everywhere(new PageCachingFilter(properties), 8);
		Arrays.stream(Language.values()).forEach(language -> registration.addUrlPatterns("/" + language.tag() + "/*"));
		registration.addUrlPatterns("/site/*");
		return registration;
	}

	/**
	 * Then Spring for GraphQL's handler takes the body read in step 5, not reading it
	 * again, and runs the interceptors below, outermost first.
	 */
	@Bean
	ServerHttpMessageConvertersCustomizer readBody() {
		return converters -> converters.addCustomConverter(new ReadBodyConverter());
	}

	/** 9. Whether the answer succeeded, so it may be kept, and what to replay with it. */
	@Bean
	@Order(0)
	AnswerOutcome answerOutcome() {
		return new AnswerOutcome();
	}

	/** 10. Parser limits on the document. */
	@Bean
	@Order(1)
	ParserLimits parserLimits(LimitsProperties limits) {
		return new ParserLimits(limits);
	}

	/** 11. The content edition every field of the answer reads. */
	@Bean
	@Order(2)
	EditionInterceptor editionInterceptor(LiveContent live) {
		return new EditionInterceptor(live);
	}

	/** 12. The reader's language, and the answer's Content-Language. */
	@Bean
	@Order(3)
	LanguageInterceptor languageInterceptor() {
		return new LanguageInterceptor();
	}

	/** 13. The answer is whole before the request's first dispatch ends. */
	@Bean
	@Order(4)
	AnswerOnRequestThread answerOnRequestThread() {
		return new AnswerOnRequestThread();
	}

	// Inside the execution, these instrumentations, in order.

	/** 14. Depth, fields and cost are checked before the operation runs. */
	@Bean
	@Order(1)
	OperationLimits operationLimits(LimitsProperties limits, LiveContent live) {
		return new OperationLimits(limits, live);
	}

	/** 15. Each root field's language reaches every field below it. */
	@Bean
	@Order(2)
	LanguageScope languageScope() {
		return new LanguageScope();
	}

	private static <F extends Filter> FilterRegistrationBean<F> everywhere(F filter, int place) {
		FilterRegistrationBean<F> registration = new FilterRegistrationBean<>(filter);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + place);
		return registration;
	}

	private static <F extends Filter> FilterRegistrationBean<F> onGraphQl(F filter, int place) {
		FilterRegistrationBean<F> registration = everywhere(filter, place);
		registration.addUrlPatterns(HttpPaths.GRAPHQL);
		return registration;
	}

}
