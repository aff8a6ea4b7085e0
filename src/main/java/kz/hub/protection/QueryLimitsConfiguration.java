package kz.hub.protection;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.OperationDefinition;
import graphql.parser.ParserOptions;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.server.WebGraphQlInterceptor;

/**
 * Limits on what one GraphQL document may ask: parser tokens, depth, and fields (aliases
 * included).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LimitsProperties.class)
class QueryLimitsConfiguration {

	/** graphql-java's own words when it stops parsing at a limit. */
	private static final String PARSING_CANCELLED = "parsing has been cancelled";

	@Bean
	MaxQueryDepthInstrumentation maxQueryDepth(LimitsProperties limits) {
		Cache<Document, Boolean> passed = passedDocuments();
		return new MaxQueryDepthInstrumentation(limits.maxQueryDepth()) {
			@Override
			public InstrumentationContext<ExecutionResult> beginExecuteOperation(
					InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
				return checkOnce(passed, parameters, () -> super.beginExecuteOperation(parameters, state));
			}

			@Override
			protected AbortExecutionException mkAbortException(int depth, int maxDepth) {
				return badRequest("the query is nested " + depth + " levels deep; the limit is " + maxDepth);
			}
		};
	}

	@Bean
	MaxQueryComplexityInstrumentation maxQueryComplexity(LimitsProperties limits) {
		Cache<Document, Boolean> passed = passedDocuments();
		return new MaxQueryComplexityInstrumentation(limits.maxQueryComplexity()) {
			@Override
			public InstrumentationContext<ExecutionResult> beginExecuteOperation(
					InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
				return checkOnce(passed, parameters, () -> super.beginExecuteOperation(parameters, state));
			}

			@Override
			protected AbortExecutionException mkAbortException(int complexity, int maxComplexity) {
				return badRequest("the query asks for " + complexity
						+ " fields (aliases count one by one); the limit is " + maxComplexity);
			}
		};
	}

	/**
	 * Parser limits for every request, and BAD_REQUEST for a document the parser stopped
	 * reading.
	 */
	@Bean
	WebGraphQlInterceptor parserLimits(LimitsProperties limits) {
		ParserOptions options = ParserOptions.getDefaultOperationParserOptions()
			.transform(builder -> builder.maxTokens(limits.maxTokens()).maxWhitespaceTokens(limits.maxTokens() * 4));
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
							? tooLong(limits.maxTokens()) : error)
					.toList()));
			});
		};
	}

	private static GraphQLError tooLong(int maxTokens) {
		return GraphqlErrorBuilder.newError()
			.message("the document is too long: it has more than " + maxTokens + " tokens; the limit is " + maxTokens)
			.errorType(ErrorType.BAD_REQUEST)
			.build();
	}

	/**
	 * Documents that passed a check. The parsed-document cache hands out the same
	 * instance for the same text, so a repeated query is measured once (keys are weak and
	 * compared by identity).
	 */
	private static Cache<Document, Boolean> passedDocuments() {
		return Caffeine.newBuilder().weakKeys().maximumSize(10_000).build();
	}

	/**
	 * Runs a limit check unless the document passed it before. A document whose size
	 * depends on its variables (@include, @skip) is checked every time.
	 */
	private static InstrumentationContext<ExecutionResult> checkOnce(Cache<Document, Boolean> passed,
			InstrumentationExecuteOperationParameters parameters,
			Supplier<InstrumentationContext<ExecutionResult>> check) {
		if (isIntrospection(parameters)) {
			return SimpleInstrumentationContext.noOp();
		}
		Document document = parameters.getExecutionContext().getDocument();
		if (passed.getIfPresent(document) != null) {
			return SimpleInstrumentationContext.noOp();
		}
		InstrumentationContext<ExecutionResult> context = check.get();
		String query = parameters.getExecutionContext().getExecutionInput().getQuery();
		if (!query.contains("@include") && !query.contains("@skip")) {
			passed.put(document, Boolean.TRUE);
		}
		return context;
	}

	/**
	 * An operation that only asks for the schema (__schema, __type), as the playground's
	 * own introspection query does: it is deep and wide by nature, costs no content
	 * lookups, and introspection has its own switch.
	 */
	private static boolean isIntrospection(InstrumentationExecuteOperationParameters parameters) {
		OperationDefinition operation = parameters.getExecutionContext().getOperationDefinition();
		return operation.getSelectionSet()
			.getSelections()
			.stream()
			.allMatch(selection -> selection instanceof Field field && field.getName().startsWith("__"));
	}

	private static AbortExecutionException badRequest(String message) {
		return new AbortExecutionException(
				List.of(GraphqlErrorBuilder.newError().message(message).errorType(ErrorType.BAD_REQUEST).build()));
	}

}
