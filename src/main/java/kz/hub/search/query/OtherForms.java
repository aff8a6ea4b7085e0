package kz.hub.search.query;

import java.io.IOException;
import java.io.UncheckedIOException;

import kz.hub.content.Language;
import kz.hub.search.analysis.TextAnalysis;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;

/**
 * Whether a word the dictionary lacks is known through its stem or a synonym, like
 * "rockets" or "visa": such a word is no typo to correct.
 */
final class OtherForms {

	private final TextAnalysis analysis;

	private final IndexReader reader;

	OtherForms(TextAnalysis analysis, IndexReader reader) {
		this.analysis = analysis;
		this.reader = reader;
	}

	boolean known(String word) {
		for (Language language : Language.values()) {
			for (String form : TextAnalysis.words(analysis.queryAnalyzerFor(language), word)) {
				if (!form.equals(word) && inAnyField(form)) {
					return true;
				}
			}
		}
		return false;
	}

	private boolean inAnyField(String form) {
		for (SearchedField field : SearchedField.values()) {
			try {
				if (reader.docFreq(new Term(field.field(), form)) > 0) {
					return true;
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return false;
	}

}
