package kz.hub.search.analysis;

import java.io.IOException;
import java.io.StringReader;
import java.text.ParseException;
import java.util.List;

import kz.hub.content.Language;
import kz.hub.content.loading.ContentFile;
import kz.hub.search.UnindexableContentException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * A language's synonym rules, in Solr's format, as Lucene reads them; a rule Lucene
 * refuses is a content error that names the file and the line.
 */
final class SynonymRules {

	private SynonymRules() {
	}

	/**
	 * The rules, their words analysed by {@code ruleAnalyzer}: the chain queries use up
	 * to the synonyms.
	 */
	static SynonymMap read(Language language, String rules, Analyzer ruleAnalyzer) {
		try {
			return parse(rules, ruleAnalyzer);
		}
		catch (ParseException | IOException | IllegalArgumentException ex) {
			throw badRule(ContentFile.SYNONYMS.pathIn(language), rules, ruleAnalyzer, ex);
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
	private static UnindexableContentException badRule(String file, String rules, Analyzer ruleAnalyzer,
			Exception failure) {
		List<String> lines = rules.lines().toList();
		for (int i = 0; i < lines.size(); i++) {
			try {
				parse(lines.get(i), ruleAnalyzer);
			}
			catch (ParseException | IOException | IllegalArgumentException ex) {
				return new UnindexableContentException(file, i + 1,
						"not a valid synonym rule: " + reason(ex) + " in '" + lines.get(i).strip() + "'", failure);
			}
		}
		return new UnindexableContentException(file, 0, "not a valid synonym rule: " + reason(failure), failure);
	}

	private static String reason(Exception ex) {
		return ex.getCause() != null && ex.getCause().getMessage() != null ? ex.getCause().getMessage()
				: ex.getMessage();
	}

}
