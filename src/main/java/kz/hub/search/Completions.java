package kz.hub.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import kz.hub.content.ApplicationStep;
import kz.hub.content.ContentItem;
import kz.hub.content.Destination;
import kz.hub.content.Guide;
import kz.hub.content.Permit;
import kz.hub.content.RequiredDocument;
import kz.hub.content.Requirement;
import kz.hub.content.Section;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.suggest.InputIterator;
import org.apache.lucene.search.suggest.Lookup;
import org.apache.lucene.search.suggest.analyzing.AnalyzingSuggester;
import org.apache.lucene.search.suggest.analyzing.FuzzySuggester;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * Search-as-you-type: completions of names, aliases and headings, each with the item it
 * leads to.
 */
final class Completions {

	/** Longest prefix looked up; completions are names, never paragraphs. */
	static final int MAX_PREFIX_LENGTH = 100;

	private final FuzzySuggester suggester;

	private final Analyzer analyzer;

	private final int maxSuggestions;

	/**
	 * Builds the completions straight from the content, so that it can run beside the
	 * index writer rather than after it.
	 */
	Completions(List<ContentItem> items, TextAnalysis analysis, int maxSuggestions) {
		this.analyzer = analysis.folded;
		this.maxSuggestions = maxSuggestions;
		// One typo after the first two letters, counted in letters (unicodeAware) so
		// Cyrillic counts the same.
		this.suggester = new FuzzySuggester(new ByteBuffersDirectory(), "completions", analysis.folded, analysis.folded,
				AnalyzingSuggester.EXACT_FIRST | AnalyzingSuggester.PRESERVE_SEP, 256, -1, true, 1, true, 2, 3, true);
		try {
			suggester.build(new Names(items));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot build the completions", ex);
		}
	}

	List<Suggestion> lookup(String prefix, int limit) {
		if (limit < 1 || limit > maxSuggestions) {
			throw new InvalidQueryException("limit must be between 1 and " + maxSuggestions + ", but was " + limit);
		}
		if (prefix.length() > MAX_PREFIX_LENGTH) {
			throw new InvalidQueryException(
					"prefix is " + prefix.length() + " characters long; the limit is " + MAX_PREFIX_LENGTH);
		}
		String cleaned = prefix.replaceAll("\\p{Cntrl}", " ").strip();
		if (TextAnalysis.words(analyzer, cleaned).isEmpty()) {
			return List.of();
		}
		try {
			// Ask for more than the limit: one name can come from several items, and
			// duplicates are dropped.
			Set<Suggestion> suggestions = new LinkedHashSet<>();
			for (Lookup.LookupResult result : suggester.lookup(cleaned, false, limit * 3)) {
				suggestions.add(new Suggestion(result.key.toString(), result.payload.utf8ToString()));
			}
			return new ArrayList<>(suggestions).subList(0, Math.min(limit, suggestions.size()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Places and whole guides first among completions, then permits, then the rest. */
	private static long weight(ContentItem item) {
		return switch (item) {
			case Destination destination -> Math.max(60, 100 - destination.rank());
			case Guide guide -> 80;
			case Permit permit -> 70;
			case Requirement requirement -> 40;
			case RequiredDocument document -> 40;
			case ApplicationStep step -> 40;
			case Section section -> 20;
		};
	}

	/**
	 * Every name of every item, with the item's weight and its id as the payload the
	 * suggester hands back.
	 */
	private static final class Names implements InputIterator {

		private final Iterator<ContentItem> items;

		private Iterator<String> names = Collections.emptyIterator();

		private ContentItem item;

		Names(List<ContentItem> items) {
			this.items = items.iterator();
		}

		@Override
		public BytesRef next() {
			while (!names.hasNext()) {
				if (!items.hasNext()) {
					return null;
				}
				item = items.next();
				names = item.names().iterator();
			}
			return new BytesRef(names.next());
		}

		@Override
		public long weight() {
			return Completions.weight(item);
		}

		@Override
		public BytesRef payload() {
			return new BytesRef(item.id());
		}

		@Override
		public boolean hasPayloads() {
			return true;
		}

		@Override
		public Set<BytesRef> contexts() {
			return null;
		}

		@Override
		public boolean hasContexts() {
			return false;
		}

	}

}
