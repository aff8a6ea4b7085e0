package kz.hub.search.query;

import kz.hub.content.Language;
import kz.hub.search.analysis.TextAnalysis;

/**
 * Whether a word the dictionary lacks is known through its stem or a synonym, like
 * "rockets" or "visa": such a word is no typo to correct.
 */
final class OtherForms {

	private final TextAnalysis analysis;

	private final IndexTerms terms;

	OtherForms(TextAnalysis analysis, IndexTerms terms) {
		this.analysis = analysis;
		this.terms = terms;
	}

	boolean known(String word) {
		for (Language language : Language.values()) {
			for (String form : TextAnalysis.words(analysis.queryAnalyzerFor(language), word)) {
				if (!form.equals(word) && terms.inAny(form, IndexTerms.SEARCHED)) {
					return true;
				}
			}
		}
		return false;
	}

}
