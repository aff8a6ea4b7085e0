package kz.hub.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.Character.UnicodeScript;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.concurrent.CompletableFuture;

import kz.hub.content.Content;
import kz.hub.content.ContentItem;
import kz.hub.content.Language;
import kz.hub.search.analysis.TextAnalysis;
import kz.hub.search.answers.Answers;
import kz.hub.search.highlighting.HitHighlighter;
import kz.hub.search.meaning.MeaningVectors;
import kz.hub.search.meaning.TextEncoder;
import kz.hub.search.hits.FacetCounts;
import kz.hub.search.hits.HitSearch;
import kz.hub.search.indexing.ContentIndexer;
import kz.hub.search.indexing.MeaningTexts;
import kz.hub.search.indexing.SectionSubjects;
import kz.hub.search.query.QueryPlanner;
import kz.hub.search.suggest.Completions;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.SingleInstanceLockFactory;

/**
 * The search index of one version of the content, in English, Russian and Kazakh: built
 * once, then shared by every request (Lucene's searcher is thread safe). Each item is
 * indexed in every language it is written in and searched in all of them at once. An item
 * and the guide sections about it are one hit, which answers in the language the client
 * chose, else in the one it matched best; hits come in the order of the sort, ties by id,
 * so every replica built from the same content pages alike. A question is answered with a
 * sentence of the content when one holds enough of its words.
 */
public final class SearchIndex implements AutoCloseable {

	private final Directory directory;

	private final DirectoryReader reader;

	private final QueryPlanner planner;

	private final HitSearch hits;

	private final Completions completions;

	private final RecentAnswers recentAnswers;

	private final Answers answers;

	/** What turns a query into its vector, null when the index has no vectors. */
	private final TextEncoder meaning;

	private SearchIndex(Content content, Directory directory, TextAnalysis analysis, SectionSubjects subjects,
			Completions completions, Answers answers, long resultCacheBytes, SearchLimits limits, TextEncoder meaning)
			throws IOException {
		this.directory = directory;
		this.reader = DirectoryReader.open(directory);
		this.planner = new QueryPlanner(analysis, reader, limits);
		this.hits = new HitSearch(reader, new IndexSearcher(reader), content, subjects, analysis);
		this.completions = completions;
		this.answers = answers;
		this.recentAnswers = new RecentAnswers(resultCacheBytes);
		this.meaning = meaning;
	}

	/**
	 * A directory in the heap for the index, each file in one buffer: the highlighter
	 * clones and slices its inputs for every hit, and slicing one buffer costs less than
	 * slicing a list of blocks (about a twentieth of an uncached search's CPU samples
	 * went to that with Lucene's default of many blocks; about a fiftieth with one).
	 */
	public static Directory inMemoryDirectory() {
		return new ByteBuffersDirectory(new SingleInstanceLockFactory(), ByteBuffersDataOutput::new,
				ByteBuffersDirectory.OUTPUT_AS_ONE_BUFFER);
	}

	/**
	 * Indexes the content, each item in every language it is written in, into the
	 * directory and opens it for searching.
	 * @param resultCacheBytes the heap recent answers may take (a page of ten hits weighs
	 * a few kilobytes); 0 keeps none
	 * @param limits the most a request may ask
	 * @throws UnindexableContentException when the content cannot be indexed, e.g. a bad
	 * synonym rule
	 */
	public static SearchIndex build(Content content, Directory directory, long resultCacheBytes, SearchLimits limits) {
		return build(content, directory, resultCacheBytes, limits, null);
	}

