package kz.hub.search.analysis;

import java.io.IOException;
import java.util.Locale;

import com.ibm.icu.text.Normalizer;
import com.ibm.icu.text.Normalizer2;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * ICU's folding (case, accents, ё as е), the same words as {@link ICUFoldingFilter},
 * after writing some letters as others; the letters of English, Russian and Kazakh text
 * fold from a table, since asking ICU for every word was a tenth of an index build.
 */
final class FoldingFilter extends TokenFilter {

	private static final Normalizer2 ICU = ICUFoldingFilter.NORMALIZER;

	/** Latin, its accents, and Cyrillic: the scripts of the hub's languages. */
	private static final int TABLE_SIZE = 0x500;

	private static final char ASK_ICU = '\uFFFF';

	private final Letters letters;

	private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

	private final StringBuilder asked = new StringBuilder();

	FoldingFilter(TokenStream input, Letters letters) {
		super(input);
		this.letters = letters;
	}

	@Override
	public boolean incrementToken() throws IOException {
		if (!this.input.incrementToken()) {
			return false;
		}
		if (!foldFromTable()) {
			this.letters.rewrite(this.term.buffer(), this.term.length());
			if (ICU.quickCheck(this.term) != Normalizer.YES) {
				this.asked.setLength(0);
				ICU.normalize(this.term, this.asked);
				this.term.setEmpty().append(this.asked);
			}
		}
		return true;
	}

	/**
	 * Folds the word in place if every letter is in the table, or leaves it as it was.
	 */
	private boolean foldFromTable() {
		char[] word = this.term.buffer();
		int length = this.term.length();
		char[] folded = this.letters.folded;
		for (int i = 0; i < length; i++) {
			if (word[i] >= TABLE_SIZE || folded[word[i]] == ASK_ICU) {
				return false;
			}
		}
		for (int i = 0; i < length; i++) {
			word[i] = folded[word[i]];
		}
		return true;
	}

	/** Letters written as others before folding, and the table that does both. */
	static final class Letters {

		/** No letter rewritten: ICU's folding alone. */
		static final Letters AS_TYPED = new Letters("");

		/**
		 * The letters only Kazakh has, as a Russian keyboard types them: people search
		 * "Шымбулак" for "Шымбұлақ".
		 */
		static final Letters KAZAKH_AS_RUSSIAN = new Letters("ә а ғ г қ к ң н ө о ұ у ү у һ х і и");

		/** Each letter as written before folding. */
		private final char[] rewritten = new char[TABLE_SIZE];

		/**
		 * Each letter rewritten and folded where it folds alone into one letter. A letter
		 * with a normalization boundary before it never interacts with the letter before
		 * it (ICU's own promise), so a word of such letters folds letter by letter.
		 */
		private final char[] folded = new char[TABLE_SIZE];

		/**
		 * @param pairs a letter and the letter it is written as, separated by spaces;
		 * capitals are written like their small letters
		 */
		private Letters(String pairs) {
			for (char letter = 0; letter < TABLE_SIZE; letter++) {
				this.rewritten[letter] = letter;
			}
			String[] parts = pairs.isEmpty() ? new String[0] : pairs.split(" ");
			for (int i = 0; i < parts.length; i += 2) {
				char to = parts[i + 1].charAt(0);
				this.rewritten[parts[i].charAt(0)] = to;
				this.rewritten[parts[i].toUpperCase(Locale.ROOT).charAt(0)] = to;
			}
			for (char letter = 0; letter < TABLE_SIZE; letter++) {
				char written = this.rewritten[letter];
				String folded = ICU.normalize(String.valueOf(written));
				boolean alone = ICU.hasBoundaryBefore(written) && folded.length() == 1;
				this.folded[letter] = alone ? folded.charAt(0) : ASK_ICU;
			}
		}

		private void rewrite(char[] word, int length) {
			for (int i = 0; i < length; i++) {
				if (word[i] < TABLE_SIZE) {
					word[i] = this.rewritten[word[i]];
				}
			}
		}

	}

}
