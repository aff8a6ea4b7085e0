package kz.hub.search.answers;

import java.util.List;

/**
 * A query read as a question.
 *
 * @param words its content words, function and question words aside
 * @param asksNumber whether it asks for a number, a time or a date
 * @param asksSubject whether it asks what something is ("what", "что", "не"), which a
 * sentence about its one word may answer
 */
record Question(List<Word> words, boolean asksNumber, boolean asksSubject) {

	/**
	 * One content word, folded.
	 *
	 * @param typed as typed
	 * @param searched as the search searched it: its correction, or as typed
	 * @param measure whether it only asks for an amount ("long" in "how long"), which any
	 * number in a sentence meets
	 */
	record Word(String typed, String searched, boolean measure) {
	}

}
