package kz.hub.search;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * The analyzers of the index. Prose fields are stemmed English ("skiing" finds "ski");
 * the query side adds the synonyms of index-data. Names are only folded (case, accents,
 * Cyrillic), which is what typo correction, prefixes and suggestions need: fuzzy matching
 * against stems misses.
 */
final class TextAnalysis {

	/** Where index-data keeps the synonym rules. */
	private static final String SYNONYMS_FILE = "synonyms.txt";

	private static final CharArraySet STOP_WORDS = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;

	/**
	 * Folded words, no stemming: names, aliases, headings, and the spelling dictionary.
	 */
	final Analyzer folded = new Analyzer() {
		@Override
		protected TokenStreamComponents createComponents(String fieldName) {
			Tokenizer source = new StandardTokenizer();
			return new TokenStreamComponents(source, new ICUFoldingFilter(source));
		}
	};

	/** Stemmed English for indexing prose. */
	final Analyzer english = new Analyzer() {
		@Override
		protected TokenStreamComponents createComponents(String fieldName) {
			Tokenizer source = new StandardTokenizer();
			return new TokenStreamComponents(source, new PorterStemFilter(beforeStemming(source)));
		}
	};

	/** Stemmed English with the synonyms, for queries. */
	final Analyzer englishQuery;

	TextAnalysis(String synonymRules) {
		SynonymMap synonyms = synonyms(synonymRules);
		this.englishQuery = new Analyzer() {
			@Override
			protected TokenStreamComponents createComponents(String fieldName) {
				Tokenizer source = new StandardTokenizer();
				TokenStream stream = beforeStemming(source);
				if (synonyms.fst != null) {
					stream = new SynonymGraphFilter(stream, synonyms, true);
				}
				return new TokenStreamComponents(source, new PorterStemFilter(stream));
			}
		};
	}

	private static TokenStream beforeStemming(Tokenizer source) {
		return new StopFilter(new ICUFoldingFilter(new EnglishPossessiveFilter(source)), STOP_WORDS);
	}

	/** The words an analyzer makes of a text, in order. */
	static List<String> words(Analyzer analyzer, String text) {
		List<String> words = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream("", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				words.add(term.toString());
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return words;
	}

	private static SynonymMap synonyms(String rules) {
		// Rules are read with the same chain as queries up to the synonyms, so both see
		// the same tokens.
		Analyzer ruleAnalyzer = new Analyzer() {
			@Override
			protected TokenStreamComponents createComponents(String fieldName) {
				Tokenizer source = new StandardTokenizer();
				return new TokenStreamComponents(source, beforeStemming(source));
			}
		};
		try (ruleAnalyzer) {
			try {
				return parse(rules, ruleAnalyzer);
			}
			catch (ParseException | IOException | IllegalArgumentException ex) {
				throw badRule(rules, ruleAnalyzer, ex);
			}
		}
	}

	private static SynonymMap parse(String rules, Analyzer ruleAnalyzer) throws ParseException, IOException {
		SolrSynonymParser parser = new SolrSynonymParser(true, true, ruleAnalyzer);
		parser.parse(new StringReader(rules));
		return parser.build();
	}

	/**
	 * The error of the first rule that fails on its own: Lucene's parser tells the line
	 * only in its message, and the reason only in the cause. Each rule is one line.
	 */
	private static UnindexableContentException badRule(String rules, Analyzer ruleAnalyzer, Exception failure) {
		List<String> lines = rules.lines().toList();
		for (int i = 0; i < lines.size(); i++) {
			try {
				parse(lines.get(i), ruleAnalyzer);
			}
			catch (ParseException | IOException | IllegalArgumentException ex) {
				return new UnindexableContentException(SYNONYMS_FILE, i + 1,
						"not a valid synonym rule: " + reason(ex) + " in '" + lines.get(i).strip() + "'", failure);
			}
		}
		return new UnindexableContentException(SYNONYMS_FILE, 0, "not a valid synonym rule: " + reason(failure),
				failure);
	}

	private static String reason(Exception ex) {
		return ex.getCause() != null && ex.getCause().getMessage() != null ? ex.getCause().getMessage()
				: ex.getMessage();
	}

}
