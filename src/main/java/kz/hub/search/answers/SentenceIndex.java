package kz.hub.search.answers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import kz.hub.content.Content;
import kz.hub.content.ContentItem;
import kz.hub.content.Explained;
import kz.hub.content.Language;
import kz.hub.content.Section;
import kz.hub.search.SearchIndex;
import kz.hub.search.analysis.TextAnalysis;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.Directory;

/**
 * Every sentence of the content as a Lucene document of its own, in each language it is
 * written in, beside the item it belongs to: an index apart from the items' own, so the
 * hit search never meets a sentence, and small (the prose once more). Each language has
 * its own fields, so how rare a word is counts among the sentences of its language.
 */
final class SentenceIndex implements AutoCloseable {

	private static final String ITEM = "item";

	private static final String SECTION = "section";

	private static final String POSITION = "position";

	/** The sentence's stems, stored so that weighing a sentence analyses nothing. */
	private static final String STEMS = "stems";

	/** The stems of the names of the sentence's item. */
	private static final String NAMES = "names";

	private final Directory directory;

	private final DirectoryReader reader;

	private final IndexSearcher searcher;

	private SentenceIndex(Directory directory) throws IOException {
		this.directory = directory;
		this.reader = DirectoryReader.open(directory);
		this.searcher = new IndexSearcher(reader);
	}

	/**
	 * A sentence found for a question.
	 *
	 * @param doc its document, earlier for an item than for a section that repeats it
	 * * @param text the sentence as written
	 * @param stems its words as its language's analysis writes them, in order
	 * @param names the words of its item's names, which the sentence speaks of, likewise
	 * @param position where it stands in its item's prose, from 0
	 * @param score Lucene's score of its words: shorter sentences that hold rarer words
	 * score higher
	 */
	record Sentence(int doc, String text, List<String> stems, List<String> names, String itemId, String sectionId,
			int position, float score) {
	}

	/** The field of the sentences of a language. */
	static String text(Language language) {
		return "text." + language.tag();
	}

	/** The field of the names of the sentences' items in a language. */
	static String context(Language language) {
		return "context." + language.tag();
	}

	/**
	 * Indexes the sentences of every item in every language it is written in: items
	 * before guide sections, which often repeat their words, so an item's sentence is
	 * found first.
	 */
	static SentenceIndex build(Content english, TextAnalysis analysis) {
		Map<String, Analyzer> fields = new HashMap<>();
		for (Language language : Language.values()) {
			fields.put(text(language), analysis.analyzerFor(language));
			fields.put(context(language), analysis.analyzerFor(language));
		}
		Directory directory = SearchIndex.inMemoryDirectory();
		IndexWriterConfig config = new IndexWriterConfig(new PerFieldAnalyzerWrapper(analysis.english, fields))
			.setOpenMode(IndexWriterConfig.OpenMode.CREATE);
		try (IndexWriter writer = new IndexWriter(directory, config)) {
			for (Language language : Language.values()) {
				for (ContentItem item : english.in(language).items()) {
					if (english.languagesOf(item.id()).contains(language)) {
						write(writer, item, language, analysis.analyzerFor(language));
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write the index of sentences", ex);
		}
		try {
			return new SentenceIndex(directory);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot open the index of sentences", ex);
		}
	}

	private static void write(IndexWriter writer, ContentItem item, Language language, Analyzer analyzer)
			throws IOException {
		String context = String.join("\n", item.names());
		String names = String.join(" ", TextAnalysis.words(analyzer, context));
		String section = switch (item) {
			case Section own -> own.id();
			case Explained explained -> explained.sectionId();
			default -> null;
		};
		List<String> sentences = ContentSentences.of(item, language);
		for (int position = 0; position < sentences.size(); position++) {
			Document doc = new Document();
			doc.add(new TextField(text(language), sentences.get(position), Field.Store.YES));
			doc.add(new TextField(context(language), context, Field.Store.NO));
			doc.add(new StoredField(STEMS, String.join(" ", TextAnalysis.words(analyzer, sentences.get(position)))));
			doc.add(new StoredField(NAMES, names));
			doc.add(new StoredField(ITEM, item.id()));
			if (section != null) {
				doc.add(new StoredField(SECTION, section));
			}
			doc.add(new StoredField(POSITION, position));
			writer.addDocument(doc);
		}
	}

	/** The best sentences of a language for a query, best first. */
	List<Sentence> search(Query query, Language language, int most) {
		try {
			ScoreDoc[] found = searcher.search(query, most).scoreDocs;
			StoredFields stored = searcher.storedFields();
			List<Sentence> sentences = new ArrayList<>(found.length);
			for (ScoreDoc hit : found) {
				Document doc = stored.document(hit.doc);
				sentences.add(new Sentence(hit.doc, doc.get(text(language)), words(doc.get(STEMS)),
						words(doc.get(NAMES)), doc.get(ITEM), doc.get(SECTION),
						doc.getField(POSITION).numericValue().intValue(), hit.score));
			}
			return sentences;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<String> words(String stored) {
		return stored.isEmpty() ? List.of() : List.of(stored.split(" "));
	}

	/** How many sentences of the field hold the word. */
	int sentencesWith(String field, String word) {
		try {
			return reader.docFreq(new Term(field, word));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** How many sentences a language has. */
	int sentencesIn(Language language) {
		try {
			return reader.getDocCount(text(language));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() throws IOException {
		reader.close();
		directory.close();
	}

}
