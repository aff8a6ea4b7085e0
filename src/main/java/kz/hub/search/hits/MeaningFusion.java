package kz.hub.search.hits;

import java.util.Arrays;
import java.util.stream.IntStream;

import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.FixedBitSet;

/**
 * Fuses the hits a query's words matched with the hits nearest its meaning by weighted
 * reciprocal rank (k = 60, as Elasticsearch and OpenSearch do): ranks, not scores, are
 * summed, since BM25 and cosine have no common scale. Hits rank whole, an item with its
 * sections, rather than documents as {@code TopDocs.rrf} would, and the weight is the
 * request's {@code meaning}. The fused score is what the sort and the cursors read, so
 * paging, pins, filters and facets work on the fused list as on a keyword one.
 */
final class MeaningFusion {

	/** How many nearest documents the vector search reads. */
	static final int NEIGHBOURS = 50;

	private static final int RANK_CONSTANT = 60;

	/**
	 * The least cosine for a hit found by meaning alone. Measured on the judged lists:
	 * the answers of the paraphrases lie at 0.45 and above, while the questions the
	 * content cannot answer ("where to buy a SIM card") come nearest at up to 0.40.
	 */
	static final float MIN_COSINE = 0.45f;

	private final HitCatalog catalog;

	private final int maxDoc;

	MeaningFusion(HitCatalog catalog, int maxDoc) {
		this.catalog = catalog;
		this.maxDoc = maxDoc;
	}

	/**
	 * The fused matches.
	 * @param words what the words matched, or null when the weight is 1
	 * @param nearest the documents nearest the query's meaning, by Lucene's cosine score
	 * {@code (1 + cos) / 2}
	 * @param weight the share of meaning, over 0
	 */
	BestScores.Matches fuse(BestScores.Matches words, TopDocs nearest, double weight) {
		int size = catalog.size();
		float[] best = new float[size];
		Arrays.fill(best, Float.NaN);
		int[] bestDoc = new int[size];
		FixedBitSet docs = new FixedBitSet(maxDoc);
		boolean[] kept = new boolean[size];
		if (words != null) {
			docs.or(words.docs());
			int[] ranked = ranked(words.matched(), words.count(), words.best());
			for (int rank = 0; rank < ranked.length; rank++) {
				int hit = ranked[rank];
				kept[hit] = true;
				bestDoc[hit] = words.bestDoc()[hit];
				best[hit] = (float) ((1 - weight) / (RANK_CONSTANT + rank + 1));
			}
		}
		int rank = 0;
		boolean[] ranked = new boolean[size];
		for (ScoreDoc near : nearest.scoreDocs) {
			int hit = catalog.hitOfDoc(near.doc);
			boolean close = 2 * near.score - 1 >= MIN_COSINE;
			if (close) {
				docs.set(near.doc);
			}
			if (!kept[hit] && close) {
				kept[hit] = true;
				bestDoc[hit] = near.doc;
				best[hit] = 0;
			}
			// A hit ranks by its nearest document; its other sections add nothing.
			if (kept[hit] && !ranked[hit]) {
				ranked[hit] = true;
				best[hit] += (float) (weight / (RANK_CONSTANT + ++rank));
			}
			else if (!ranked[hit]) {
				ranked[hit] = true;
				rank++;
			}
		}
		int[] matched = IntStream.range(0, size).filter(hit -> kept[hit]).toArray();
		return new BestScores.Matches(best, matched, matched.length, docs, bestDoc);
	}

	/**
	 * The hits by score, best first, ties by id as the sort breaks them. Sorted as
	 * numbers, each score and id order packed in one long: a comparator over boxed hits
	 * and their ids took most of a fused search at 100,000 documents, which match in the
	 * thousands.
	 */
	int[] ranked(int[] matched, int count, float[] score) {
		long[] keys = new long[count];
		for (int i = 0; i < count; i++) {
			int hit = matched[i];
			// A score is never negative (+ 0f turns -0 into 0), so its bits order as it
			// does; their complement puts the best first.
			keys[i] = ((long) ~Float.floatToIntBits(score[hit] + 0f) << 32) | catalog.idOrder(hit);
		}
		Arrays.sort(keys);
		int[] ranked = new int[count];
		for (int i = 0; i < count; i++) {
			ranked[i] = catalog.hitAtIdOrder((int) keys[i]);
		}
		return ranked;
	}

}
