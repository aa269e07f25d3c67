package dossier.catalog.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.RegistryFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

import dossier.core.catalog.DocumentRef;
import dossier.core.entity.EntityKinds;
import dossier.core.index.SearchRequest;
import dossier.core.xref.Comparison;
import dossier.core.xref.CooccurrenceMatrix;
import dossier.core.xref.EntityGraph;
import dossier.core.xref.EntityRef;
import dossier.core.xref.GraphExport;
import dossier.core.xref.RelatedDocument;
import dossier.core.xref.Timeline;
import dossier.extract.internal.DefaultEntityExtractor;
import dossier.importers.internal.DefaultImportService;
import dossier.importers.internal.ImporterRegistry;
import dossier.index.internal.LuceneDocumentIndex;

/**
 * Cross-references of the two sample answers alone, and of the samples with the real
 * parlparse written answers and statements and a month of written questions, imported with
 * extraction; the counts are
 * checked against searches of the index.
 */
class CrossReferencesTest {

	private static final NullProgressMonitor MONITOR = new NullProgressMonitor();
	private static final EntityRef SOCA = EntityRef.of(EntityKinds.AGENCY, "SOCA");
	private static final EntityRef UKHTC = EntityRef.of(EntityKinds.AGENCY, "UKHTC");
	private static final EntityRef HOME_OFFICE = EntityRef.of(EntityKinds.AGENCY, "Home Office");
	private static final EntityRef NIGERIA = EntityRef.of(EntityKinds.COUNTRY, "NG");

	@TempDir
	static Path folder;
	private static LuceneDocumentIndex samples;
	private static IndexEntityCatalog samplesXref;
	private static LuceneDocumentIndex corpus;
	private static IndexEntityCatalog corpusXref;

	@BeforeAll
	static void importSamplesAndParlparse() throws IOException {
		Path root = IndexEntityCatalogTest.corpus();
		samples = new LuceneDocumentIndex(folder.resolve("samples"));
		importer(samples).importPaths(List.of(root.resolve("samples")), MONITOR);
		samplesXref = new IndexEntityCatalog(samples);
		corpus = new LuceneDocumentIndex(folder.resolve("corpus"));
		importer(corpus).importPaths(List.of(root.resolve("samples"), root.resolve("parlparse"),
				root.resolve("written-questions/commons-2023-12.json.gz")), MONITOR);
		corpusXref = new IndexEntityCatalog(corpus);
	}

	private static DefaultImportService importer(LuceneDocumentIndex index) {
		return new DefaultImportService(index, ImporterRegistry.read(RegistryFactory.getRegistry()),
				new DefaultEntityExtractor());
	}

	@AfterAll
	static void close() throws IOException {
		samples.close();
		corpus.close();
	}

	private static long searchCount(String query) throws Exception {
		return corpus.search(SearchRequest.of(query).withLimit(1)).totalHits();
	}

	private static String clause(EntityRef e) {
		return e.kind() + ":\"" + e.id().replace("\"", "\\\"") + "\"";
	}

	@Test
	void homeOfficeByNigeriaCountsTheDocumentsASearchFinds() throws Exception {
		CooccurrenceMatrix matrix = corpusXref.cooccurrence(EntityKinds.AGENCY, EntityKinds.COUNTRY, null, MONITOR);
		int row = matrix.rowOf(HOME_OFFICE.kind(), HOME_OFFICE.id());
		int column = matrix.columnOf(NIGERIA.kind(), NIGERIA.id());
		assertTrue(row >= 0 && column >= 0, "Home Office and NG are in the matrix");
		long searched = searchCount("agency:\"Home Office\" AND country:NG");
		assertEquals(searched, matrix.count(row, column));
		// the Home Office's busiest country in these files, for a cell that is surely not empty
		int busiest = 0;
		for (int c = 1; c < matrix.columns().size(); c++) {
			busiest = matrix.count(row, c) > matrix.count(row, busiest) ? c : busiest;
		}
		String both = "agency:\"Home Office\" AND " + clause(ref(matrix.columns().get(busiest)));
		assertTrue(matrix.count(row, busiest) > 0);
		assertEquals(searchCount(both), matrix.count(row, busiest), both);
		List<DocumentRef> documents = corpusXref.documents(matrix.cell(row, busiest), null, MONITOR);
		assertEquals(corpus.ids(SearchRequest.of(both)), documents.stream().map(DocumentRef::id).collect(Collectors.toSet()));
	}

	@Test
	void everyCellOfTheBusiestRowsAndColumnsAgreesWithASearch() throws Exception {
		CooccurrenceMatrix matrix = corpusXref.cooccurrence(EntityKinds.AGENCY, EntityKinds.COUNTRY, null, MONITOR);
		assertTrue(matrix.rows().size() > 5 && matrix.columns().size() > 5);
		for (int r = 0; r < 6; r++) {
			assertEquals(searchCount(clause(ref(matrix.rows().get(r)))), matrix.rows().get(r).documents());
			for (int c = 0; c < 6; c++) {
				List<EntityRef> cell = matrix.cell(r, c);
				assertEquals(searchCount(clause(cell.get(0)) + " AND " + clause(cell.get(1))), matrix.count(r, c),
						cell.toString());
			}
		}
	}

