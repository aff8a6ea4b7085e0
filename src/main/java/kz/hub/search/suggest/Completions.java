package kz.hub.search.suggest;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import kz.hub.content.ContentItem;
import kz.hub.content.Language;
import kz.hub.search.InvalidQueryException;
import kz.hub.search.Suggestion;
import kz.hub.search.analysis.TextAnalysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.suggest.Lookup;
import org.apache.lucene.search.suggest.analyzing.AnalyzingInfixSuggester;
import org.apache.lucene.search.suggest.analyzing.AnalyzingSuggester;
import org.apache.lucene.search.suggest.analyzing.FuzzySuggester;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Search-as-you-type: completions of names, aliases and headings, one per item, each with
 * the item it leads to. A name that starts with what was typed comes first, one typo
 * allowed; then names with a word inside that starts with it ("resid" completes to
 * "Temporary Residence Permit").
 */
public final class Completions implements Closeable {

	/** Longest prefix looked up; completions are names, never paragraphs. */
	static final int MAX_PREFIX_LENGTH = 100;

	private final FuzzySuggester suggester;

	/** Every item in each language it is written in, for {@link #inside()}. */
	private final Map<Language, List<ContentItem>> items;

	/** Names by the words inside them; null until first used. */
	private AnalyzingInfixSuggester inside;

	private final Analyzer analyzer;

	private final int maxSuggestions;

	/**
	 * The id of the item an id's completions count as, as a search hit does: a guide
	 * section about a place is that place.
	 */
	private final UnaryOperator<String> hitIds;

	/** The most names one hit has: how many completions to ask for per hit wanted. */
	private final int mostNamesPerHit;

	/**
	 * Builds the completions straight from the content, so that it can run beside the
	 * index writer rather than after it.
	 * @param items every item in each language it is written in
	 * @param hitIds the id of the item each id's completions count as
	 */
	public Completions(Map<Language, List<ContentItem>> items, TextAnalysis analysis, int maxSuggestions,
			UnaryOperator<String> hitIds) {
		this.analyzer = analysis.folded;
		this.maxSuggestions = maxSuggestions;
		this.items = items;
		this.hitIds = hitIds;
		List<CompletionNames.Name> names = CompletionNames.of(items);
		this.mostNamesPerHit = names.stream()
			.collect(Collectors.groupingBy(name -> hitIds.apply(name.id()), Collectors.counting()))
			.values()
			.stream()
			.mapToInt(Long::intValue)
			.max()
			.orElse(1);
		// One typo after the first two letters, counted in letters (unicodeAware) so
		// Cyrillic counts the same.
		this.suggester = new FuzzySuggester(new ByteBuffersDirectory(), "completions", analysis.folded, analysis.folded,
				AnalyzingSuggester.EXACT_FIRST | AnalyzingSuggester.PRESERVE_SEP, 256, -1, true, 1, true, 2, 3, true);
		try {
			suggester.build(new CompletionNames.Input(names.iterator()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot build the completions", ex);
		}
	}

	/**
	 * @param reader the language of the answer: of an item's names that match, its name
	 * in this language is shown, else an alias, else its name in another language
	 */
	public List<Suggestion> lookup(String prefix, int limit, Language reader) {
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
			// Hits in the order of their best completion; put() on a key keeps its
			// place.
			Map<String, Shown> shown = new LinkedHashMap<>();
			int wanted = limit * mostNamesPerHit;
			List<Lookup.LookupResult> results = new ArrayList<>(suggester.lookup(cleaned, false, wanted));
			results.addAll(inside().lookup(cleaned, wanted, true, false));
			for (Lookup.LookupResult result : results) {
				String[] payload = result.payload.utf8ToString().split("\t");
				String hit = hitIds.apply(payload[0]);
				Shown candidate = new Shown(new Suggestion(result.key.toString(), payload[0]),
						preference(payload[1], reader, !hit.equals(payload[0])));
				Shown before = shown.get(hit);
				if (before == null || candidate.preference() < before.preference()) {
					shown.put(hit, candidate);
				}
			}
			return shown.values().stream().limit(limit).map(Shown::suggestion).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Any word of a name completes; every word typed must match one. Built on first use:
	 * start-up and every reload wait for the index, and at 100,000 items this took them
	 * about a tenth longer. Names of one word are left to the prefix suggester.
	 */
	private synchronized AnalyzingInfixSuggester inside() throws IOException {
		if (inside == null) {
			AnalyzingInfixSuggester built = new AnalyzingInfixSuggester(new ByteBuffersDirectory(), analyzer, analyzer,
					0, false, true, false);
			built.build(new CompletionNames.Input(CompletionNames.of(items)
				.stream()
				.filter(name -> !name.text().chars().allMatch(Character::isLetterOrDigit))
				.iterator()));
			inside = built;
		}
		return inside;
	}

	@Override
	public synchronized void close() throws IOException {
		if (inside != null) {
			inside.close();
		}
	}

	/**
	 * Which of a hit's matching names is shown, lowest first: its name in the reader's
	 * language, an alias, its name in another language; at each, the item's own before a
	 * guide section about it.
	 */
	private static int preference(String tag, Language reader, boolean aboutAnother) {
		int kind = tag.equals(reader.name()) ? 0 : tag.equals(CompletionNames.ALIAS) ? 1 : 2;
		return 2 * kind + (aboutAnother ? 1 : 0);
	}

	private record Shown(Suggestion suggestion, int preference) {
	}

}