	/**
	 * Indexes the content as {@link #build(Content, Directory, long, SearchLimits)} does,
	 * each English document with the vector of its meaning, so English queries find by
	 * meaning as well as by words.
	 * @param meaning the vectors of texts, kept from earlier editions; null builds an
	 * index of words alone
	 */
	public static SearchIndex build(Content content, Directory directory, long resultCacheBytes, SearchLimits limits,
			MeaningVectors meaning) {
		TextAnalysis analysis = new TextAnalysis(
				Arrays.stream(Language.values())
					.collect(Collectors.toMap(Function.identity(), language -> content.in(language).synonyms())),
				Arrays.stream(Language.values())
					.collect(Collectors.toMap(Function.identity(), language -> content.in(language).concepts())));
		SectionSubjects subjects = new SectionSubjects(content);
		ContentIndexer indexer = new ContentIndexer(analysis, subjects);
		// The completions need the content, not the index: built beside the writer, they
		// take no time of their own on a second core.
		CompletableFuture<Completions> completions = CompletableFuture.supplyAsync(
				() -> new Completions(writtenItems(content), analysis, limits.maxSuggestions(), subjects::hitIdOf));
		indexer.write(content, directory, meaning == null ? Map.of() : meaning.of(MeaningTexts.of(content)));
		try {
			return new SearchIndex(content, directory, analysis, subjects, completions.join(),
					Answers.of(content, analysis), resultCacheBytes, limits,
					meaning == null ? null : meaning.queries());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot open the search index", ex);
		}
	}

	/**
	 * The most guide sections one search hit can list beside its item, for limits that
	 * size an answer before it runs.
	 */
	public static int mostSectionsPerHit(Content content) {
		return new SectionSubjects(content).mostSectionsPerItem();
	}

	/** How many facets a search answers. */
	public static int facetCount() {
		return FacetCounts.FACETS.size();
	}

	/** The most values a facet lists. */
	public static int mostValuesPerFacet() {
		return FacetCounts.MAX_FACET_VALUES;
	}

	/** The most highlights a hit, or one of its sections, has. */
	public static int mostHighlightsPerItem() {
		return HitHighlighter.MOST_HIGHLIGHTS_PER_ITEM;
	}

	/** Whether English queries find by meaning too. */
	public boolean hasMeaning() {
		return meaning != null;
	}

	/** How many items the index holds. */
	public int size() {
		return reader.numDocs();
	}

	/**
	 * The hits of a request, and the sentence that answers it when it is a question: an
	 * index never changes once built, so the same request always has the same answer, and
	 * popular searches are answered from memory (the whole request is the key, so a
	 * search as typed never answers a corrected one).
	 */
	public SearchResults search(SearchRequest request) {
		return recentAnswers.search(request, this::searchIndex);
	}

	/**
	 * Completions of a prefix from names, aliases and headings, one per item, tolerant of
	 * one typo after the first letters.
	 * @param reader the language an item's name is shown in when that name matches
	 */
	public List<Suggestion> suggest(String prefix, int limit, Language reader) {
		return recentAnswers.suggest(prefix, limit, reader, () -> completions.lookup(prefix, limit, reader));
	}

	/** The answers kept from recent requests, and how often they answered. */
	RecentAnswers recentAnswers() {
		return recentAnswers;
	}

	/** The hits of a request straight from the index, never from the recent answers. */
	SearchResults searchIndex(SearchRequest request) {
		QueryPlanner.Plan plan = planner.plan(request.text(), request.language(), request.asTyped());
		// The model is English: a query in Cyrillic letters would land near unrelated
		// texts, so it searches by its words alone.
		boolean english = request.text().codePoints().noneMatch(c -> UnicodeScript.of(c) == UnicodeScript.CYRILLIC);
		float[] vector = meaning != null && request.meaning() > 0 && english ? meaning.encode(request.text()) : null;
		SearchResults results = hits.search(request, plan, vector);
		return request.answer()
				? results.withAnswer(answers.find(request.text(), results.correctedQuery(), request.language()))
				: results;
	}

	/** Every item in every language it is written in: what suggestions complete. */
	private static Map<Language, List<ContentItem>> writtenItems(Content english) {
		Map<Language, List<ContentItem>> written = new EnumMap<>(Language.class);
		for (Language language : Language.values()) {
			written.put(language,
					english.in(language)
						.items()
						.stream()
						.filter(item -> english.languagesOf(item.id()).contains(language))
						.toList());
		}
		return written;
	}

	@Override
	public void close() throws IOException {
		completions.close();
		answers.close();
		reader.close();
		directory.close();
	}

}
