package kz.hub.protection;

import java.util.Map;

import graphql.parser.ParserOptions;
import kz.hub.config.LimitsProperties;
import kz.hub.live.LiveContent;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.server.WebGraphQlInterceptor;

/**
 * Limits on what one GraphQL document may ask: parser tokens while it is read, then
 * depth, fields and cost of the operation before it runs.
 */
@Configuration(proxyBeanMethods = false)
class QueryLimitsConfiguration {

	/** graphql-java's own words when it stops parsing at a limit. */
	private static final String PARSING_CANCELLED = "parsing has been cancelled";

	@Bean
	OperationLimits operationLimits(LimitsProperties limits, LiveContent live) {
		return new OperationLimits(limits, live);
	}

	/**
	 * Parser limits for every request, and BAD_REQUEST for a document the parser stopped
	 * reading.
	 */
	@Bean
	WebGraphQlInterceptor parserLimits(LimitsProperties limits) {
		ParserOptions options = ParserOptions.getDefaultOperationParserOptions()
			.transform(builder -> builder.maxTokens(limits.maxTokens()).maxWhitespaceTokens(limits.maxTokens() * 4));
		String tooLong = "the document is too long: it has more than " + limits.maxTokens() + " tokens; the limit is "
				+ limits.maxTokens();
		return (request, chain) -> {
			request.configureExecutionInput(
					(input, builder) -> builder.graphQLContext(Map.of(ParserOptions.class, options)).build());
			return chain.next(request).map(response -> {
				// Only a document the parser gave up on has no data: answers with data
				// pass untouched.
				if (response.getExecutionResult().isDataPresent() || response.getErrors().isEmpty()) {
					return response;
				}
				return response.transform(builder -> builder.errors(response.getExecutionResult()
					.getErrors()
					.stream()
					.map(error -> error.getMessage() != null && error.getMessage().contains(PARSING_CANCELLED)
							? ClientError.of(tooLong) : error)
					.toList()));
			});
		};
	}

}
