package dossier.index.internal;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;

import dossier.core.document.SourceDocument;

/** The Lucene fields of a document, and the mapping to and from {@link SourceDocument}. */
final class IndexFields {

	static final String ID = "id"; //$NON-NLS-1$
	static final String TITLE = "title"; //$NON-NLS-1$
	static final String BODY = "body"; //$NON-NLS-1$
	static final String SOURCE = "source"; //$NON-NLS-1$
	static final String KIND = "kind"; //$NON-NLS-1$

	/** The fields a query without a field name searches. */
	static final String[] SEARCHED = { TITLE, BODY };

	/** Full text, stored, with offsets in the postings so highlighting needs no re-analysis. */
	private static final FieldType TEXT_WITH_OFFSETS = new FieldType();
	static {
		TEXT_WITH_OFFSETS.setTokenized(true);
		TEXT_WITH_OFFSETS.setStored(true);
		TEXT_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
		TEXT_WITH_OFFSETS.freeze();
	}

	private IndexFields() {
	}

	static Document toLucene(SourceDocument source) {
		Document doc = new Document();
		doc.add(new StringField(ID, source.id(), Field.Store.YES));
		doc.add(new Field(TITLE, source.title(), TEXT_WITH_OFFSETS));
		doc.add(new Field(BODY, source.text(), TEXT_WITH_OFFSETS));
		doc.add(new StoredField(SOURCE, source.source()));
		doc.add(new StringField(KIND, source.kind(), Field.Store.YES));
		return doc;
	}

	static SourceDocument fromLucene(Document doc) {
		return new SourceDocument(doc.get(ID), doc.get(TITLE), doc.get(BODY), doc.get(SOURCE), doc.get(KIND));
	}
}
