package kz.hub.search.indexing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import kz.hub.content.ApplicationStep;
import kz.hub.content.Content;
import kz.hub.content.ContentItem;
import kz.hub.content.Destination;
import kz.hub.content.Guide;
import kz.hub.content.Language;
import kz.hub.content.Location;
import kz.hub.content.Permit;
import kz.hub.content.RequiredDocument;
import kz.hub.content.Requirement;
import kz.hub.content.Section;
import kz.hub.search.analysis.TextAnalysis;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.store.Directory;

/**
 * Writes the search index: one Lucene document per guide, section, permit, requirement,
 * document, step and destination in each language it is written in (English, Russian,
 * Kazakh), its prose analysed in that language and its names folded alike in all.
 */
public final class ContentIndexer {

	/**
	 * Stored prose with offsets in the postings, so the highlighter needs no re-analysis.
	 */
	private static final FieldType HIGHLIGHTED_TEXT = highlightedText();

	private static final double RAM_BUFFER_MB = 256;

	private final TextAnalysis analysis;

	private final SectionSubjects subjects;

	public ContentIndexer(TextAnalysis analysis, SectionSubjects subjects) {
		this.analysis = analysis;
		this.subjects = subjects;
	}

	/**
	 * The analyzer of the document being written: prose in the document's language, names
	 * and words folded alike in every language, names in Latin letters.
	 */
	private final class DocumentAnalyzer extends DelegatingAnalyzerWrapper {

		/** Set before each document; the writer analyses it on the calling thread. */
		private Language language = Language.EN;

		DocumentAnalyzer() {
			super(PER_FIELD_REUSE_STRATEGY);
		}

		@Override
		protected Analyzer getWrappedAnalyzer(String fieldName) {
			return switch (fieldName) {
				case IndexFields.NAMES, IndexFields.WORDS -> analysis.folded;
				case IndexFields.LATIN -> analysis.latin;
				default -> analysis.analyzerFor(language);
			};
		}

	}

	/**
	 * Writes a document per item and language it is written in: English for every item,
	 * Russian and Kazakh where translated.
	 */
	public void write(Content english, Directory directory) {
		write(english, directory, Map.of());
	}

	/**
	 * Writes the documents as {@link #write(Content, Directory)} does, each English one
	 * with its sentence vector where the vectors have one.
	 * @param vectors the vector of each item's English text by item id
	 */
	public void write(Content english, Directory directory, Map<String, float[]> vectors) {
		DocumentAnalyzer analyzer = new DocumentAnalyzer();
		// A buffer large enough for the whole content flushes once, into one segment,
		// with no merging to wait for.
		IndexWriterConfig config = new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE)
			.setRAMBufferSizeMB(RAM_BUFFER_MB);
		try (IndexWriter writer = new IndexWriter(directory, config)) {
			for (Language language : Language.values()) {
				analyzer.language = language;
				for (ContentItem item : english.in(language).items()) {
					if (english.languagesOf(item.id()).contains(language)) {
						Document doc = document(item, language);
						float[] vector = language == Language.EN ? vectors.get(item.id()) : null;
						if (vector != null) {
							doc.add(new KnnFloatVectorField(IndexFields.MEANING, vector,
									VectorSimilarityFunction.COSINE));
						}
						writer.addDocument(doc);
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write the search index", ex);
		}
	}

	private Document document(ContentItem item, Language language) {
		Document doc = new Document();
		doc.add(new KeywordField(IndexFields.ID, item.id(), Field.Store.NO));
		doc.add(new KeywordField(IndexFields.LANGUAGE, language.tag(), Field.Store.NO));
		List<String> names = item.names();
		title(doc, names.getFirst());
		for (String name : names) {
			doc.add(new TextField(IndexFields.NAMES, name, Field.Store.NO));
			doc.add(new TextField(IndexFields.LATIN, name, Field.Store.NO));
		}
		switch (item) {
			case Guide guide -> {
				text(doc, IndexFields.DETAILS, guide.tags());
				text(doc, IndexFields.TEXT, List.of(guide.summary()));
			}
			case Section section -> {
				text(doc, IndexFields.TEXT, List.of(section.text()));
				// A section about a place is found inside a circle around the place.
				if (subjects.hitOf(section) instanceof Destination place) {
					location(doc, place.location());
				}
			}
			case Permit permit -> {
				text(doc, IndexFields.DETAILS, List.of(permit.issuingAuthority()));
				text(doc, IndexFields.TEXT, List.of(permit.summary(), permit.description()));
			}
			case Requirement requirement -> text(doc, IndexFields.TEXT, List.of(requirement.description()));
			case RequiredDocument document -> text(doc, IndexFields.TEXT, List.of(document.description()));
			case ApplicationStep step -> text(doc, IndexFields.TEXT, List.of(step.description()));
			case Destination destination -> destination(doc, destination);
		}
		return doc;
	}

	private void destination(Document doc, Destination destination) {
		text(doc, IndexFields.ALIASES, destination.aliases());
		text(doc, IndexFields.DETAILS,
				Stream
					.of(destination.attractions(), destination.activities(), destination.wildlife(),
							List.of(destination.region()))
					.flatMap(List::stream)
					.toList());
		text(doc, IndexFields.TEXT, List.of(destination.summary(), destination.description()));
		location(doc, destination.location());
	}

	private static void location(Document doc, Location location) {
		doc.add(new LatLonPoint(IndexFields.LOCATION, location.latitude(), location.longitude()));
	}

	private static void title(Document doc, String title) {
		doc.add(new Field(IndexFields.TITLE, title, HIGHLIGHTED_TEXT));
		doc.add(new TextField(IndexFields.WORDS, title, Field.Store.NO));
	}

	private static void text(Document doc, String field, List<String> values) {
		for (String value : values) {
			doc.add(new Field(field, value, HIGHLIGHTED_TEXT));
			doc.add(new TextField(IndexFields.WORDS, value, Field.Store.NO));
		}
	}

	private static FieldType highlightedText() {
		FieldType type = new FieldType(TextField.TYPE_STORED);
		type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
		type.freeze();
		return type;
	}

}
