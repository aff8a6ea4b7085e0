package kz.hub.search.query;

import kz.hub.search.analysis.TextAnalysis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The words of a query that a snippet marks: all but those left unmarked, so that a "в"
 * of the query does not mark every "в" of the text.
 */
final class MarkedWords {

	private final TextAnalysis analysis;

	MarkedWords(TextAnalysis analysis) {
		this.analysis = analysis;
	}

	/** The query without the unmarked words, or null when none is left. */
	Query of(Query query) {
		if (query instanceof TermQuery term) {
			return analysis.unmarked.contains(term.getTerm().text()) ? null : query;
		}
		if (query instanceof BoostQuery boost) {
			Query marked = of(boost.getQuery());
			return marked == null ? null : new BoostQuery(marked, boost.getBoost());
		}
		if (query instanceof BooleanQuery words) {
			BooleanQuery.Builder kept = new BooleanQuery.Builder();
			for (BooleanClause clause : words.clauses()) {
				Query marked = of(clause.query());
				if (marked != null) {
					kept.add(marked, clause.occur());
				}
			}
			BooleanQuery marked = kept.build();
			return marked.clauses().isEmpty() ? null : marked;
		}
		return query;
	}

}
