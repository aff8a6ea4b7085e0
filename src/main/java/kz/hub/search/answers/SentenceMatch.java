package kz.hub.search.answers;

import java.util.List;
import java.util.Set;

import kz.hub.search.answers.QuestionTerms.Word;

/**
 * How well one sentence meets a question's words.
 *
 * @param sentence the sentence
 * @param coverage the weight of the words it holds over that of all: a word in the
 * sentence counts whole, a word only in the name of its item half, a measure met by a
 * number whole
 * @param missing how many words it meets in no way
 * @param held how many words the sentence itself holds
 * @param about whether it holds a word its item is named with: it speaks of its subject
 * @param leads whether a word starts it, as it starts a sentence that says what it is
 * @param hasNumber whether it holds a number, in digits or words
 */
record SentenceMatch(SentenceIndex.Sentence sentence, double coverage, int missing, int held, boolean about,
		boolean leads, boolean hasNumber) {

	/** Fewer of the words, by weight, is not enough for an answer. */
	static final double MIN_COVERAGE = 0.6;

	/** A word only in the sentence's item name is half as good as in the sentence. */
	private static final double NAMED_ONLY = 0.5;

	/**
	 * For a question that asks for a number, a sentence with one is the likelier answer.
	 */
	private static final double NUMBER_BONUS = 0.15;

	/**
	 * For a question that asks what something is, a sentence that starts with it says
	 * what it is ("A residence permit is a document ..."), not what else it is part of.
	 */
	private static final double LEAD_BONUS = 0.05;

	/** A sentence about one of the words, beside others on the same coverage. */
	private static final double ABOUT_BONUS = 0.05;
	static SentenceMatch of(SentenceIndex.Sentence sentence, List<Word> words, Set<String> numerals) {
		List<String> stems = sentence.stems();
		List<String> names = sentence.names();
		boolean hasNumber = sentence.text().chars().anyMatch(Character::isDigit)
				|| stems.stream().anyMatch(numerals::contains);
		double met = 0;
		double total = 0;
		int missing = 0;
		int held = 0;
		boolean about = false;
		for (Word word : words) {
			total += word.weight();
			boolean inSentence = QuestionTerms.holds(stems, word);
			boolean inName = QuestionTerms.holds(names, word);
			if (inSentence || (word.measure() && hasNumber)) {
				met += word.weight();
			}
			else if (inName) {
				met += NAMED_ONLY * word.weight();
			}
			else {
				missing++;
			}
			held += inSentence ? 1 : 0;
			about |= inSentence && inName;
		}
		boolean leads = !stems.isEmpty() && QuestionTerms.holds(stems.subList(0, 1), words);
		return new SentenceMatch(sentence, total == 0 ? 0 : met / total, missing, held, about, leads, hasNumber);
	}

	/**
	 * Whether the sentence answers the question: it meets all its words but one when
	 * there are three or more, all of them otherwise, and most of their weight. A
	 * question of one word says little, so its word must be the subject of a sentence
	 * that a "what" question asks about, or a word that names no item (which a sentence
	 * then only mentions in passing), or an amount the sentence gives as a number.
	 */
	boolean answers(Question question, List<Word> words) {
		if (words.isEmpty() || held == 0 || coverage < MIN_COVERAGE || missing > (words.size() >= 3 ? 1 : 0)) {
			return false;
		}
		if (words.size() > 1) {
			return true;
		}
		Word word = words.getFirst();
		if (word.measure()) {
			return hasNumber;
		}
		return (question.asksSubject() && about) || !word.named();
	}

	/** How good an answer it is, to rank the sentences that answer. */
	double rank(Question question) {
		return coverage + (question.asksNumber() && hasNumber ? NUMBER_BONUS : 0)
				+ (question.asksSubject() && leads ? LEAD_BONUS : 0) + (about ? ABOUT_BONUS : 0);
	}

}
