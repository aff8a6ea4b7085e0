package kz.hub.search.answers;

import java.io.IOException;
import java.lang.Character.UnicodeScript;
import java.util.Comparator;
import java.util.List;

import kz.hub.content.Content;
import kz.hub.content.Language;
import kz.hub.search.SearchResults;
import kz.hub.search.analysis.TextAnalysis;

/**
 * Answers questions with a sentence of the content: the one that holds enough of the
 * question's words by weight, in the language the search answers in. Words, not meaning:
 * a sentence quoted must say what was asked about, and none is quoted when none does.
 */
public final class Answers implements AutoCloseable {

	/**
	 * Sentences weighed for each question and language, by Lucene's score of their words
	 * first: plenty for the few that hold most of a question.
	 */
	private static final int CANDIDATES = 20;

	/**
	 * A question of more words is no question a sentence answers, and its query would
	 * pass Lucene's limit of clauses.
	 */
	private static final int MOST_WORDS = 12;

	/** Kazakh letters that Russian lacks: a question with one is Kazakh. */
	private static final String KAZAKH_LETTERS = "әғқңөұүһіӘҒҚҢӨҰҮҺІ";

	private static final Comparator<SentenceMatch> BEST_FIRST = Comparator
		.comparingDouble((SentenceMatch match) -> -match.sentence().score())
		.thenComparingInt(match -> match.sentence().position())
		.thenComparingInt(match -> match.sentence().doc());

	private final TextAnalysis analysis;

	private final Content content;

	/** Built by the first question, so start-up never waits for it. */
	private volatile SentenceIndex sentences;

	/**
	 * Set by {@link #close()}: a question that reaches a retired edition must not build
	 * an index that nothing would close.
	 */
	private boolean closed;

	private final QuestionWords questionWords;

	private Answers(TextAnalysis analysis, Content content) {
		this.analysis = analysis;
		this.content = content;
		this.questionWords = new QuestionWords(analysis);
	}

	/**
	 * Answers from the sentences of the content in every language it is written in,
	 * indexed when the first question comes (a few hundred ms the first time).
	 */
	public static Answers of(Content english, TextAnalysis analysis) {
		return new Answers(analysis, english);
	}

	/**
	 * The sentence that answers a query, or null when the query is no question or no
	 * sentence answers it well enough.
	 * @param typed the query as typed
	 * @param searched the words the search searched instead (a correction), or null
	 * @param chosen the language the search answers in, or null to answer in the one
	 * whose sentence answers best
	 */
	public SearchResults.Answer find(String typed, String searched, Language chosen) {
		Question question = questionWords.read(typed, searched);
		if (question == null || question.words().isEmpty() || question.words().size() > MOST_WORDS) {
			return null;
		}
		SentenceMatch best = null;
		Language answered = null;
		for (Language language : chosen != null ? List.of(chosen) : likelyLanguages(typed)) {
			SentenceMatch match = bestIn(question, language);
			// Languages go likeliest first, so a tie keeps the likelier one.
			if (match != null && (best == null || match.rank(question) > best.rank(question))) {
				best = match;
				answered = language;
			}
		}
		return best == null ? null : new SearchResults.Answer(best.sentence().text(), best.sentence().itemId(),
				best.sentence().sectionId(), answered);
	}

	private SentenceMatch bestIn(Question question, Language language) {
		SentenceIndex sentences = sentences();
		QuestionTerms terms = new QuestionTerms(question, language, analysis, sentences);
		if (terms.words().isEmpty()) {
			return null;
		}
		SentenceMatch best = null;
		for (SentenceIndex.Sentence sentence : sentences.search(terms.query(), language, CANDIDATES)) {
			SentenceMatch match = SentenceMatch.of(sentence, terms.words(), questionWords.numeralsIn(language));
			if (match.answers(question, terms.words()) && (best == null || better(match, best, question))) {
				best = match;
			}
		}
		return best;
	}

	/**
	 * The higher rank, and on a tie the higher score, then the sentence nearer the start
	 * of its item; of one sentence written twice, the one indexed first.
	 */
	private static boolean better(SentenceMatch match, SentenceMatch best, Question question) {
		if (match.sentence().text().equals(best.sentence().text())) {
			// A section often repeats an item's sentence: the item answers, with the
			// section.
			return match.sentence().doc() < best.sentence().doc();
		}
		int byRank = Double.compare(match.rank(question), best.rank(question));
		return byRank > 0 || (byRank == 0 && BEST_FIRST.compare(match, best) < 0);
	}

	/**
	 * The languages a question may be in, likeliest first, by its letters: Latin ones are
	 * English; Kazakh ones Kazakh, then Russian; other Cyrillic ones Russian, then Kazakh
	 * (typed without its own letters). A sentence in another script would hold none of
	 * its words.
	 */
	private static List<Language> likelyLanguages(String typed) {
		if (typed.codePoints().anyMatch(c -> KAZAKH_LETTERS.indexOf(c) >= 0)) {
			return List.of(Language.KK, Language.RU);
		}
		if (typed.codePoints().anyMatch(c -> UnicodeScript.of(c) == UnicodeScript.CYRILLIC)) {
			return List.of(Language.RU, Language.KK);
		}
		return List.of(Language.EN);
	}

	private SentenceIndex sentences() {
		SentenceIndex built = sentences;
		if (built == null) {
			synchronized (this) {
				built = sentences;
				if (built == null) {
					if (closed) {
						throw new IllegalStateException("the answers of a retired edition of the content are closed");
					}
					built = SentenceIndex.build(content, analysis);
					sentences = built;
				}
			}
		}
		return built;
	}

	@Override
	public synchronized void close() throws IOException {
		closed = true;
		if (sentences != null) {
			sentences.close();
		}
	}

}
