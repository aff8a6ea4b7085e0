package kz.hub.protection;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How much one request may ask of the hub ({@code hub.limits.*}). Past a limit the client
 * gets a BAD_REQUEST error that names the limit.
 *
 * @param maxQueryDepth deepest nesting of fields in an operation
 * @param maxQueryComplexity most fields in an operation, aliases counted one by one
 * @param maxTokens most tokens the GraphQL parser reads from a document
 * @param maxRequestBytes largest request body
 */
@ConfigurationProperties("hub.limits")
public record LimitsProperties(@DefaultValue("12") int maxQueryDepth, @DefaultValue("300") int maxQueryComplexity,
		@DefaultValue("4000") int maxTokens, @DefaultValue("65536") int maxRequestBytes) {
}
