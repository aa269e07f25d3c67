package dossier.catalog.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.RegistryFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dossier.core.catalog.EntityPage;
import dossier.core.catalog.EntitySummary;
import dossier.core.catalog.FundingFact;
import dossier.core.catalog.Passage;
import dossier.core.entity.EntityCount;
import dossier.core.entity.EntityKinds;
import dossier.core.index.SearchRequest;
import dossier.extract.internal.DefaultEntityExtractor;
import dossier.importers.internal.DefaultImportService;
import dossier.importers.internal.ImporterRegistry;
import dossier.index.internal.LuceneDocumentIndex;

/** The catalog gathered from the two sample answers and a day of real written answers, imported with extraction. */
class IndexEntityCatalogTest {

	private static final NullProgressMonitor MONITOR = new NullProgressMonitor();

	@TempDir
	Path folder;
	private LuceneDocumentIndex index;
	private DefaultImportService importer;
	private IndexEntityCatalog catalog;

	@BeforeEach
	void importSamples() throws IOException {
		index = new LuceneDocumentIndex(folder.resolve("index"));
		importer = new DefaultImportService(index, ImporterRegistry.read(RegistryFactory.getRegistry()),
				new DefaultEntityExtractor());
		importer.importPaths(List.of(corpus().resolve("samples")), MONITOR);
		catalog = new IndexEntityCatalog(index);
	}

	@AfterEach
	void close() throws IOException {
		index.close();
	}

	static Path corpus() {
		return Path.of(System.getProperty("dossier.corpus"));
	}

	private Map<String, EntitySummary> byId(String kind) throws IOException {
		return catalog.entities(kind, MONITOR).stream().collect(Collectors.toMap(EntitySummary::id, Function.identity()));
	}

	@Test
	void fundingFromTheSamplesGoesToItsRecipients() throws IOException {
		Map<String, EntitySummary> agencies = byId(EntityKinds.AGENCY);
		assertEquals(0, new BigDecimal("4500000").compareTo(agencies.get("UKHTC").fundingInPounds()));
		assertEquals(0, new BigDecimal("400000000").compareTo(agencies.get("SOCA").fundingInPounds()));
		FundingFact ukhtc = catalog.fundingFacts(MONITOR).stream().filter(f -> f.recipientId().equals("UKHTC"))
				.findFirst().orElseThrow();
		assertEquals("£4.5million", ukhtc.surface());
		assertEquals("GBP", ukhtc.currency());
		assertTrue(ukhtc.sentence().contains("fund the UKHTC"), ukhtc.sentence());
		assertTrue(ukhtc.funding());
	}

	@Test
	void agenciesCarryAliasesFactsAndCounts() throws IOException {
		EntitySummary soca = byId(EntityKinds.AGENCY).get("SOCA");
		assertEquals("Serious Organised Crime Agency", soca.name());
		assertTrue(soca.aliases().contains("SOCA"), soca.aliases().toString());
		assertEquals("Home Office", soca.fact(EntitySummary.PARENT));
		assertEquals(2, soca.documents());
		assertTrue(soca.mentions() > soca.documents());
	}

	@Test
	void operationsCarryTheirFiguresAndLeadAgency() throws IOException {
		Map<String, EntitySummary> operations = byId(EntityKinds.OPERATION);
		assertEquals("88", operations.get("Pentameter 1").fact("victims"));
		assertEquals("167+5", operations.get("Pentameter 2").fact("victims"));
		assertEquals("528", operations.get("Pentameter").fact("arrests"));
		assertEquals("299", operations.get("Pentameter").fact("traffickingArrests"));
		assertFalse(operations.get("Pentameter 2").fact(EntitySummary.LEAD_AGENCY).isEmpty());
	}

	@Test
	void aPageHoldsPassagesAtTheMentionsDocumentsAndRelatedEntities() throws IOException {
		EntityPage page = catalog.page(EntityKinds.AGENCY, "SOCA", MONITOR).orElseThrow();
		assertEquals(page.entity().mentions(), page.passages().size());
		for (Passage passage : page.passages()) {
			String text = index.get(passage.document().id()).orElseThrow().text();
			assertEquals(text.substring(passage.start(), passage.end()), passage.surface());
			assertTrue(text.replace('\n', ' ').contains(passage.text()), passage.text());
		}
		assertEquals(2, page.documents().size());
		assertTrue(page.related(EntityKinds.AGENCY).stream().anyMatch(c -> c.id().equals("UKHTC")));
		assertTrue(page.funding().stream().allMatch(f -> f.recipientId().equals("SOCA")));
		assertFalse(page.funding().isEmpty());
	}

	@Test
	void theCatalogIsGatheredAgainWhenTheIndexChanges() throws IOException {
		int before = catalog.entities(EntityKinds.AGENCY, MONITOR).size();
		assertTrue(catalog.isCurrent());
		importer.importPaths(List.of(corpus().resolve("parlparse/wrans/answers2009-10-26f.xml")), MONITOR);
		assertFalse(catalog.isCurrent());
		assertTrue(catalog.entities(EntityKinds.AGENCY, MONITOR).size() > before);
		assertTrue(catalog.isCurrent());
	}

	@Test
	void countsAgreeWithTheIndexOnRealAnswers() throws Exception {
		Path day = corpus().resolve("parlparse/wrans/answers2009-10-26f.xml");
		assertTrue(Files.exists(day));
		importer.importPaths(List.of(day), MONITOR);
		for (String kind : List.of(EntityKinds.AGENCY, EntityKinds.COUNTRY, EntityKinds.OPERATION)) {
			Map<String, EntitySummary> gathered = byId(kind);
			List<EntityCount> counted = index.entities(kind, SearchRequest.of(""));
			assertEquals(counted.size(), gathered.size(), kind);
			for (EntityCount count : counted) {
				EntitySummary summary = gathered.get(count.id());
				assertEquals(count.documents(), summary.documents(), count.id());
				assertEquals(count.mentions(), summary.mentions(), count.id());
			}
		}
	}
}
