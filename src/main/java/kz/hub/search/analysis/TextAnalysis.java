package kz.hub.search.analysis;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import kz.hub.content.Language;
import kz.hub.search.analysis.FoldingFilter.Letters;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.ru.RussianLightStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The analyzers of the index, which holds English, Russian and Kazakh. Prose is stemmed
 * in the language of its document, each with its own stemmer: Porter for English
 * ("skiing" finds "ski"), Lucene's light Russian stemmer, and our own for Kazakh
 * ("көлдері" finds "көл"); the query side adds that language's synonyms of index-data.
 * Names are only folded (case, accents, Kazakh letters as Russian ones), alike in every
 * language, which is what typo correction, prefixes and suggestions need: fuzzy matching
 * against stems misses. Names are also written in Latin letters, for searches typed in
 * another script.
 */
public final class TextAnalysis {

	private static final CharArraySet STOP_WORDS = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;

	/**
	 * Cyrillic as people write it in Latin letters ("Үлкен Алматы көлі" is "Ulken Almaty
	 * koli"); capitals map like their small letters.
	 */
	private static final NormalizeCharMap CYRILLIC_TO_LATIN = charMap("а a б b в v г g д d е e ё yo ж zh з z и i й y "
			+ "к k л l м m н n о o п p р r с s т t у u ф f х kh ц ts ч ch ш sh щ shch ъ _ ы y ь _ э e ю yu я ya "
			+ "ә a ғ g қ k ң n ө o ұ u ү u һ h і i");

	/**
	 * Folded words, no stemming: names, aliases, headings, and the spelling dictionary,
	 * in every language alike.
	 */
	public final Analyzer folded = new Analyzer() {
		@Override
		protected TokenStreamComponents createComponents(String fieldName) {
			Tokenizer source = new StandardTokenizer();
			return new TokenStreamComponents(source, new FoldingFilter(source, Letters.KAZAKH_AS_RUSSIAN));
		}
	};

	/**
	 * Any script written in plain Latin letters, so that "Bolshoe Almatinskoe ozero"
	 * finds "Большое Алматинское озеро" and "Медеу" finds "Medeu".
	 */
	public final Analyzer latin = new Analyzer() {
		@Override
		protected TokenStreamComponents createComponents(String fieldName) {
			Tokenizer source = new StandardTokenizer();
			return new TokenStreamComponents(source, new FoldingFilter(source, Letters.AS_TYPED));
		}

		@Override
		protected Reader initReader(String fieldName, Reader reader) {
			return new MappingCharFilter(CYRILLIC_TO_LATIN, reader);
		}
	};

	private final Map<Language, Analyzer> prose = new EnumMap<>(Language.class);

	private final Map<Language, Analyzer> queries = new EnumMap<>(Language.class);

	/**
	 * Stemmed English for indexing prose, without synonyms; curation rules match searches
	 * in any language by it.
	 */
	public final Analyzer english;

	/**
	 * Russian words too common to mark in a snippet ("в", "на", "и"), as each language's
	 * query analyzer writes them. Russian analysis keeps them, since synonym rules such
	 * as "вид на жительство" hold them; English analysis drops its own.
	 */
	public final Set<String> unmarked = new HashSet<>();

	public TextAnalysis(String englishSynonymRules) {
		this(Map.of(Language.EN, englishSynonymRules), Map.of());
	}

	/**
	 * @param synonymRules each language's rules in Solr's format; none where missing
	 * @param conceptRules each language's one-way rules ({@code winter => ski}); none
	 * where missing
	 */
	public TextAnalysis(Map<Language, String> synonymRules, Map<Language, String> conceptRules) {
		for (Language language : Language.values()) {
			Chain chain = chainOf(language);
			SynonymMap synonyms = synonyms(language, synonymRules.getOrDefault(language, ""),
					conceptRules.getOrDefault(language, ""), chain);
			prose.put(language, chain.analyzer(null));
			queries.put(language, chain.analyzer(synonyms));
		}
		this.english = prose.get(Language.EN);
		for (Object word : RussianAnalyzer.getDefaultStopSet()) {
			queries.values().forEach(query -> this.unmarked.addAll(words(query, new String((char[]) word))));
		}
	}

	/** Stemmed prose of a language, for indexing. */
	public Analyzer analyzerFor(Language language) {
		return prose.get(language);
	}

	/** Stemmed prose of a language with its synonyms, for queries. */
	public Analyzer queryAnalyzerFor(Language language) {
		return queries.get(language);
	}

	/**
	 * One language's analysis: the steps before synonyms (folding, stop words), and its
	 * stemmer after them.
	 */
	private record Chain(Function<Tokenizer, TokenStream> beforeStemming, Function<TokenStream, TokenStream> stemmer) {

		Analyzer analyzer(SynonymMap synonyms) {
			return new Analyzer() {
				@Override
				protected TokenStreamComponents createComponents(String fieldName) {
					Tokenizer source = new StandardTokenizer();
					TokenStream stream = beforeStemming.apply(source);
					if (synonyms != null && synonyms.fst != null) {
						stream = new SynonymGraphFilter(stream, synonyms, true);
					}
					return new TokenStreamComponents(source, stemmer.apply(stream));
				}
			};
		}

	}

	private static Chain chainOf(Language language) {
		return switch (language) {
			case EN ->
				new Chain(
						source -> new StopFilter(
								new FoldingFilter(new EnglishPossessiveFilter(source), Letters.AS_TYPED), STOP_WORDS),
						PorterStemFilter::new);
			// Folding writes ё as е, as Russian readers type it. No stop words: they
			// would break phrases such as "вид на жительство" in the synonym rules.
			case RU -> new Chain(source -> new FoldingFilter(source, Letters.AS_TYPED), RussianLightStemFilter::new);
			case KK -> new Chain(source -> new FoldingFilter(source, Letters.KAZAKH_AS_RUSSIAN), KazakhStemFilter::new);
		};
	}

	private static NormalizeCharMap charMap(String pairs) {
		NormalizeCharMap.Builder map = new NormalizeCharMap.Builder();
		String[] parts = pairs.split(" ");
		for (int i = 0; i < parts.length; i += 2) {
			String to = parts[i + 1].equals("_") ? "" : parts[i + 1];
			map.add(parts[i], to);
			String capital = parts[i].toUpperCase(Locale.ROOT);
			if (!capital.equals(parts[i])) {
				map.add(capital, to);
			}
		}
		return map.build();
	}

	/** The words an analyzer makes of a text, in order. */
	public static List<String> words(Analyzer analyzer, String text) {
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

	private static SynonymMap synonyms(Language language, String rules, String concepts, Chain chain) {
		// Rules are read with the same chain as queries up to the synonyms, so both see
		// the same tokens.
		Analyzer ruleAnalyzer = new Chain(chain.beforeStemming(), stream -> stream).analyzer(null);
		try (ruleAnalyzer) {
			return SynonymRules.read(language, rules, concepts, ruleAnalyzer);
		}
	}

}
