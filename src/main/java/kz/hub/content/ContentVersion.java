package kz.hub.content;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The version of the content: a digest of everything that changes an answer, so the same
 * content gives the same version on every replica.
 */
final class ContentVersion {

	private ContentVersion() {
	}

	static String of(Collection<ContentItem> items, String synonyms, List<CurationRule> curation,
			Map<Language, Content> translations) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			// Records print every field, so their text is a faithful, ordered picture of
			// the content.
			for (ContentItem item : items) {
				digest.update(item.toString().getBytes(StandardCharsets.UTF_8));
			}
			digest.update(synonyms.getBytes(StandardCharsets.UTF_8));
			// Rules change answers, so an edit of them is a new version too.
			digest.update(curation.toString().getBytes(StandardCharsets.UTF_8));
			// A fixed order: the same translations give the same version on every
			// replica.
			translations.keySet()
				.stream()
				.sorted()
				.forEach(language -> digest
					.update((language + translations.get(language).version()).getBytes(StandardCharsets.UTF_8)));
			return HexFormat.of().formatHex(digest.digest(), 0, 6);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every JDK has SHA-256", ex);
		}
	}

}
