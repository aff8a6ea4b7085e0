package kz.hub.content.loading;

import java.util.List;

/**
 * How much content the hub accepts: every file, list and guide is bounded, so one
 * mistaken or hostile edit is a content error instead of an OutOfMemoryError that stops
 * every replica serving the shared content.
 */
final class ContentLimits {

	/**
	 * YAML and synonym files. The largest today is about 10 KiB, so 512 KiB leaves room
	 * for fifty times the content while the objects built from one file stay a few MiB at
	 * -Xmx256m.
	 */
	static final int DATA_FILE_BYTES = 512 * 1024;

	/**
	 * A guide's Markdown. The longest today is under 8 KiB; 1 MiB is a small book, and
	 * its parsed blocks and rendered HTML stay a few times that.
	 */
	static final int GUIDE_BYTES = 1024 * 1024;

	/**
	 * Items in one YAML file, synonym rules in one file and sections in one guide: today
	 * tens each; each becomes search documents in every language.
	 */
	static final int ITEMS_PER_FILE = 1000;

	/**
	 * Entries of one list inside an item (aliases, attractions, tags, links, pins...):
	 * today fewer than ten each, and each is indexed as a term or facet.
	 */
	static final int LIST_ENTRIES = 200;

	private ContentLimits() {
	}

	/** The most bytes a content file may have, by its kind. */
	static int maxBytes(String file) {
		return file.endsWith(".md") ? GUIDE_BYTES : DATA_FILE_BYTES;
	}

	/**
	 * The synonym rules of a file, refused when they are more than the limit: one rule a
	 * line, blank and '#' lines aside.
	 */
	static String synonymRules(String file, String rules) {
		List<String> lines = rules.lines().toList();
		int count = 0;
		int lineOverLimit = 0;
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i).strip();
			if (!line.isEmpty() && !line.startsWith("#") && ++count == ITEMS_PER_FILE + 1) {
				lineOverLimit = i + 1;
			}
		}
		if (count > ITEMS_PER_FILE) {
			throw new ContentException(file, lineOverLimit, null, tooMany(count, "synonym rules", ITEMS_PER_FILE));
		}
		return rules;
	}

	/** Describes a count over its limit, the same way for every kind of list. */
	static String tooMany(long count, String what, int limit) {
		return count + " " + what + ", the limit is " + limit;
	}

}
