package kz.hub.search.analysis;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.junit.jupiter.api.Test;

import kz.hub.search.analysis.FoldingFilter.Letters;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The folding from a table gives the words that ICU's folding gives after Lucene's
 * mapping of letters, word for word.
 */
class FoldingFilterTest {

	private static final String KAZAKH_AS_RUSSIAN = "ә а ғ г қ к ң н ө о ұ у ү у һ х і и";

	@Test
	void foldsEveryPairOfLatinAndCyrillicLettersAsIcuDoes() {
		assertFoldsAsIcu(WhitespaceTokenizer::new, everyPairOfLetters(), Letters.AS_TYPED, "");
	}

	@Test
	void writesKazakhLettersAsRussianInEveryPairOfLetters() {
		assertFoldsAsIcu(WhitespaceTokenizer::new, everyPairOfLetters(), Letters.KAZAKH_AS_RUSSIAN, KAZAKH_AS_RUSSIAN);
	}

	@Test
	void foldsWordsOutsideTheTableAsIcuDoes() {
		String words = "Straße ﬁord Ё\u0308лка Ω Ǆemal Ꙁемля 東京 Ⅻ ᾈ ＡＢＣ e\u0301 Almaty\u00AD Ұ\u0301лкен";
		assertFoldsAsIcu(WhitespaceTokenizer::new, words, Letters.AS_TYPED, "");
		assertFoldsAsIcu(WhitespaceTokenizer::new, words, Letters.KAZAKH_AS_RUSSIAN, KAZAKH_AS_RUSSIAN);
	}

	@Test
	void foldsTheHubsOwnContentAsIcuDoes() throws IOException {
		try (Stream<Path> files = Files.walk(Path.of("index-data"))) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				String text = Files.readString(file);
				assertFoldsAsIcu(StandardTokenizer::new, text, Letters.AS_TYPED, "");
				assertFoldsAsIcu(StandardTokenizer::new, text, Letters.KAZAKH_AS_RUSSIAN, KAZAKH_AS_RUSSIAN);
			}
		}
	}

	private static String everyPairOfLetters() {
		StringBuilder pairs = new StringBuilder();
		for (char first = 0; first < 0x500; first++) {
			for (char second = 0; second < 0x500; second++) {
				pairs.append(first).append(second).append(' ');
			}
		}
		return pairs.toString();
	}

	private static void assertFoldsAsIcu(Supplier<Tokenizer> tokenizer, String text, Letters letters,
			String letterPairs) {
		List<String> fromTable = TextAnalysis
			.words(analyzer(tokenizer, null, source -> new FoldingFilter(source, letters)), text);
		List<String> fromIcu = TextAnalysis.words(analyzer(tokenizer, charMap(letterPairs), ICUFoldingFilter::new),
				text);
		assertThat(fromTable).isNotEmpty().isEqualTo(fromIcu);
	}

	private static NormalizeCharMap charMap(String letterPairs) {
		if (letterPairs.isEmpty()) {
			return null;
		}
		NormalizeCharMap.Builder map = new NormalizeCharMap.Builder();
		String[] parts = letterPairs.split(" ");
		for (int i = 0; i < parts.length; i += 2) {
			map.add(parts[i], parts[i + 1]);
			map.add(parts[i].toUpperCase(Locale.ROOT), parts[i + 1]);
		}
		return map.build();
	}

	private static Analyzer analyzer(Supplier<Tokenizer> tokenizer, NormalizeCharMap letters,
			Function<TokenStream, TokenStream> folding) {
		return new Analyzer() {
			@Override
			protected Reader initReader(String fieldName, Reader reader) {
				return letters == null ? reader : new MappingCharFilter(letters, reader);
			}

			@Override
			protected TokenStreamComponents createComponents(String fieldName) {
				Tokenizer source = tokenizer.get();
				return new TokenStreamComponents(source, folding.apply(source));
			}
		};
	}

}
