package kz.hub.graphql;

import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;

/**
 * Keeps parsed and validated documents by their text, so a query that clients send again
 * and again pays no parse or validation cost. Only valid documents are kept: random
 * garbage cannot crowd out the real queries.
 */
class ParsedDocumentCache implements PreparsedDocumentProvider {

	/** Total characters of the documents kept; about two megabytes of text. */
	private static final long MAX_CHARACTERS = 1_000_000;

	private final Cache<String, PreparsedDocumentEntry> documents = Caffeine.newBuilder()
		.maximumWeight(MAX_CHARACTERS)
		.weigher((String query, PreparsedDocumentEntry entry) -> query.length())
		.build();

	@Override
	public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
			Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
		PreparsedDocumentEntry cached = documents.getIfPresent(input.getQuery());
		if (cached != null) {
			return CompletableFuture.completedFuture(cached);
		}
		PreparsedDocumentEntry entry = parseAndValidate.apply(input);
		if (!entry.hasErrors()) {
			documents.put(input.getQuery(), entry);
		}
		return CompletableFuture.completedFuture(entry);
	}

}
