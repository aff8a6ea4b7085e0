package kz.hub.caching;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

import kz.hub.languages.ReaderLanguage;
import kz.hub.persisted.PersistedDocuments;
import kz.hub.protection.GraphQlBody;

/**
 * What an answer depends on, as its strong ETag: the content version, the media type
 * asked for, the origin (its CORS headers), the reader's language (none, when no
 * Accept-Language chose one and a search may mix languages), the document (its text, or
 * the persisted hash sent alone), the variables and the operation name. The method is not
 * part of it: a GET and a POST of the same request have one ETag.
 *
 * @param etag the quoted ETag
 */
record AnswerKey(String etag) {

	/**
	 * The key of a GraphQL request's body, or none when it is not one the hub answers the
	 * same way each time: without a document, or a hash sent with a document it is not
	 * the hash of (refused, never served from a cache).
	 */
	static Optional<AnswerKey> of(GraphQlBody body, String accept, String origin, ReaderLanguage language,
			String contentVersion) {
		String query = body.query();
		Optional<String> hash = body.persistedHash();
		String document;
		if (query != null) {
			if (hash.isPresent() && !PersistedDocuments.hashOf(query).equalsIgnoreCase(hash.get())) {
				return Optional.empty();
			}
			document = "text:" + query;
		}
		else if (hash.isPresent()) {
			document = "hash:" + hash.get().toLowerCase(Locale.ROOT);
		}
		else {
			return Optional.empty();
		}
		String operationName = body.operationName();
		return Optional.of(new AnswerKey(digest(contentVersion, String.valueOf(accept), String.valueOf(origin),
				language.keyPart(), document, operationName == null ? "" : operationName, body.variablesText())));
	}

	private static String digest(String... parts) {
		try {
			MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
			for (String part : parts) {
				byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
				// each part after its length, so no two lists of parts run together alike
				sha256.update(ByteBuffer.allocate(Integer.BYTES).putInt(bytes.length).array());
				sha256.update(bytes);
			}
			return '"' + Base64.getUrlEncoder().withoutPadding().encodeToString(sha256.digest()) + '"';
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java runtime has SHA-256", ex);
		}
	}

	/**
	 * Whether an If-None-Match header names this ETag, compared weakly as HTTP says. A
	 * {@code *} does not match: only an ETag the hub handed out says an answer succeeded.
	 */
	boolean matches(String ifNoneMatch) {
		if (ifNoneMatch == null) {
			return false;
		}
		for (String tag : ifNoneMatch.split(",")) {
			String candidate = tag.trim();
			if (candidate.equals(etag) || candidate.equals("W/" + etag)) {
				return true;
			}
		}
		return false;
	}

}
