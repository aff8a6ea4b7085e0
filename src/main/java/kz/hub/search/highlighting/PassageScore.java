package kz.hub.search.highlighting;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;

/**
 * Lucene's score of a snippet (BM25 over the passage, weighted by where it starts),
 * without the hash table of 32 KB that Lucene's scorer builds for every passage it
 * weighs: a passage holds a handful of matches, and a scan over them finds each distinct
 * term as surely. That table was a fifth of the work of a search that missed the caches.
 */
final class PassageScore extends PassageScorer {

	@Override
	public float score(Passage passage, int contentLength) {
		int matches = passage.getNumMatches();
		BytesRef[] terms = passage.getMatchTerms();
		int[] freqsInDoc = passage.getMatchTermFreqsInDoc();
		double score = 0;
		for (int match = 0; match < matches; match++) {
			if (seenBefore(terms, match)) {
				continue;
			}
			int freqInPassage = 1;
			for (int later = match + 1; later < matches; later++) {
				if (terms[later].bytesEquals(terms[match])) {
					freqInPassage++;
				}
			}
			score += tf(freqInPassage, passage.getLength()) * weight(contentLength, freqsInDoc[match]);
		}
		return (float) (score * norm(passage.getStartOffset()));
	}

	private static boolean seenBefore(BytesRef[] terms, int match) {
		for (int earlier = 0; earlier < match; earlier++) {
			if (terms[earlier].bytesEquals(terms[match])) {
				return true;
			}
		}
		return false;
	}

}
