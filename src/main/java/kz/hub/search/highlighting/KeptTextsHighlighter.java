package kz.hub.search.highlighting;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Lucene's highlighter, keeping the texts of the documents it highlighted last: reading a
 * document's stored fields decompresses its whole block, and that was half the work of
 * highlighting a search that missed the answer caches. The hits people see are few and
 * often the same; the texts kept are bounded by their characters and go with the index.
 */
final class KeptTextsHighlighter extends UnifiedHighlighter {

	/** About 8 MB of text: every document of the hub's own content, many times over. */
	private static final long KEPT_CHARS = 4_000_000;

	private final Cache<Integer, Texts> texts;

	/**
	 * @param texts where the texts are kept, which highlighters of the same index may
	 * share
	 */
	KeptTextsHighlighter(Builder builder, Cache<Integer, Texts> texts) {
		super(builder);
		this.texts = texts;
	}

	/** An empty place to keep texts in, bounded by their characters. */
	static Cache<Integer, Texts> keptTexts() {
		return Caffeine.newBuilder()
			.maximumWeight(KEPT_CHARS)
			.weigher((Integer doc, Texts kept) -> kept.chars())
			.recordStats()
			.build();
	}

	@Override
	protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter, int cacheCharsThreshold)
			throws IOException {
		List<CharSequence[]> values = new ArrayList<>();
		for (int doc = docIter.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docIter.nextDoc()) {
			Texts kept = texts.getIfPresent(doc);
			if (kept == null || !Arrays.equals(kept.fields(), fields)) {
				kept = new Texts(fields.clone(),
						super.loadFieldValues(fields, DocIdSetIterator.range(doc, doc + 1), Integer.MAX_VALUE).get(0));
				texts.put(doc, kept);
			}
			values.add(kept.values());
		}
		return values;
	}

	/** One document's stored texts, by the fields they were read for. */
	record Texts(String[] fields, CharSequence[] values) {

		int chars() {
			return Arrays.stream(values).mapToInt(value -> value == null ? 0 : value.length()).sum();
		}

	}

}
