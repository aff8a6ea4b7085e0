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
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;

/**
 * A language's synonym and concept rules, in Solr's format, as Lucene reads them; a rule
 * Lucene refuses is a content error that names the file and the line.
 */
final class SynonymRules {

	private SynonymRules() {
	}

	/**
	 * The synonyms and concepts in one map, their words analysed by {@code ruleAnalyzer}:
	 * the chain queries use up to the synonyms.
	 * @param concepts one-way rules, {@code general words => the content's words}: unlike
	 * a Solr rule, the general words still find themselves too
	 */
	static SynonymMap read(Language language, String rules, String concepts, Analyzer ruleAnalyzer) {
		SolrSynonymParser parser = new SolrSynonymParser(true, true, ruleAnalyzer);
		try {
			parser.parse(new StringReader(rules));
		}
		catch (ParseException | IOException | IllegalArgumentException ex) {
			throw badRule(ContentFile.SYNONYMS.pathIn(language), rules, ruleAnalyzer, ex);
		}
		List<String> lines = concepts.lines().toList();
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i).strip();
			if (!line.isEmpty() && !line.startsWith("#")) {
				addConcept(parser, line, ContentFile.CONCEPTS.pathIn(language), i + 1);
			}
		}
		try {
			return parser.build();
		}
		catch (IOException ex) {
			throw new UnindexableContentException(ContentFile.SYNONYMS.pathIn(language), 0,
					"cannot build the synonyms: " + ex.getMessage(), ex);
		}
	}

	private static void addConcept(SolrSynonymParser parser, String line, String file, int number) {
		String[] sides = line.split("=>", -1);
		if (sides.length != 2) {
			throw new UnindexableContentException(file, number,
					"not a concept rule: write 'general words => the content's words, ...' with one '=>' in '" + line
							+ "'",
					null);
		}
		List<CharsRef> general = words(parser, sides[0], file, number, "the general words before '=>'", line);
		List<CharsRef> meant = words(parser, sides[1], file, number, "the content's words after '=>'", line);
		for (CharsRef input : general) {
			for (CharsRef output : meant) {
				// Kept whole: "winter" still finds "winter" as well as "ski".
				parser.add(input, output, true);
			}
		}
	}

	private static List<CharsRef> words(SolrSynonymParser parser, String side, String file, int number, String field,
			String line) {
		List<String> entries = List.of(side.split(",", -1)).stream().map(String::strip).toList();
		if (entries.stream().anyMatch(String::isEmpty)) {
			throw new UnindexableContentException(file, number, field + " have an empty entry in '" + line + "'", null);
		}
		return entries.stream().map(entry -> {
			try {
				return parser.analyze(entry, new CharsRefBuilder());
			}
			catch (IOException | IllegalArgumentException ex) {
				throw new UnindexableContentException(file, number,
						field + ": '" + entry + "' is not a searchable entry (" + ex.getMessage() + ")", ex);
			}
		}).toList();
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

	private static void parse(String rules, Analyzer ruleAnalyzer) throws ParseException, IOException {
		SolrSynonymParser parser = new SolrSynonymParser(true, true, ruleAnalyzer);
		parser.parse(new StringReader(rules));
		parser.build();
	}

	private static String reason(Exception ex) {
		return ex.getCause() != null && ex.getCause().getMessage() != null ? ex.getCause().getMessage()
				: ex.getMessage();
	}

}
