package kz.hub.search;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import kz.hub.content.Language;

/**
 * Answers of recent searches and suggestions, most used kept: an index never changes once
 * built, so the same request always has the same answer. A new edition of the content
 * starts with empty ones.
 */
final class RecentAnswers {

	/** Null when no answers are kept. */
	private final Cache<SearchRequest, SearchResults> searches;

	/**
	 * Completions of recent prefixes, null when none are kept: a fuzzy lookup builds
	 * automata, and people type the same prefixes.
	 */
	private final Cache<SuggestRequest, List<Suggestion>> suggestions;

	/**
	 * @param size how many answers of each kind to keep; 0 keeps none
	 */
	RecentAnswers(int size) {
		// Without a cache at all, rather than one of size 0: eviction would cost on every
		// request.
		this.searches = size == 0 ? null : Caffeine.newBuilder().maximumSize(size).recordStats().build();
		this.suggestions = size == 0 ? null : Caffeine.newBuilder().maximumSize(size).recordStats().build();
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

	private record SuggestRequest(String prefix, int limit, Language reader) {
	}

}
