package dossier.countries.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.RegistryFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dossier.catalog.internal.IndexEntityCatalog;
import dossier.core.catalog.DocumentRef;
import dossier.core.catalog.FundingFact;
import dossier.core.catalog.Passage;
import dossier.core.entity.EntityCount;
import dossier.core.entity.EntityKinds;
import dossier.countries.CountryBrief;
import dossier.countries.CountryBrief.Reference;
import dossier.countries.FactbookNote;
import dossier.extract.internal.DefaultEntityExtractor;
import dossier.importers.internal.DefaultImportService;
import dossier.importers.internal.ImporterRegistry;
import dossier.index.internal.LuceneDocumentIndex;

/**
 * Country briefs of Nigeria, Vietnam and Albania from real written answers (Commons written
 * questions of December 2023 and December 2024, and the parlparse answers of 26 October
 * 2009), imported with extraction.
 */
class CountryBriefTest {

	private static final NullProgressMonitor MONITOR = new NullProgressMonitor();
	/** Home Office, written answer 18092, 10 December 2024: "the Albanian, Vietnamese, and Romanian Governments". */
	private static final String SLAVERY_ANSWER = "wq/1746962";
	/** FCDO, written answer 5259, 13 December 2023: "the UK-Nigeria Security and Defence Partnership". */
	private static final String NIGERIA_SECURITY = "wq/1675502";

	private static Path folder;
	private static LuceneDocumentIndex index;
	private static CatalogCountryBriefs briefs;

	@BeforeAll
	static void importRealAnswers() throws IOException {
		folder = Files.createTempDirectory("countries");
		index = new LuceneDocumentIndex(folder.resolve("index"));
		DefaultImportService importer = new DefaultImportService(index,
				ImporterRegistry.read(RegistryFactory.getRegistry()), new DefaultEntityExtractor());
		Path corpus = Path.of(System.getProperty("dossier.corpus"));
		importer.importPaths(List.of(corpus.resolve("written-questions/commons-2023-12.json.gz"),
				corpus.resolve("written-questions/commons-2024-12.json.gz"),
				corpus.resolve("parlparse/wrans/answers2009-10-26f.xml")), MONITOR);
		briefs = new CatalogCountryBriefs(new BundledCountryAtlas(), new IndexEntityCatalog(index), index);
	}

