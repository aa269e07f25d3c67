package dossier.index.internal;

import static dossier.core.index.IndexField.ANSWER;
import static dossier.core.index.IndexField.ANSWERED;
import static dossier.core.index.IndexField.ANSWERING;
import static dossier.core.index.IndexField.ASKING;
import static dossier.core.index.IndexField.BODY;
import static dossier.core.index.IndexField.DEPARTMENT;
import static dossier.core.index.IndexField.HEADING;
import static dossier.core.index.IndexField.HOUSE;
import static dossier.core.index.IndexField.ID;
import static dossier.core.index.IndexField.KIND;
import static dossier.core.index.IndexField.QUESTION;
import static dossier.core.index.IndexField.SOURCE;
import static dossier.core.index.IndexField.TABLED;
import static dossier.core.index.IndexField.TITLE;
import static dossier.core.index.IndexField.UIN;
import static dossier.core.index.IndexField.YEAR;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;

import dossier.core.document.SourceDocument;
import dossier.core.entity.Mention;
import dossier.core.index.IndexField;

/** The Lucene fields of a document, and the mapping to and from {@link SourceDocument}. */
final class IndexFields {

	/** the answer date as an epoch day, for sorting */
	static final String ANSWERED_SORT = "answered.sort"; //$NON-NLS-1$
	static final String FINGERPRINT = "fingerprint"; //$NON-NLS-1$
	static final String GROUPED = "grouped"; //$NON-NLS-1$
	static final String TRUNCATED = "truncated"; //$NON-NLS-1$
	static final String PAGES = "pages"; //$NON-NLS-1$
	static final String ATTRIBUTE_PREFIX = "attr."; //$NON-NLS-1$

	static final String MENTIONS = "mentions"; //$NON-NLS-1$

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

	/**
	 * @return the facet configuration: metadata facets hold one value per document, entity
	 *         kinds several
	 */
	static FacetsConfig facetsConfig() {
		FacetsConfig config = new FacetsConfig();
		IndexField.ENTITY_FACETS.forEach(kind -> config.setMultiValued(kind, true));
		return config;
	}

	static Document toLucene(SourceDocument source, String fingerprint, FacetsConfig facets) throws IOException {
		Document doc = new Document();
		doc.add(new StringField(ID, source.id(), Field.Store.YES));
		text(doc, TITLE, source.title());
		text(doc, HEADING, source.heading());
		text(doc, QUESTION, source.question());
		text(doc, ANSWER, source.answer());
		text(doc, BODY, source.text());
		exact(doc, SOURCE, source.source());
		exact(doc, KIND, source.kind());
		exact(doc, HOUSE, source.house());
		exact(doc, UIN, source.uin());
		exact(doc, DEPARTMENT, source.department());
		exact(doc, ASKING, source.askingMember());
		exact(doc, ANSWERING, source.answeringMember());
		source.dateTabled().ifPresent(d -> exact(doc, TABLED, d.toString()));
		source.dateAnswered().ifPresent(d -> {
			exact(doc, ANSWERED, d.toString());
			doc.add(new NumericDocValuesField(ANSWERED_SORT, d.toEpochDay()));
			exact(doc, YEAR, Integer.toString(d.getYear()));
			doc.add(new SortedSetDocValuesFacetField(YEAR, Integer.toString(d.getYear())));
		});
		facet(doc, DEPARTMENT, source.department());
		facet(doc, HOUSE, source.house());
		facet(doc, ASKING, source.askingMember());
		facet(doc, ANSWERING, source.answeringMember());
		facet(doc, KIND, source.kind());
		if (source.truncated()) {
			exact(doc, TRUNCATED, "true"); //$NON-NLS-1$
		}
		source.groupedIds().forEach(id -> exact(doc, GROUPED, id));
		if (!source.pageStarts().isEmpty()) {
			doc.add(new StoredField(PAGES, String.join(",", source.pageStarts().stream().map(String::valueOf).toList()))); //$NON-NLS-1$
		}
		if (!source.url().isEmpty()) {
			doc.add(new StoredField("url", source.url())); //$NON-NLS-1$
		}
		source.attributes().forEach((k, v) -> doc.add(new StoredField(ATTRIBUTE_PREFIX + k, v)));
		mentions(doc, source, facets);
		if (fingerprint != null && !fingerprint.isEmpty()) {
			doc.add(new StoredField(FINGERPRINT, fingerprint));
		}
		return facets.build(doc);
	}

	/** Each mentioned entity's id in a field named after its kind, as a facet too; the mentions stored. */
	private static void mentions(Document doc, SourceDocument source, FacetsConfig facets) {
		if (source.mentions().isEmpty()) {
			return;
		}
		Set<String> seen = new HashSet<>();
		for (Mention mention : source.mentions()) {
			if (!seen.add(mention.kind() + '\u0000' + mention.entityId())) {
				continue;
			}
			doc.add(new StringField(mention.kind(), mention.entityId(), Field.Store.NO));
			if (IndexField.ENTITY_FACETS.contains(mention.kind())) {
				doc.add(new SortedSetDocValuesFacetField(mention.kind(), mention.entityId()));
			}
		}
		doc.add(new StoredField(MENTIONS, MentionCodec.encode(source.mentions())));
	}

	private static void text(Document doc, String field, String value) {
		if (!value.isEmpty()) {
			doc.add(new Field(field, value, TEXT_WITH_OFFSETS));
		}
	}

	private static void exact(Document doc, String field, String value) {
		if (!value.isEmpty()) {
			doc.add(new StringField(field, value, Field.Store.YES));
		}
	}

	private static void facet(Document doc, String field, String value) {
		if (!value.isEmpty()) {
			doc.add(new SortedSetDocValuesFacetField(field, value));
		}
	}

	static SourceDocument fromLucene(Document doc) {
		SourceDocument.Builder b = SourceDocument.builder(doc.get(ID)).title(doc.get(TITLE)).text(orEmpty(doc, BODY))
				.source(doc.get(SOURCE)).kind(doc.get(KIND)).heading(doc.get(HEADING)).question(doc.get(QUESTION))
				.answer(doc.get(ANSWER)).house(doc.get(HOUSE)).uin(doc.get(UIN)).department(doc.get(DEPARTMENT))
				.askingMember(doc.get(ASKING)).answeringMember(doc.get(ANSWERING)).url(doc.get("url")) //$NON-NLS-1$
				.dateTabled(date(doc, TABLED).orElse(null)).dateAnswered(date(doc, ANSWERED).orElse(null))
				.truncated(doc.get(TRUNCATED) != null).groupedIds(Arrays.asList(doc.getValues(GROUPED)));
		b.mentions(MentionCodec.decode(doc.get(MENTIONS), orEmpty(doc, BODY)));
		String pages = doc.get(PAGES);
		if (pages != null) {
			b.pageStarts(Arrays.stream(pages.split(",")).map(Integer::valueOf).toList()); //$NON-NLS-1$
		}
		for (IndexableField field : doc.getFields()) {
			if (field.name().startsWith(ATTRIBUTE_PREFIX)) {
				b.attribute(field.name().substring(ATTRIBUTE_PREFIX.length()), field.stringValue());
			}
		}
		return b.build();
	}

	static Optional<LocalDate> date(Document doc, String field) {
		String value = doc.get(field);
		return value == null ? Optional.empty() : Optional.of(LocalDate.parse(value));
	}

	private static String orEmpty(Document doc, String field) {
		String value = doc.get(field);
		return value == null ? "" : value; //$NON-NLS-1$
	}
}
