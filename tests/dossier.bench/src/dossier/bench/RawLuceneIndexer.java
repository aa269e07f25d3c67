package dossier.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

import dossier.core.document.SourceDocument;

/**
 * The baseline: the same documents, already in memory, written with Lucene alone — the
 * same English analysis of the text fields with offsets, the metadata as exact fields with
 * doc values — and no entities, facets library or Dossier code in between.
 */
final class RawLuceneIndexer {

	private static final FieldType TEXT = new FieldType();
	static {
		TEXT.setTokenized(true);
		TEXT.setStored(true);
		TEXT.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
		TEXT.freeze();
	}

	private RawLuceneIndexer() {
	}

	static void index(List<SourceDocument> documents, Path folder) throws IOException {
		EnglishAnalyzer english = new EnglishAnalyzer();
		Analyzer analyzer = new PerFieldAnalyzerWrapper(new KeywordAnalyzer(),
				Map.of("title", english, "heading", english, "question", english, "answer", english, "text", english)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		IndexWriterConfig config = new IndexWriterConfig(analyzer).setRAMBufferSizeMB(64);
		try (FSDirectory directory = FSDirectory.open(folder); IndexWriter writer = new IndexWriter(directory, config)) {
			for (SourceDocument d : documents) {
				Document doc = new Document();
				doc.add(new StringField("id", d.id(), Field.Store.YES)); //$NON-NLS-1$
				text(doc, "title", d.title()); //$NON-NLS-1$
				text(doc, "heading", d.heading()); //$NON-NLS-1$
				text(doc, "question", d.question()); //$NON-NLS-1$
				text(doc, "answer", d.answer()); //$NON-NLS-1$
				text(doc, "text", d.text()); //$NON-NLS-1$
				exact(doc, "source", d.source()); //$NON-NLS-1$
				exact(doc, "house", d.house()); //$NON-NLS-1$
				exact(doc, "uin", d.uin()); //$NON-NLS-1$
				exact(doc, "department", d.department()); //$NON-NLS-1$
				exact(doc, "asking", d.askingMember()); //$NON-NLS-1$
				exact(doc, "answering", d.answeringMember()); //$NON-NLS-1$
				d.dateAnswered().ifPresent(date -> exact(doc, "answered", date.toString())); //$NON-NLS-1$
				writer.addDocument(doc);
			}
			writer.commit();
		}
	}

	private static void text(Document doc, String field, String value) {
		if (!value.isEmpty()) {
			doc.add(new Field(field, value, TEXT));
		}
	}

	private static void exact(Document doc, String field, String value) {
		if (!value.isEmpty()) {
			doc.add(new StringField(field, value, Field.Store.YES));
			doc.add(new SortedDocValuesField(field, new BytesRef(value)));
		}
	}
}
