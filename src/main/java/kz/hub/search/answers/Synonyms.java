package kz.hub.search.answers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;

/**
 * The one-word stand-ins a query analyzer gives a word: the word's stem and the synonyms
 * that take its place alone. A synonym of several words is left out, as its words one by
 * one mean something else: "city" alone is no "capital".
 */
final class Synonyms {

	private Synonyms() {
	}

	static List<String> of(Analyzer analyzer, String word) {
		List<String> tokens = new ArrayList<>();
		List<Integer> ends = new ArrayList<>();
		int end = 0;
		try (TokenStream stream = analyzer.tokenStream("", word)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
			PositionLengthAttribute length = stream.addAttribute(PositionLengthAttribute.class);
			stream.reset();
			int position = -1;
			while (stream.incrementToken()) {
				position += increment.getPositionIncrement();
				// Only a token from the first position to the graph's end spans the word.
				tokens.add(position == 0 ? term.toString() : null);
				ends.add(position + length.getPositionLength());
				end = Math.max(end, position + length.getPositionLength());
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		List<String> spanning = new ArrayList<>();
		for (int i = 0; i < tokens.size(); i++) {
			if (tokens.get(i) != null && ends.get(i) == end) {
				spanning.add(tokens.get(i));
			}
		}
		return spanning;
	}

}
