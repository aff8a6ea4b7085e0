package kz.hub.persisted;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.persisted.PersistedQueryCache;
import graphql.execution.preparsed.persisted.PersistedQueryCacheMiss;
import graphql.execution.preparsed.persisted.PersistedQueryIdInvalid;
import graphql.execution.preparsed.persisted.PersistedQuerySupport;
import kz.hub.protection.ClientError;

/**
 * Documents known by the SHA-256 of their text: the shipped operations, always, and
 * documents clients registered by sending them once with their hash, bounded in bytes of
 * heap ({@link DocumentWeight}). A hash sent with a document it is not the hash of is
 * refused, even when the hash is known. With persisted-only on, only shipped hashes are
 * answered.
 */
public class PersistedDocuments implements PersistedQueryCache {

	private final Map<String, String> shipped;

	private final boolean persistedOnly;

	/** Shipped documents once parsed and validated; never evicted. */
	private final Map<String, PreparsedDocumentEntry> shippedEntries = new ConcurrentHashMap<>();

	private final Cache<String, Registered> registered = Caffeine.newBuilder()
		.maximumWeight(DocumentWeight.MAX_CACHED_BYTES)
		.weigher((String hash, Registered document) -> document.weight())
		.build();

	/** A registered, valid document and what it weighs on the heap. */
	private record Registered(PreparsedDocumentEntry entry, int weight) {
	}

	public PersistedDocuments(ShippedOperations operations, boolean persistedOnly) {
		this.shipped = operations.documentsByHash();
		this.persistedOnly = persistedOnly;
	}

	/** The lower-case hex SHA-256 of a document's text, as clients compute it. */
	public static String hashOf(String document) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(document.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java runtime has SHA-256", ex);
		}
	}

	public boolean persistedOnly() {
		return persistedOnly;
	}

	/** Whether the text is one of the documents shipped with the jar. */
	public boolean isShipped(String document) {
		return shipped.containsKey(hashOf(document));
	}

	@Override
	public CompletableFuture<PreparsedDocumentEntry> getPersistedQueryDocumentAsync(Object persistedQueryId,
			ExecutionInput input, PersistedQueryCacheMiss onCacheMiss) {
		String hash = persistedQueryId.toString().toLowerCase(Locale.ROOT);
		String text = PersistedQuerySupport.PERSISTED_QUERY_MARKER.equals(input.getQuery()) ? null : input.getQuery();
		if (text != null && !hashOf(text).equals(hash)) {
			throw new PersistedQueryIdInvalid(persistedQueryId);
		}
		String shippedText = shipped.get(hash);
		if (shippedText != null) {
			return CompletableFuture
				.completedFuture(shippedEntries.computeIfAbsent(hash, known -> onCacheMiss.apply(shippedText)));
		}
		if (persistedOnly) {
			return CompletableFuture.completedFuture(notShipped());
		}
		Registered known = registered.getIfPresent(hash);
		if (known != null) {
			return CompletableFuture.completedFuture(known.entry());
		}
		// Throws PersistedQueryNotFound when the client sent the hash alone.
		PreparsedDocumentEntry entry = onCacheMiss.apply(text);
		if (!entry.hasErrors()) {
			registered.put(hash, new Registered(entry, DocumentWeight.of(text)));
		}
		return CompletableFuture.completedFuture(entry);
	}

	/** The answer to any document but a shipped one when persisted-only is on. */
	public static PreparsedDocumentEntry notShipped() {
		return new PreparsedDocumentEntry(ClientError.of("This hub runs only the operations it ships "
				+ "(hub.graphql.persisted-only is on): send one of them by its extensions.persistedQuery.sha256Hash, "
				+ "or its exact text. Introspection is allowed."));
	}

}
