package kz.hub.search.highlighting;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Snippets are ranked as Lucene ranks them, for less work. */
class PassageScoreTest {

	private static Passage passage(int start, String... matchedTerms) {
		Passage passage = new Passage();
		passage.setStartOffset(start);
		passage.setEndOffset(start + 120);
		int offset = start;
		for (String term : matchedTerms) {
			passage.addMatch(offset, offset + term.length(), new BytesRef(term), term.length() + 1);
			offset += 10;
		}
		return passage;
	}

	@Test
	void scoresEveryPassageAsLucenesScorerDoes() {
		PassageScorer lucene = new PassageScorer();
		PassageScore ours = new PassageScore();
		Passage[] passages = { passage(0, "lake"), passage(40, "lake", "lake", "mountain"),
				passage(300, "almaty", "lake", "almaty", "lake", "glacier"), passage(900) };
		for (Passage passage : passages) {
			assertThat(ours.score(passage, 2000)).as(passage.toString()).isEqualTo(lucene.score(passage, 2000));
		}
	}

	@Test
	void aTermRepeatedInThePassageCountsMoreThanOnce() {
		PassageScore score = new PassageScore();
		assertThat(score.score(passage(0, "lake", "lake"), 2000)).isGreaterThan(score.score(passage(0, "lake"), 2000));
	}

}
