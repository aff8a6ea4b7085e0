package kz.hub.search.answers;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import kz.hub.content.Language;
import kz.hub.search.analysis.TextAnalysis;
import kz.hub.search.analysis.WordLists;
import kz.hub.search.query.FunctionWords;

/**
 * What makes a query a question, and what kind of answer it asks for, from the lists of
 * the jar ({@code question-words.<tag>.txt} beside this class). One set of each kind for
 * all languages, as the search reads a query in all of them at once.
 */
final class QuestionWords {

	private final TextAnalysis analysis;

	private final FunctionWords functionWords;

	private final Map<String, Set<String>> kinds = new HashMap<>();

	private final Map<Language, Set<String>> numerals = new EnumMap<>(Language.class);

	QuestionWords(TextAnalysis analysis) {
		this.analysis = analysis;
		this.functionWords = new FunctionWords(analysis);
		for (Language language : Language.values()) {
			for (String line : list(language).lines().toList()) {
				int colon = line.indexOf(':');
				if (line.isBlank() || line.startsWith("#") || colon < 0) {
					continue;
				}
				String kind = line.substring(0, colon).strip();
				String words = line.substring(colon + 1);
				if (kind.equals("numerals")) {
					// Numbers meet a question as a sentence's own words do: stemmed.
					numerals.put(language, new HashSet<>(TextAnalysis.words(analysis.analyzerFor(language), words)));
				}
				else {
					kinds.computeIfAbsent(kind, key -> new HashSet<>())
						.addAll(TextAnalysis.words(analysis.folded, words));
				}
			}
		}
	}

	/** The number words of a language as its sentences are indexed. */
	Set<String> numeralsIn(Language language) {
		return numerals.getOrDefault(language, Set.of());
	}

	/**
	 * The question a query asks, or null when it asks none: it ends in "?", starts with a
	 * question word or holds a question particle.
	 * @param typed the query as typed
	 * @param searched the words the search searched instead, or null when it searched
	 * those typed
	 */
	Question read(String typed, String searched) {
		List<String> typedWords = TextAnalysis.words(analysis.folded, typed);
		if (typedWords.isEmpty() || !(typed.strip().endsWith("?") || is("starts", typedWords.getFirst())
				|| typedWords.stream().anyMatch(word -> is("particles", word)))) {
			return null;
		}
		List<String> searchedWords = searched == null ? typedWords : TextAnalysis.words(analysis.folded, searched);
		// A correction stands for the typed word in its place only when the counts agree.
		List<String> asked = typedWords.size() == searchedWords.size() ? typedWords : searchedWords;
		List<Question.Word> words = new ArrayList<>();
		boolean asksNumber = false;
		for (int i = 0; i < searchedWords.size(); i++) {
			String word = searchedWords.get(i);
			boolean measure = i > 0 && isQuestionWord(asked.get(i - 1)) && is("measures", word);
			asksNumber |= measure || is("numbers", asked.get(i));
			if (isContentWord(word) && isContentWord(asked.get(i))
					&& words.stream().noneMatch(seen -> seen.searched().equals(word))) {
				words.add(new Question.Word(asked.get(i), word, measure));
			}
		}
		return new Question(words, asksNumber, asksSubject(asked));
	}

	/**
	 * Whether a word says what a question is about: not a function word, a question word
	 * or one that only says something is needed ("required", "обязательно").
	 */
	private boolean isContentWord(String word) {
		return !functionWords.contains(word) && !isQuestionWord(word) && !is("asking", word);
	}

	/**
	 * Whether a question asks what something is: a subject word ("what", "какие", "не")
	 * last, or followed by a form of being or a content word, not by "can I do".
	 */
	private boolean asksSubject(List<String> words) {
		for (int i = 0; i < words.size(); i++) {
			if (is("subjects", words.get(i))
					&& (i == words.size() - 1 || is("being", words.get(i + 1)) || isContentWord(words.get(i + 1)))) {
				return true;
			}
		}
		return false;
	}

	private boolean isQuestionWord(String word) {
		return is("starts", word) || is("particles", word) || is("numbers", word);
	}

	private boolean is(String kind, String word) {
		return kinds.getOrDefault(kind, Set.of()).contains(word);
	}

	private static String list(Language language) {
		return WordLists.read(QuestionWords.class, "question-words." + language.tag() + ".txt");
	}

}
