package dossier.index.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dossier.core.document.SourceDocument;
import dossier.core.entity.EntityCount;
import dossier.core.entity.Mention;
import dossier.core.index.IndexField;
import dossier.core.index.SearchRequest;
import dossier.core.index.SearchResult;

/** Mentions are stored with their documents, searchable by entity id, and counted as facets. */
class EntityIndexTest {

	private LuceneDocumentIndex index;
	private SourceDocument part1;

	@BeforeEach
	void indexTheSamplesWithMentions() throws IOException {
		index = new LuceneDocumentIndex(new ByteBuffersDirectory());
		SourceDocument raw1 = Corpus.sample("trafficking-answers-part1.txt");
		SourceDocument raw2 = Corpus.sample("trafficking-answers-part2.txt");
		part1 = raw1.toBuilder().mentions(List.of(mention(raw1, "agency", "UKHTC", "UK Human Trafficking Centre"),
				mention(raw1, "agency", "SOCA", "Serious Organised Crime Agency"),
				mention(raw1, "agency", "Serious Organised Crime Agency", "Serious Organised Crime Agency", "SOCA"),
				fundingOf(raw1, "£4.5million", "UKHTC", "4500000"))).build();
		SourceDocument doc2 = raw2.toBuilder()
				.mentions(List.of(mention(raw2, "agency", "SOCA", "Serious Organised Crime Agency"),
						mention(raw2, "operation", "Pentameter 2", "Operation Pentameter 2")))
				.build();
		index.add(List.of(part1, doc2));
	}

	@AfterEach
	void close() throws IOException {
		index.close();
	}

	private static Mention mention(SourceDocument doc, String kind, String surface, String name) {
		return mention(doc, kind, surface, name, surface);
	}

	private static Mention mention(SourceDocument doc, String kind, String surface, String name, String id) {
		int start = doc.text().indexOf(surface);
		return new Mention(kind, start, start + surface.length(), surface, id, name, Map.of());
	}

	private static Mention fundingOf(SourceDocument doc, String surface, String recipient, String amount) {
		int start = doc.text().indexOf(surface);
		return new Mention("funding", start, start + surface.length(), surface, recipient, surface,
				Map.of("amount", amount, "currency", "GBP", "recipient", recipient, "funding", "true"));
	}

	@Test
	void mentionsRoundTripWithTheirAttributes() throws Exception {
		assertEquals(part1.mentions(), index.get(part1.id()).orElseThrow().mentions());
	}

	@Test
	void documentsAreFoundByEntityId() throws Exception {
		assertEquals(2, index.search(SearchRequest.of("agency:SOCA")).totalHits());
		assertEquals(1, index.search(SearchRequest.of("agency:UKHTC")).totalHits());
		assertEquals(1, index.search(SearchRequest.of("operation:\"Pentameter 2\"")).totalHits());
		assertEquals(1, index.search(SearchRequest.of("funding:UKHTC")).totalHits());
		assertEquals(0, index.search(SearchRequest.of("agency:soca")).totalHits());
	}

	@Test
	void entityKindsAreFacetsAndFilters() throws Exception {
		SearchResult result = index.search(SearchRequest.of("").withFacets(IndexField.ENTITY_FACETS));

		assertEquals(2, result.facet("agency").orElseThrow().count("SOCA"));
		assertEquals(1, result.facet("agency").orElseThrow().count("UKHTC"));
		assertEquals(1, result.facet("operation").orElseThrow().count("Pentameter 2"));
		assertEquals(1, index.search(SearchRequest.of("").withFilter("agency", "UKHTC")).totalHits());
	}

	@Test
	void entityCountsGiveDocumentsAndMentions() throws Exception {
		List<EntityCount> agencies = index.entities("agency", SearchRequest.of(""));

		assertEquals(new EntityCount("agency", "SOCA", "Serious Organised Crime Agency", 2, 3), agencies.get(0));
		assertEquals(new EntityCount("agency", "UKHTC", "UK Human Trafficking Centre", 1, 1), agencies.get(1));
		assertEquals(1, index.entities("agency", SearchRequest.of("Gloucestershire")).stream()
				.filter(e -> e.id().equals("SOCA")).findFirst().orElseThrow().documents());
	}
}
