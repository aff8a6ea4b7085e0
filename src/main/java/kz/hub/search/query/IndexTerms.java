package kz.hub.search.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;

import kz.hub.search.indexing.IndexFields;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;

/**
 * Whether the index holds a term, in a field or in any of some: how a query's words are
 * looked up.
 */
final class IndexTerms {

	/** Every field a query searches. */
	static final String[] SEARCHED = Arrays.stream(SearchedField.values())
		.map(SearchedField::field)
		.toArray(String[]::new);

	private final IndexReader reader;

	IndexTerms(IndexReader reader) {
		this.reader = reader;
	}

	/** Whether some document has the term in one of the fields. */
	boolean inAny(String term, String... fields) {
		try {
			for (String field : fields) {
				if (reader.docFreq(new Term(field, term)) > 0) {
					return true;
				}
			}
			return false;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Whether some item has this exact (folded) word: the words typos are corrected to.
	 */
	boolean inDictionary(String word) {
		return inAny(word, IndexFields.WORDS);
	}

}
