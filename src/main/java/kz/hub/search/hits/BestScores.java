package kz.hub.search.hits;

import java.io.IOException;
import java.util.Arrays;
import java.util.Collection;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.util.FixedBitSet;

/**
 * Collects what a query matched by hit: each hit scores the best of its documents'
 * scores, and the matched documents are kept to tell which sections of a hit matched.
 */
final class BestScores implements CollectorManager<BestScores.Collector, BestScores.Matches> {

	private final HitCatalog catalog;

	private final int maxDoc;

	BestScores(HitCatalog catalog, int maxDoc) {
		this.catalog = catalog;
		this.maxDoc = maxDoc;
	}

	/**
	 * @param best the best score of each hit, by hit number; only the matched ones are
	 * set
	 * @param matched the numbers of the matched hits, the first {@code count} of them
	 * @param docs the matched documents
	 * @param bestDoc the document that gave each matched hit its best score, whose
	 * language the hit answers in
	 */
	record Matches(float[] best, int[] matched, int count, FixedBitSet docs, int[] bestDoc) {
	}

	@Override
	public Collector newCollector() {
		return new Collector();
	}

	@Override
	public Matches reduce(Collection<Collector> collectors) {
		Collector all = new Collector();
		for (Collector collector : collectors) {
			for (int i = 0; i < collector.count; i++) {
				int hit = collector.matched[i];
				all.add(hit, collector.best[hit], collector.bestDoc[hit]);
			}
			all.docs.or(collector.docs);
		}
		return new Matches(all.best, all.matched, all.count, all.docs, all.bestDoc);
	}

	final class Collector extends SimpleCollector {

		private final float[] best = new float[catalog.size()];

		private final FixedBitSet docs = new FixedBitSet(maxDoc);

		private final int[] bestDoc = new int[catalog.size()];

		private int[] matched = new int[16];

		private int count;

		private Scorable scorer;

		private int docBase;

		Collector() {
			Arrays.fill(best, Float.NaN);
		}

		@Override
		protected void doSetNextReader(LeafReaderContext context) {
			this.docBase = context.docBase;
		}

		@Override
		public void setScorer(Scorable scorer) {
			this.scorer = scorer;
		}

		@Override
		public void collect(int doc) throws IOException {
			docs.set(docBase + doc);
			add(catalog.hitOfDoc(docBase + doc), scorer.score(), docBase + doc);
		}

		private void add(int hit, float score, int doc) {
			float before = best[hit];
			if (Float.isNaN(before)) {
				if (count == matched.length) {
					matched = Arrays.copyOf(matched, count * 2);
				}
				matched[count++] = hit;
				best[hit] = score;
				bestDoc[hit] = doc;
			}
			else if (score > before) {
				best[hit] = score;
				bestDoc[hit] = doc;
			}
		}

		@Override
		public ScoreMode scoreMode() {
			return ScoreMode.COMPLETE;
		}

	}

}
