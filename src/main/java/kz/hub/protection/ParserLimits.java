package kz.hub.protection;

import java.util.Map;

import graphql.parser.ParserOptions;
import kz.hub.config.LimitsProperties;
import reactor.core.publisher.Mono;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;

/**
 * Parser limits for every GraphQL document ({@code hub.limits.max-tokens}), and a
 * BAD_REQUEST that says so for a document the parser stopped reading.
 */
public class ParserLimits implements WebGraphQlInterceptor {

	/** graphql-java's own words when it stops parsing at a limit. */
	private static final String PARSING_CANCELLED = "parsing has been cancelled";

	private final ParserOptions options;

	private final String tooLong;

	public ParserLimits(LimitsProperties limits) {
		this.options = options(limits);
		this.tooLong = "the document is too long: it has more than " + limits.maxTokens() + " tokens; the limit is "
				+ limits.maxTokens();
	}

	/** The parser options of every document the hub reads. */
	static ParserOptions options(LimitsProperties limits) {
		return ParserOptions.getDefaultOperationParserOptions()
			.transform(builder -> builder.maxTokens(limits.maxTokens()).maxWhitespaceTokens(limits.maxTokens() * 4));
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		request.configureExecutionInput(
				(input, builder) -> builder.graphQLContext(Map.of(ParserOptions.class, options)).build());
		return chain.next(request).map(response -> {
			// Only a document the parser gave up on has no data: answers with data pass
			// untouched.
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
	}

}
