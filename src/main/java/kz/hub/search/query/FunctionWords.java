package kz.hub.search.query;

import java.util.HashSet;
import java.util.Set;

import kz.hub.content.Language;
import kz.hub.search.analysis.TextAnalysis;
import kz.hub.search.analysis.WordLists;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;

/**
 * Words that do not count as a match on their own, in every language: question words,
 * particles, pronouns, prepositions and the verbs of asking ("how", "где", "қайда",
 * "можно ли", "бола ма").
 */
public final class FunctionWords {

	private final Set<String> folded = new HashSet<>();

	/**
	 * The lists of the jar ({@code function-words.<tag>.txt} beside this class) and
	 * Lucene's English and Russian stop words, folded as searched words are. One set for
	 * all languages: a query in any language is searched in all of them.
	 */
	public FunctionWords(TextAnalysis analysis) {
		for (Language language : Language.values()) {
			for (String line : list(language).lines().toList()) {
				if (!line.isBlank() && !line.startsWith("#")) {
					this.folded.addAll(TextAnalysis.words(analysis.folded, line));
				}
			}
		}
		for (CharArraySet stopWords : new CharArraySet[] { EnglishAnalyzer.ENGLISH_STOP_WORDS_SET,
				RussianAnalyzer.getDefaultStopSet() }) {
			for (Object word : stopWords) {
				this.folded.addAll(TextAnalysis.words(analysis.folded, new String((char[]) word)));
			}
		}
	}

	/** Whether a folded word is a function word. */
	public boolean contains(String foldedWord) {
		return folded.contains(foldedWord);
	}

	private static String list(Language language) {
		return WordLists.read(FunctionWords.class, "function-words." + language.tag() + ".txt");
	}

}
