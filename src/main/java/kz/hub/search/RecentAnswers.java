package kz.hub.search;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import kz.hub.content.Language;

/**
 * Answers of recent searches and suggestions, most used kept, bounded in bytes of heap:
 * an index never changes once built, so the same request always has the same answer. A
 * new edition of the content starts with empty ones.
 */
final class RecentAnswers {

	/**
	 * The heap of an object beside its fields' values: a header and references, rounded
	 * up, so that an answer of many small parts is not weighed as nothing.
	 */
	private static final int OBJECT_BYTES = 32;

	/** Null when no answers are kept. */
	private final Cache<SearchRequest, SearchResults> searches;

	/**
	 * Completions of recent prefixes, null when none are kept: a fuzzy lookup builds
	 * automata, and people type the same prefixes.
	 */
	private final Cache<SuggestRequest, List<Suggestion>> suggestions;

	/**
	 * @param bytes the heap the kept searches may take, and an eighth of it more for
	 * suggestions (a list of a few names against a page of hits with highlights); 0 keeps
	 * none
	 */
	RecentAnswers(long bytes) {
		// Without a cache at all, rather than one of size 0: eviction would cost on every
		// request.
		this.searches = bytes == 0 ? null
				: Caffeine.newBuilder()
					.executor(Runnable::run)
					.maximumWeight(bytes)
					.weigher((SearchRequest request, SearchResults results) -> weight(request, results))
					.recordStats()
					.build();
		this.suggestions = bytes == 0 ? null
				: Caffeine.newBuilder()
					.executor(Runnable::run)
					.maximumWeight(bytes / 8)
					.weigher((SuggestRequest request, List<Suggestion> completions) -> weight(request, completions))
					.recordStats()
					.build();
	}

	SearchResults search(SearchRequest request, Function<SearchRequest, SearchResults> answer) {
		return searches == null ? answer.apply(request) : searches.get(request, answer);
	}

	List<Suggestion> suggest(String prefix, int limit, Language reader, Supplier<List<Suggestion>> answer) {
		return suggestions == null ? answer.get()
				: suggestions.get(new SuggestRequest(prefix, limit, reader), request -> answer.get());
	}

	/** How many searches were answered from memory. */
	long searchHits() {
		return searches == null ? 0 : searches.stats().hitCount();
	}

	/** How many suggestions were answered from memory. */
	long suggestHits() {
		return suggestions == null ? 0 : suggestions.stats().hitCount();
	}

	/** The heap the kept searches and suggestions weigh now, in bytes. */
	long bytes() {
		return searches == null ? 0 : searches.policy().eviction().orElseThrow().weightedSize().orElseThrow()
				+ suggestions.policy().eviction().orElseThrow().weightedSize().orElseThrow();
	}

	/**
	 * What a kept search costs the heap, as nearly as it can be told without measuring:
	 * its texts and an object for each part. A page of ten hits with highlights weighs a
	 * few KB; a hundred hits, ten times that.
	 */
	private static int weight(SearchRequest request, SearchResults results) {
		int bytes = 4 * OBJECT_BYTES + chars(request.text()) + chars(request.after()) + chars(results.correctedQuery());
		for (SearchResults.Hit hit : results.hits()) {
			bytes += 2 * OBJECT_BYTES + chars(hit.id()) + chars(hit.position());
			for (String section : hit.sectionIds()) {
				bytes += chars(section);
			}
			for (SearchResults.Highlight highlight : hit.highlights()) {
				bytes += OBJECT_BYTES + chars(highlight.field()) + chars(highlight.snippet())
						+ chars(highlight.sectionId());
			}
		}
		for (SearchResults.Facet facet : results.facets()) {
			bytes += OBJECT_BYTES;
			for (SearchResults.FacetValue value : facet.values()) {
				bytes += OBJECT_BYTES + chars(value.value());
			}
		}
		SearchResults.Answer answer = results.answer();
		return answer == null ? bytes : bytes + OBJECT_BYTES + chars(answer.text()) + chars(answer.itemId());
	}

	private static int weight(SuggestRequest request, List<Suggestion> completions) {
		int bytes = 2 * OBJECT_BYTES + chars(request.prefix());
		for (Suggestion suggestion : completions) {
			bytes += OBJECT_BYTES + chars(suggestion.text()) + chars(suggestion.id());
		}
		return bytes;
	}

	/**
	 * A string's heap: two bytes a character, as Cyrillic takes (Latin letters take one).
	 */
	private static int chars(String text) {
		return text == null ? 0 : OBJECT_BYTES + 2 * text.length();
	}

	private record SuggestRequest(String prefix, int limit, Language reader) {
	}

}
