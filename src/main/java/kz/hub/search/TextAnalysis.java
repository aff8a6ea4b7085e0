package kz.hub.search;

import java.io.IOException;
import java.io.StringReader;
import java.text.ParseException;

import kz.hub.content.ContentException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
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
			SolrSynonymParser parser = new SolrSynonymParser(true, true, ruleAnalyzer);
			parser.parse(new StringReader(rules));
			return parser.build();
		}
		catch (ParseException ex) {
			throw new ContentException("synonyms.txt", ex.getErrorOffset(), null,
					"not a valid synonym rule: " + ex.getMessage());
		}
		catch (IOException | IllegalArgumentException ex) {
			throw new ContentException("synonyms.txt", 0, null, "not a valid synonym rule: " + ex.getMessage());
		}
	}

}
