package kz.hub.search.hits;

import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;
import java.util.stream.IntStream;

import kz.hub.content.Content;
import kz.hub.search.SampleContent;
import kz.hub.search.analysis.TextAnalysis;
import kz.hub.search.indexing.SectionSubjects;
import org.apache.lucene.index.DirectoryReader;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The ranking of the words' hits that the fusion gives its reciprocal ranks from. */
class MeaningFusionTest {

	@AutoClose
	static final DirectoryReader reader = SampleContent.openReader(new TextAnalysis(""));

	static final Content content = SampleContent.content();

	static final HitCatalog catalog = catalog();

	static final MeaningFusion fusion = new MeaningFusion(catalog, reader.maxDoc());

	private static HitCatalog catalog() {
		try {
			return new HitCatalog(reader, content, new SectionSubjects(content));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Test
	void ranksEqualScoresByIdAsTheSortBreaksTies() {
		int[] hits = IntStream.range(0, catalog.size()).toArray();
		float[] score = new float[catalog.size()];
		Arrays.fill(score, 1.5f);
		assertThat(IntStream.of(fusion.ranked(hits, hits.length, score)).mapToObj(catalog::id)).isSorted()
			.hasSize(catalog.size());
	}

	@Test
	void ranksAsTheComparatorOfScoresThenIdsDoes() {
		Random random = new Random(7);
		for (int trial = 0; trial < 200; trial++) {
			float[] score = new float[catalog.size()];
			for (int hit = 0; hit < score.length; hit++) {
				// Few distinct scores, so that ties are common; zero and -0 among them.
				score[hit] = switch (random.nextInt(5)) {
					case 0 -> 0f;
					case 1 -> -0f;
					case 2 -> 0.25f;
					case 3 -> 3.75f;
					default -> random.nextFloat() * 10;
				};
			}
			int[] matched = IntStream.range(0, catalog.size()).filter(hit -> random.nextBoolean()).toArray();
			int count = matched.length == 0 ? 0 : random.nextInt(matched.length + 1);
			// -0 counts as 0: Lucene gives neither, and both mean no score.
			Comparator<Integer> byScoreThenId = Comparator.<Integer>comparingDouble(hit -> -(score[hit] + 0f))
				.thenComparing(catalog::id);
			int[] expected = IntStream.of(matched)
				.limit(count)
				.boxed()
				.sorted(byScoreThenId)
				.mapToInt(Integer::intValue)
				.toArray();
			assertThat(fusion.ranked(matched, count, score)).as("trial %d", trial).containsExactly(expected);
		}
	}

}
