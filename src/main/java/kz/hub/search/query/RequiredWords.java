package kz.hub.search.query;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

import kz.hub.search.analysis.TextAnalysis;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;

/**
 * What a search must match: at least one of its content words, function words aside, so
 * that "how to rent a yacht" does not find whatever holds "how" or "to"; and nothing when
 * it is mostly of words the content does not hold.
 */
final class RequiredWords {

	private final FunctionWords functionWords;

	RequiredWords(TextAnalysis analysis) {
		this.functionWords = new FunctionWords(analysis);
	}

	/**
	 * The query that must match, or one matching nothing when every word is a function
	 * word, or when two or more of the content words, and more than half of them, are
	 * held by the content in no form and none is held in a name: "is tap water safe to
	 * drink" is not about the lake's waters, while "turquoise lake above Almaty" is about
	 * a place near Almaty.
	 * @param held which searched words the content holds in some form, and in a name
	 * @param matches the query of some of the words, as typed and as searched
	 */
	Query of(SearchedWords typed, SearchedWords searched, HeldWords.Held held,
			BiFunction<SearchedWords, SearchedWords, Query> matches) {
		// A correction may change a word's count only if the corrector ever splits words;
		// then the searched words stand for the typed ones too.
		List<String> typedWords = typed.words().size() == searched.words().size() ? typed.words() : searched.words();
		List<Integer> content = new ArrayList<>();
		for (int i = 0; i < searched.words().size(); i++) {
			// A function word the corrector turned into another word is still one.
			if (!functionWords.contains(typedWords.get(i)) && !functionWords.contains(searched.words().get(i))) {
				content.add(i);
			}
		}
		if (content.isEmpty()) {
			return new MatchNoDocsQuery("only function words");
		}
		long strange = content.stream().filter(i -> !held.held()[i]).count();
		boolean named = content.stream().anyMatch(i -> held.named()[i]);
		if (!named && strange >= 2 && 2 * strange > content.size()) {
			return new MatchNoDocsQuery("mostly words the content does not hold, and no name");
		}
		// One query of the content words together, so a synonym or concept rule still
		// reads
		// "wild cats" in "where can I see wild cats" as one.
		boolean last = content.getLast() == searched.words().size() - 1;
		SearchedWords.LastWord lastWord = last ? searched.lastWord() : SearchedWords.LastWord.COMPLETE;
		return matches.apply(part(typedWords, content, lastWord), part(searched.words(), content, lastWord));
	}

	private static SearchedWords part(List<String> words, List<Integer> unit, SearchedWords.LastWord lastWord) {
		List<String> part = unit.stream().map(words::get).toList();
		return new SearchedWords(String.join(" ", part), part, lastWord);
	}

}
