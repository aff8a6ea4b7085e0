package kz.hub.search.query;

import java.util.List;

/**
 * The words of a text as searched.
 *
 * @param text the text the words came from
 * @param words its folded words
 * @param lastWord whether the last of them is still being typed
 */
record SearchedWords(String text, List<String> words, LastWord lastWord) {

	String last() {
		return words.getLast();
	}

	/**
	 * Whether the last word is finished, or still being typed and so matched as a prefix.
	 */
	enum LastWord {

		COMPLETE, BEING_TYPED

	}

}
