package kz.hub.search.answers;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import kz.hub.content.Language;
import kz.hub.search.analysis.TextAnalysis;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The content words of a question as one language's sentences are indexed, each weighed
 * by how rare it is there, and how much of them a sentence holds.
 */
final class QuestionTerms {

	/**
	 * Stems at least this long also meet one or two letters more or less: light stemmers
	 * leave "выдаёт" and "выдаётся" apart.
	 */
	private static final int LOOSE_STEM = 5;

	private static final int MOST_EXTRA_LETTERS = 2;

	/**
	 * Enough for a word's stems and synonyms, and with the most words a question has,
	 * within Lucene's limit of clauses.
	 */
	private static final int MOST_FORMS = 8;

	/**
	 * One content word of the question.
	 *
	 * @param forms its stems, and its synonyms', in the language
	 * @param weight how rare its rarest known form is among the language's sentences
	 * @param measure whether any number meets it ("long" in "how long")
	 * @param named whether some item is named with it, so that a sentence that holds it
	 * may only speak of that item
	 */
	record Word(Set<String> forms, double weight, boolean measure, boolean named) {
	}

	private final Language language;

	private final List<Word> words;

	QuestionTerms(Question question, Language language, TextAnalysis analysis, SentenceIndex sentences) {
		this.language = language;
		this.words = new ArrayList<>();
		int count = sentences.sentencesIn(language);
		for (Question.Word word : question.words()) {
			Set<String> forms = new LinkedHashSet<>();
			for (String written : word.typed().equals(word.searched()) ? List.of(word.typed())
					: List.of(word.typed(), word.searched())) {
				forms.addAll(TextAnalysis.words(analysis.analyzerFor(language), written));
				forms.addAll(Synonyms.of(analysis.queryAnalyzerFor(language), written));
			}
			if (forms.isEmpty()) {
				continue;
			}
			forms.retainAll(forms.stream().limit(MOST_FORMS).toList());
			double weight = 0;
			boolean named = false;
			for (String form : forms) {
				int with = sentences.sentencesWith(SentenceIndex.text(language), form);
				if (with > 0) {
					weight = Math.max(weight, rarity(count, with));
				}
				named |= sentences.sentencesWith(SentenceIndex.context(language), form) > 0;
			}
			// A word no sentence holds weighs most: a question about it goes unanswered.
			words.add(new Word(forms, weight == 0 ? rarity(count, 0) : weight, word.measure(), named));
		}
	}

	/** Lucene's BM25 idf: rarer words weigh more. */
	private static double rarity(int count, int with) {
		return Math.log(1 + (count - with + 0.5) / (with + 0.5));
	}

	List<Word> words() {
		return words;
	}

	/** The sentences that hold any form of any word, or are about one. */
	Query query() {
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		for (Word word : words) {
			for (String form : word.forms()) {
				for (String field : List.of(SentenceIndex.text(language), SentenceIndex.context(language))) {
					query.add(new TermQuery(new Term(field, form)), Occur.SHOULD);
					if (form.length() >= LOOSE_STEM) {
						query.add(new PrefixQuery(new Term(field, form)), Occur.SHOULD);
					}
					for (int shorter = 1; shorter <= MOST_EXTRA_LETTERS
							&& form.length() - shorter >= LOOSE_STEM; shorter++) {
						query.add(new TermQuery(new Term(field, form.substring(0, form.length() - shorter))),
								Occur.SHOULD);
					}
				}
			}
		}
		return query.build();
	}

	/** Whether a sentence's stems hold a form of any of the words. */
	static boolean holds(Collection<String> stems, List<Word> words) {
		return words.stream().anyMatch(word -> holds(stems, word));
	}

	/** Whether a sentence's stems hold a form of the word. */
	static boolean holds(Collection<String> stems, Word word) {
		for (String stem : stems) {
			for (String form : word.forms()) {
				if (meet(stem, form)) {
					return true;
				}
			}
		}
		return false;
	}

	private static boolean meet(String a, String b) {
		if (a.equals(b)) {
			return true;
		}
		String shorter = a.length() < b.length() ? a : b;
		String longer = shorter == a ? b : a;
		return shorter.length() >= LOOSE_STEM && longer.length() - shorter.length() <= MOST_EXTRA_LETTERS
				&& longer.startsWith(shorter);
	}

}