	@Test
	void aRestrictedMatrixCountsOnlyTheDocumentsOfTheSearch() throws Exception {
		SearchRequest trafficking = SearchRequest.of("trafficking");
		CooccurrenceMatrix matrix = corpusXref.cooccurrence(EntityKinds.AGENCY, EntityKinds.COUNTRY, trafficking,
				MONITOR);
		assertFalse(matrix.rows().isEmpty());
		for (int r = 0; r < Math.min(4, matrix.rows().size()); r++) {
			for (int c = 0; c < Math.min(4, matrix.columns().size()); c++) {
				List<EntityRef> cell = matrix.cell(r, c);
				String both = "trafficking AND " + clause(cell.get(0)) + " AND " + clause(cell.get(1));
				assertEquals(searchCount(both), matrix.count(r, c), both);
				assertEquals(searchCount(both), corpusXref.documents(cell, trafficking, MONITOR).size(), both);
			}
		}
		CooccurrenceMatrix filtered = corpusXref.cooccurrence(EntityKinds.AGENCY, EntityKinds.COUNTRY,
				SearchRequest.of("").withFilter("department", "Home Office"), MONITOR);
		int row = filtered.rowOf(HOME_OFFICE.kind(), HOME_OFFICE.id());
		int column = filtered.columnOf(NIGERIA.kind(), NIGERIA.id());
		long searched = corpus.search(SearchRequest.of("agency:\"Home Office\" AND country:NG")
				.withFilter("department", "Home Office").withLimit(1)).totalHits();
		assertEquals(searched, row < 0 || column < 0 ? 0 : filtered.count(row, column));
	}

	private static EntityRef ref(dossier.core.entity.EntityCount count) {
		return new EntityRef(count.kind(), count.id(), count.name());
	}

	@Test
	void theSamplesGraphLinksSocaWithPentameterAndUkhtcWithSoca() throws Exception {
		EntityGraph graph = samplesXref.graph(List.of(), 200, 1, null, MONITOR);
		List<String> operations = graph.nodes().stream().filter(n -> n.kind().equals(EntityKinds.OPERATION))
				.map(EntityGraph.Node::id).toList();
		assertTrue(operations.contains("Pentameter 2"), operations.toString());
		assertTrue(graph.weight(SOCA, EntityRef.of(EntityKinds.OPERATION, "Pentameter 2")) > 0);
		assertEquals(2, graph.weight(UKHTC, SOCA));
		for (EntityGraph.Edge edge : graph.edges()) {
			assertTrue(edge.source() < edge.target() && edge.weight() >= 1);
		}
		EntityGraph heavy = samplesXref.graph(List.of(), 200, 2, null, MONITOR);
		assertTrue(heavy.edges().stream().allMatch(e -> e.weight() >= 2));
		assertTrue(heavy.edges().size() < graph.edges().size());
		assertEquals(5, samplesXref.graph(List.of(), 5, 1, null, MONITOR).nodes().size());
	}

	@Test
	void theCorpusGraphWeighsEdgesByTheDocumentsASearchFinds() throws Exception {
		EntityGraph graph = corpusXref.graph(List.of(), 200, 1, null, MONITOR);
		assertEquals(200, graph.nodes().size());
		for (EntityGraph.Edge edge : graph.edges().subList(0, 5)) {
			EntityRef a = graph.nodes().get(edge.source()).ref();
			EntityRef b = graph.nodes().get(edge.target()).ref();
			assertEquals(searchCount(clause(a) + " AND " + clause(b)), edge.weight(), a + " " + b);
		}
	}

	@Test
	void gexfAndGraphMlParseWithTheGraphsNodesAndEdges() throws Exception {
		EntityGraph graph = corpusXref.graph(List.of(), 200, 2, null, MONITOR);
		StringWriter gexf = new StringWriter();
		GraphExport.write(graph, GraphExport.Format.GEXF, gexf);
		Document parsed = parse(gexf.toString());
		assertEquals("gexf", parsed.getDocumentElement().getLocalName());
		assertEquals(graph.nodes().size(), parsed.getElementsByTagNameNS("http://gexf.net/1.3", "node").getLength());
		assertEquals(graph.edges().size(), parsed.getElementsByTagNameNS("http://gexf.net/1.3", "edge").getLength());
		StringWriter graphMl = new StringWriter();
		GraphExport.write(graph, GraphExport.Format.GRAPHML, graphMl);
		Document ml = parse(graphMl.toString());
		String ns = "http://graphml.graphdrawing.org/xmlns";
		assertEquals(graph.nodes().size(), ml.getElementsByTagNameNS(ns, "node").getLength());
		assertEquals(graph.edges().size(), ml.getElementsByTagNameNS(ns, "edge").getLength());
	}

