package kz.hub.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How much one request may ask of the hub ({@code hub.limits.*}; the defaults are in
 * application.yaml). Past a limit the client gets an error that names the limit.
 *
 * @param maxQueryDepth deepest nesting of fields in an operation
 * @param maxQueryComplexity most fields in an operation, aliases counted one by one
 * @param maxQueryCost most objects an operation can return: a list counts the most items
 * it can hold times what is asked of each
 * @param maxTokens most tokens the GraphQL parser reads from a document
 * @param maxRequestBytes largest request body
 * @param maxResponseBytes largest answer; past it the answer is replaced by an error
 * @param maxPageSize largest {@code first} of a connection
 * @param maxSearchLength most characters of a search text
 * @param maxSearchWords most words of a search text
 * @param maxSuggestions largest {@code limit} of suggest
 * @param maxConcurrentRequests GraphQL requests served at once
 * @param maxQueuedRequests GraphQL requests that may wait for a turn; past them a request
 * gets 503 at once
 * @param maxQueueMillis longest wait for a turn before a 503
 */
@ConfigurationProperties("hub.limits")
public record LimitsProperties(int maxQueryDepth, int maxQueryComplexity, long maxQueryCost, int maxTokens,
		int maxRequestBytes, int maxResponseBytes, int maxPageSize, int maxSearchLength, int maxSearchWords,
		int maxSuggestions, int maxConcurrentRequests, int maxQueuedRequests, long maxQueueMillis) {
}
