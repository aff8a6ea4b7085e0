package kz.hub.graphql;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.ExecutionInput;
import graphql.GraphqlErrorBuilder;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.persisted.ApolloPersistedQuerySupport;
import graphql.execution.preparsed.persisted.PersistedQueryError;
import graphql.execution.preparsed.persisted.PersistedQueryIdInvalid;
import graphql.execution.preparsed.persisted.PersistedQueryNotFound;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.OperationDefinition;
import kz.hub.persisted.DocumentWeight;
import kz.hub.persisted.PersistedDocuments;

/**
 * Where a request's document comes from. Sent as text, it is parsed and validated once
 * and kept by its text, so a query that clients send again and again pays no parse or
 * validation cost; sent by {@code extensions.persistedQuery.sha256Hash}, it comes from
 * the persisted documents (automatic persisted queries). Only valid documents are kept:
 * random garbage cannot crowd out the real queries. With persisted-only on, a document
 * sent as text runs only if it is a shipped one or introspection.
 */
class RequestDocuments extends ApolloPersistedQuerySupport {

	private final PersistedDocuments persisted;

	private final Cache<String, PreparsedDocumentEntry> documents = Caffeine.newBuilder()
		.maximumWeight(DocumentWeight.MAX_CACHED_BYTES)
		.weigher((String query, PreparsedDocumentEntry entry) -> DocumentWeight.of(query))
		.build();

	RequestDocuments(PersistedDocuments persisted) {
		super(persisted);
		this.persisted = persisted;
	}

	@Override
	public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
			Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
		if (getPersistedQueryId(input).isPresent()) {
			return super.getDocumentAsync(input, parseAndValidate);
		}
		PreparsedDocumentEntry entry = byText(input, parseAndValidate);
		if (persisted.persistedOnly() && !entry.hasErrors() && !isIntrospection(entry.getDocument())
				&& !persisted.isShipped(input.getQuery())) {
			return CompletableFuture.completedFuture(PersistedDocuments.notShipped());
		}
		return CompletableFuture.completedFuture(entry);
	}

	/**
	 * The hash a client sent, if it sent one as Apollo's protocol says; any other shape
	 * of {@code persistedQuery} is no hash and the request is read as plain text.
	 */
	@Override
	protected Optional<Object> getPersistedQueryId(ExecutionInput input) {
		if (input.getExtensions().get("persistedQuery") instanceof Map<?, ?> persistedQuery
				&& persistedQuery.get("sha256Hash") instanceof String hash) {
			return Optional.of(hash);
		}
		return Optional.empty();
	}

	private PreparsedDocumentEntry byText(ExecutionInput input,
			Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
		PreparsedDocumentEntry cached = documents.getIfPresent(input.getQuery());
		if (cached != null) {
			return cached;
		}
		PreparsedDocumentEntry entry = parseAndValidate.apply(input);
		if (!entry.hasErrors()) {
			documents.put(input.getQuery(), entry);
		}
		return entry;
	}

	/**
	 * A document that only asks for the schema (__schema, __type), as the playground's
	 * introspection query does.
	 */
	private static boolean isIntrospection(Document document) {
		return document.getDefinitionsOfType(OperationDefinition.class)
			.stream()
			.flatMap(operation -> operation.getSelectionSet().getSelections().stream())
			.allMatch(selection -> selection instanceof Field field && field.getName().startsWith("__"));
	}

	private static Object persistedQueryIdOf(PersistedQueryError error) {
		return (error instanceof PersistedQueryNotFound notFound) ? notFound.getPersistedQueryId()
				: ((PersistedQueryIdInvalid) error).getPersistedQueryId();
	}

	/**
	 * graphql-java's error, whose message Apollo Client and urql look for, with the code
	 * newer clients read.
	 */
	@Override
	protected PreparsedDocumentEntry mkMissingError(PersistedQueryError error) {
		String code = (error instanceof PersistedQueryNotFound) ? "PERSISTED_QUERY_NOT_FOUND"
				: "PERSISTED_QUERY_HASH_MISMATCH";
		String message = (error instanceof PersistedQueryNotFound) ? error.getMessage() : error.getMessage()
				+ ": extensions.persistedQuery.sha256Hash is not the SHA-256 of the query sent with it";
		Map<String, Object> extensions = new LinkedHashMap<>();
		extensions.put("persistedQueryId", persistedQueryIdOf(error));
		extensions.put("code", code);
		return new PreparsedDocumentEntry(
				GraphqlErrorBuilder.newError().errorType(error).message(message).extensions(extensions).build());
	}

}