	@Test
	void exportedNamesSurviveMarkupQuotesAndControlCharacters() throws Exception {
		String nasty = "Smith & \"Sons\" <Ltd> 'A'\u0001\uD83D\uDE00";
		EntityGraph graph = new EntityGraph(List.of(new EntityGraph.Node("agency", "a&b", nasty, 1, 2),
				new EntityGraph.Node("country", "NG", "Nigeria", 1, 1)), List.of(new EntityGraph.Edge(0, 1, 1)));
		StringWriter gexf = new StringWriter();
		GraphExport.gexf(graph, gexf);
		Document parsed = parse(gexf.toString());
		org.w3c.dom.Element node = (org.w3c.dom.Element) parsed.getElementsByTagNameNS("http://gexf.net/1.3", "node").item(0);
		assertEquals(nasty.replace("\u0001", ""), node.getAttribute("label"));
		StringWriter graphMl = new StringWriter();
		GraphExport.graphMl(graph, graphMl);
		assertTrue(parse(graphMl.toString()).getDocumentElement().getTextContent().contains("a&b"));
	}

	private static Set<String> keys(List<EntityRef> entities) {
		return entities.stream().map(EntityRef::key).collect(Collectors.toSet());
	}

	/** Parses as an untrusted file would be: no DTDs, no external entities. */
	private static Document parse(String xml) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		factory.setXIncludeAware(false);
		factory.setExpandEntityReferences(false);
		DocumentBuilder builder = factory.newDocumentBuilder();
		return builder.parse(new InputSource(new StringReader(xml)));
	}

	private static String sampleId(LuceneDocumentIndex index, String file) throws Exception {
		List<String> ids = new ArrayList<>();
		index.forEachMatch(SearchRequest.of(""), d -> {
			if (d.source().endsWith(file)) {
				ids.add(d.id());
			}
		});
		assertEquals(1, ids.size(), file);
		return ids.get(0);
	}

	@Test
	void aSampleAnswersRelatedDocumentsIncludeTheOtherWithSharedTermsAndEntities() throws Exception {
		String part1 = sampleId(samples, "trafficking-answers-part1.txt");
		String part2 = sampleId(samples, "trafficking-answers-part2.txt");
		List<RelatedDocument> related = samplesXref.related(part1, 10, MONITOR);
		RelatedDocument other = related.stream().filter(r -> r.document().id().equals(part2)).findFirst().orElseThrow();
		assertTrue(keys(other.sharedEntities()).containsAll(Set.of(SOCA.key(), UKHTC.key())),
				other.sharedEntities().toString());
		assertTrue(other.sharedTerms().contains("traffick"), other.sharedTerms().toString());
		assertTrue(other.score() > 0 && other.score() <= 1);

		String corpusPart1 = sampleId(corpus, "trafficking-answers-part1.txt");
		List<RelatedDocument> inCorpus = corpusXref.related(corpusPart1, 10, MONITOR);
		assertFalse(inCorpus.isEmpty());
		assertTrue(inCorpus.stream().noneMatch(r -> r.document().id().equals(corpusPart1)));
		for (int i = 1; i < inCorpus.size(); i++) {
			assertTrue(inCorpus.get(i - 1).score() >= inCorpus.get(i).score());
		}
		assertTrue(corpusXref.related("no such document", 10, MONITOR).isEmpty());
	}

	@Test
	void comparingTheSamplesSplitsTheirEntities() throws Exception {
		String part1 = sampleId(samples, "trafficking-answers-part1.txt");
		String part2 = sampleId(samples, "trafficking-answers-part2.txt");
		Comparison comparison = samplesXref.compare(part1, part2, MONITOR).orElseThrow();
		assertTrue(keys(comparison.shared()).contains(SOCA.key()), comparison.shared().toString());
		Set<EntityRef> left = new HashSet<>(comparison.shared());
		left.addAll(comparison.onlyLeft());
		Set<EntityRef> inPart1 = new HashSet<>();
		samples.get(part1).orElseThrow().mentions()
				.forEach(m -> inPart1.add(new EntityRef(m.kind(), m.entityId(), m.entityName())));
		assertEquals(inPart1.stream().map(EntityRef::key).collect(Collectors.toSet()),
				left.stream().map(EntityRef::key).collect(Collectors.toSet()));
		assertTrue(comparison.onlyLeft().stream().noneMatch(comparison.onlyRight()::contains));
		assertTrue(samplesXref.compare(part1, "no such document", MONITOR).isEmpty());
	}

	@Test
	void theTimelineCountsDocumentsPerPeriodLikeADateSearch() throws Exception {
		Timeline months = corpusXref.timeline(List.of(HOME_OFFICE, NIGERIA), Timeline.Granularity.MONTH, null, MONITOR);
		assertEquals(2, months.series().size());
		Timeline.Series homeOffice = months.series().get(0);
		assertEquals("Home Office", homeOffice.entity().name());
		for (int i = 0; i < months.periods().size(); i++) {
			String month = months.periods().get(i);
			long searched = searchCount("agency:\"Home Office\" AND answered:[" + month + "-01 TO " + month + "-31]");
			assertEquals(searched, homeOffice.documents().get(i).longValue(), month);
		}
		Timeline years = corpusXref.timeline(List.of(HOME_OFFICE), Timeline.Granularity.YEAR, null, MONITOR);
		assertEquals(homeOffice.total(), years.series().get(0).total());
	}
}
