package kz.hub.search.highlighting;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import kz.hub.content.Language;
import kz.hub.search.SampleContent;
import kz.hub.search.SearchResults;
import kz.hub.search.analysis.TextAnalysis;
import kz.hub.search.indexing.IndexFields;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Snippets of the hits, the second time from the texts kept the first time. */
class HitHighlighterTest {

	static final TextAnalysis analysis = new TextAnalysis("");

	@AutoClose
	static final DirectoryReader reader = SampleContent.openReader(analysis);

	private static Language[] english(int[] docs) {
		Language[] languages = new Language[docs.length];
		Arrays.fill(languages, Language.EN);
		return languages;
	}

	@Test
	void aHitHighlightedAgainGetsTheSameSnippetsFromTheTextsKept() throws IOException {
		IndexSearcher searcher = new IndexSearcher(reader);
		HitHighlighter highlighter = new HitHighlighter(searcher, analysis);
		Query lake = new TermQuery(new Term(IndexFields.TEXT, "lake"));
		int[] docs = Arrays.stream(searcher.search(lake, 10).scoreDocs).mapToInt(hit -> hit.doc).sorted().toArray();
		assertThat(docs).isNotEmpty();

		List<List<SearchResults.Highlight>> first = highlighter.highlights(lake, docs, english(docs));
		long keptBefore = highlighter.keptTexts().hitCount();
		List<List<SearchResults.Highlight>> again = highlighter.highlights(lake, docs, english(docs));

		assertThat(first).flatExtracting(highlights -> highlights)
			.extracting(SearchResults.Highlight::snippet)
			.anySatisfy(snippet -> assertThat(snippet).contains("<mark>lake</mark>"));
		assertThat(again).isEqualTo(first);
		assertThat(highlighter.keptTexts().hitCount()).isEqualTo(keptBefore + docs.length);
	}

}