	@AfterAll
	static void close() throws IOException {
		index.close();
		try (var files = Files.walk(folder)) {
			files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
	}

	private static CountryBrief brief(String code) throws IOException {
		return briefs.brief(code, MONITOR).orElseThrow();
	}

	private static List<Passage> passagesIn(CountryBrief brief, String documentId) {
		return brief.passages().stream().filter(p -> p.document().id().equals(documentId)).toList();
	}

	@Test
	void nigeriaHasTheSecurityAnswerOf2023AndAnAnswerOf2009() throws IOException {
		CountryBrief nigeria = brief("Nigeria");

		assertEquals("NG", nigeria.country().alpha2());
		List<Passage> security = passagesIn(nigeria, NIGERIA_SECURITY);
		assertFalse(security.isEmpty(), nigeria.passages().toString());
		assertTrue(security.stream().anyMatch(p -> p.text().contains("UK-Nigeria Security and Defence Partnership")),
				security.toString());
		Reference reference = nigeria.reference(NIGERIA_SECURITY).orElseThrow();
		assertEquals("Nigeria: Security", reference.document().title());
		assertEquals(LocalDate.of(2023, 12, 13), reference.document().answered());
		assertEquals("Foreign, Commonwealth and Development Office, written answer 5259, House of Commons, 13 December 2023",
				reference.citation());
		// the Export Credits Guarantee Department's answer on the Bonny Island LNG plant, 2009
		assertTrue(nigeria.passages().stream()
				.anyMatch(p -> p.document().date().map(LocalDate::getYear).orElse(0) == 2009 && p.text().contains("Bonny Island")));
		assertTrue(nigeria.documentsPerYear().keySet().containsAll(List.of(2009, 2023, 2024)),
				nigeria.documentsPerYear().toString());
		assertEquals(nigeria.documentCount(), nigeria.references().size());
		// questions of December 2024 not yet answered count in the year they were tabled
		assertEquals(nigeria.documentCount(), nigeria.documentsPerYear().values().stream().mapToInt(Integer::intValue).sum());
		assertEquals("Foreign, Commonwealth and Development Office, written question 18585, House of Commons",
				nigeria.reference("wq/1748129").orElseThrow().citation());
		// a dash inside a passage stays a dash
		assertTrue(nigeria.markdown().contains("development partnership with **Nigeria** - an important component"),
				nigeria.markdown());
		assertEquals("Tier 2 Watch List", nigeria.notes(2022).get(0).tier());
		assertNewestFirst(nigeria);
	}

	@Test
	void vietnamAndAlbaniaShareTheModernSlaveryAnswer() throws IOException {
		CountryBrief vietnam = brief("Viet Nam");
		CountryBrief albania = brief("ALB");

		for (CountryBrief brief : List.of(vietnam, albania)) {
			Reference slavery = brief.reference(SLAVERY_ANSWER).orElseThrow(() -> new AssertionError(brief.references()));
			assertEquals("Slavery: Victim Support Schemes", slavery.document().title());
			assertEquals("Home Office", slavery.department());
			assertEquals("18092", slavery.uin());
			assertTrue(passagesIn(brief, SLAVERY_ANSWER).stream()
					.anyMatch(p -> p.text().contains("close relationships with the Albanian, Vietnamese, and Romanian Governments")),
					brief.passages().toString());
			assertNewestFirst(brief);
		}
		assertEquals("Vietnamese", passagesIn(vietnam, SLAVERY_ANSWER).get(0).surface());
		assertEquals("Albanian", passagesIn(albania, SLAVERY_ANSWER).get(0).surface());
		// each is among the countries the other is mentioned with
		assertTrue(vietnam.countries().stream().anyMatch(c -> c.id().equals("AL")), vietnam.countries().toString());
		assertTrue(albania.countries().stream().anyMatch(c -> c.id().equals("VN")), albania.countries().toString());
		assertTrue(albania.agencies().stream().map(EntityCount::name).anyMatch(n -> n.contains("Home Office")),
				albania.agencies().toString());
		// the answer's funding of the police's modern slavery unit is co-mentioned
		assertTrue(albania.funding().stream().anyMatch(f -> f.document().id().equals(SLAVERY_ANSWER)),
				albania.funding().toString());
	}

	@Test
	void albaniasBriefHasTheFactbookNotesByYearAndThePassagesWithReferences() throws IOException {
		CountryBrief albania = brief("AL");

		assertEquals(List.of(2010, 2009, 2008, 2007, 2006), albania.noteYears());
		FactbookNote trafficking = albania.notes(2008).get(0);
		assertEquals(FactbookNote.TRAFFICKING_IN_PERSONS, trafficking.section());
		assertTrue(trafficking.text().startsWith("current situation: Albania is a source country for women and girls"));

		String markdown = albania.markdown();
		assertTrue(markdown.startsWith("# Albania\n"), markdown);
		assertTrue(markdown.contains("| Official name | Republic of Albania |"), markdown);
		assertTrue(markdown.contains("### 2009\n\n**Trafficking in persons** (Tier 2 Watch List): current situation: "
				+ "Albania is a source country for women and girls trafficked"), markdown);
		// the 2008 note is the 2009 one word for word: shown once, under the newer edition
		assertTrue(markdown.contains("### 2008\n\n**Trafficking in persons** (Tier 2 Watch List): *as in 2009*"), markdown);
		assertTrue(markdown.contains("### Slavery: Victim Support Schemes\n\nHome Office, written answer 18092, "
				+ "House of Commons, 10 December 2024 `wq/1746962`"), markdown);
		assertTrue(markdown.contains("close relationships with the **Albanian**, Vietnamese, and Romanian Governments"),
				markdown);
		assertTrue(markdown.contains("Country data: world-countries (mledoze/countries), ODbL\\-1.0")
				|| markdown.contains("Country data: world-countries (mledoze/countries), ODbL-1.0"), markdown);

		String html = albania.html();
		assertTrue(html.startsWith("<!DOCTYPE html>"));
		assertFalse(html.contains("<script") || html.contains("<link") || html.contains("<img") || html.contains("src="),
				"self-contained");
		assertTrue(html.contains("<title>Country brief: Albania</title>"));
		assertTrue(html.contains("<h3>Slavery: Victim Support Schemes</h3>"), html);
		assertTrue(html.contains("<code>wq/1746962</code>"), html);
		assertTrue(html.contains("the <mark>Albanian</mark>, Vietnamese, and Romanian Governments"), html);
		assertTrue(html.contains("<span class=\"tier\">(Tier 2 Watch List)</span>: current situation: Albania is a source"),
				html);
		// the quotes of the Factbook's disputes note are escaped
		assertTrue(html.contains("advocate for a &quot;greater Albania,&quot; but"), html);
		for (Passage passage : albania.passages()) {
			assertTrue(html.contains(PlainText.escapeHtml(passage.before()) + "<mark>"
					+ PlainText.escapeHtml(passage.surface()) + "</mark>" + PlainText.escapeHtml(passage.after())),
					passage.toString());
		}
	}

	@Test
	void aCountryTheCollectionDoesNotMentionHasItsFactsAndNotesAlone() throws IOException {
		CountryBrief tuvalu = brief("Tuvalu");

		assertEquals(0, tuvalu.documentCount());
		assertTrue(tuvalu.passages().isEmpty() && tuvalu.references().isEmpty() && tuvalu.documentsPerYear().isEmpty());
		assertFalse(tuvalu.notes().isEmpty());
		assertTrue(tuvalu.markdown().contains("| In the collection | not mentioned |"), tuvalu.markdown());
		assertFalse(tuvalu.markdown().contains("## Passages"));
		assertTrue(briefs.brief("Atlantis", MONITOR).isEmpty());
	}

	@Test
	void textFromTheDataIsEscapedInBothRenderings() {
		BundledCountryAtlas atlas = new BundledCountryAtlas();
		DocumentRef hostile = new DocumentRef("x/<1>", "Fish & <Chips> *now* [here](javascript:alert(1))",
				LocalDate.of(2024, 5, 1));
		Passage passage = new Passage(hostile, 10, 17, "a <script>alert('x')</script> | _b_ ", "Nigeria", " & \"c\"\n# d");
		Reference reference = new Reference(hostile, "written-answer", "Commons", "Department <for> \"Tests\"", "42",
				"javascript:alert(2)");
		FundingFact fact = new FundingFact(hostile, 0, 3, "£5m", "It gave £5m.", new java.math.BigDecimal("5000000"),
				"GBP", "HO", "Home <Office>", "", "", true);
		CountryBrief brief = new CountryBrief(atlas.country("NG").orElseThrow(), 1, 1, List.of(), List.of(passage),
				List.of(reference), List.of(new EntityCount(EntityKinds.AGENCY, "HO", "Home & <Office>", 1, 1)), List.of(),
				List.of(), List.of(fact), new TreeMap<>(Map.of(2024, 1)));

		String html = brief.html();
		assertFalse(html.contains("<script>") || html.contains("<Chips>") || html.contains("<for>")
				|| html.contains("<Office>") || html.contains("javascript:alert(2)") || html.contains("<1>"), html);
		assertTrue(html.contains("<h3>Fish &amp; &lt;Chips&gt; *now* [here](javascript:alert(1))</h3>"), html);
		assertTrue(html.contains("a &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; | _b_ <mark>Nigeria</mark> &amp; &quot;c&quot;"),
				html);
		assertTrue(html.contains("Home &amp; &lt;Office&gt; (1 document)"), html);

		String markdown = brief.markdown();
		assertTrue(markdown.contains("### Fish \\& \\<Chips\\> \\*now\\* \\[here\\](javascript:alert(1))"), markdown);
		assertTrue(markdown.contains("- \u2026a \\<script\\>alert('x')\\</script\\> \\| \\_b\\_ **Nigeria** \\& \"c\" # d\u2026"),
				markdown);
		assertFalse(markdown.contains("javascript:alert(2)"), markdown);
		assertTrue(markdown.contains("Department \\<for\\> \"Tests\", written answer 42, House of Commons, 1 May 2024 `x/<1>`"),
				markdown);
	}

	private static void assertNewestFirst(CountryBrief brief) {
		LocalDate last = LocalDate.MAX;
		for (Passage passage : brief.passages()) {
			LocalDate date = passage.document().answered();
			if (date != null) {
				assertFalse(date.isAfter(last), brief.country().name() + ": " + passage);
				last = date;
			}
		}
	}
}
