package dossier.ui.tests;

import static dossier.ui.tests.Ui.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dossier.core.catalog.EntityCatalog;
import dossier.core.catalog.EntitySummary;
import dossier.core.catalog.Passage;
import dossier.core.entity.EntityCount;
import dossier.core.entity.EntityKinds;
import dossier.core.index.DocumentIndex;
import dossier.countries.Country;
import dossier.countries.CountryAtlas;
import dossier.ui.countries.internal.CountriesView;
import dossier.ui.countries.internal.CountryPageInput;
import dossier.ui.countries.internal.CountryRow;
import dossier.ui.countries.internal.map.WorldMap;
import dossier.ui.countries.internal.map.WorldMapView;
import dossier.ui.countries.internal.page.CountryPageEditor;
import dossier.ui.internal.Services;
import dossier.ui.internal.catalog.EntityPages;
import dossier.ui.internal.editors.DocumentEditor;
import dossier.ui.internal.entities.EntitiesView;
import dossier.ui.internal.jobs.ImportJob;
import dossier.ui.internal.jobs.ImportJobs;
import dossier.ui.internal.tables.TableRows;

/**
 * The country-information viewer over real written answers: the Commons written questions
 * of December 2023 and December 2024 (with the Home Office's answer 18092 naming "the
 * Albanian, Vietnamese, and Romanian Governments" and the FCDO's answer 5259 on "the
 * UK-Nigeria Security and Defence Partnership"), imported for this class and removed after.
 */
class CountriesUiTest {

	/** Home Office, written answer 18092, 10 December 2024. */
	private static final String SLAVERY_ANSWER = "wq/1746962";
	/** FCDO, written answer 5259, 13 December 2023. */
	private static final String NIGERIA_SECURITY = "wq/1675502";

	private static List<String> sources;
	private IWorkbenchPage page;

	@BeforeAll
	static void importRealAnswers() throws Exception {
		waitUntil(() -> Job.getJobManager().find(ImportJobs.FAMILY).length == 0, "the sample import to end");
		Path corpus = Path.of(System.getProperty("dossier.corpus"), "written-questions");
		ImportJob job = new ImportJob(
				List.of(corpus.resolve("commons-2023-12.json.gz"), corpus.resolve("commons-2024-12.json.gz")));
		job.schedule();
		waitUntil(() -> job.getResult() != null, "the import of the written questions");
		assertTrue(job.getReport().documents() > 5000, "documents imported: " + job.getReport().documents());
		DocumentIndex index = Services.get(DocumentIndex.class);
		sources = List.of(index.get(SLAVERY_ANSWER).orElseThrow().source(),
				index.get(NIGERIA_SECURITY).orElseThrow().source());
	}

	@AfterAll
	static void removeThem() throws Exception {
		// the other tests count the sample answers alone
		Services.get(DocumentIndex.class).removeSources(sources);
	}

	@AfterEach
	void closeEditors() {
		page().closeAllEditors(false);
	}

	private IWorkbenchPage page() {
		if (page == null) {
			page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		}
		return page;
	}

	@Test
	void nigeriasPageShowsTheSecurityAnswerAndOpensItAtTheMention() {
		CountryPageEditor nigeria = open("NG");

		assertTrue(nigeria.getHeaderText().startsWith("Nigeria\nFederal Republic of Nigeria · NG · NGA · 566 · Africa, "
				+ "Western Africa · capital Abuja · Nigerian"), nigeria.getHeaderText());
		assertTrue(nigeria.getHeaderText().contains("Mentioned "), nigeria.getHeaderText());
		List<String> passages = passages(nigeria);
		int security = indexOf(passages, "UK-Nigeria Security and Defence Partnership");
		assertTrue(security >= 0, passages.toString());
		assertTrue(passages.get(security).startsWith("2023-12-13\tNigeria: Security\t"), passages.get(security));
		assertNewestFirst(nigeria.getBrief().passages());
		assertTrue(nigeria.getNotesText().startsWith("Trafficking in persons (Tier 2 Watch List)\ncurrent situation: "),
				"the 2022 note first: " + nigeria.getNotesText());
		assertTrue(Arrays.asList(nigeria.getChartYears()).containsAll(List.of("2023", "2024")),
				Arrays.toString(nigeria.getChartYears()));

		Table table = nigeria.getPassagesViewer().getTable();
		nigeria.getPassagesViewer().setSelection(
				new StructuredSelection(nigeria.getPassagesViewer().getElementAt(security)), true);
		table.notifyListeners(SWT.DefaultSelection, new Event());
		DocumentEditor document = (DocumentEditor) page().getActiveEditor();
		waitUntil(() -> "Nigeria".equals(document.getTextWidget().getSelectionText()),
				"the answer opened with the mention selected");
		assertEquals("Nigeria: Security", document.getTitle());
	}

	@Test
	void vietnamAndAlbaniaShareTheModernSlaveryAnswer() {
		for (String code : List.of("VN", "AL")) {
			CountryPageEditor country = open(code);
			List<String> passages = passages(country);
			int slavery = indexOf(passages, "close relationships with the Albanian, Vietnamese, and Romanian Governments");
			assertTrue(slavery >= 0, code + ": " + passages);
			assertTrue(passages.get(slavery).startsWith("2024-12-10\tSlavery: Victim Support Schemes\t"),
					passages.get(slavery));
			assertNewestFirst(country.getBrief().passages());
			assertTrue(rows(country.getDocumentsViewer().getTable()).stream()
					.anyMatch(r -> r.contains("Slavery: Victim Support Schemes\t" + SLAVERY_ANSWER)));
			String other = code.equals("VN") ? "Albania" : "Viet";
			assertTrue(rows(country.getRelatedViewer(EntityKinds.COUNTRY).getTable()).stream()
					.anyMatch(r -> r.startsWith(other)), "each is named with the other");
			assertTrue(rows(country.getRelatedViewer(EntityKinds.AGENCY).getTable()).stream()
					.anyMatch(r -> r.startsWith("Home Office")));
		}
		assertTrue(open("VN").getHeaderText().startsWith("Vietnam\nSocialist Republic of Vietnam · VN · VNM · 704 · Asia, "
				+ "South-Eastern Asia"), open("VN").getHeaderText());
	}

	@Test
	void albaniasFactbookNoteOf2008IsShownWhen2008IsChosen() {
		CountryPageEditor albania = open("AL");
		Combo years = albania.getYearCombo();
		assertEquals(List.of("2010", "2009", "2008", "2007", "2006"), List.of(years.getItems()));
		assertEquals("2010", years.getText(), "the newest edition first");

		years.select(List.of(years.getItems()).indexOf("2008"));
		years.notifyListeners(SWT.Selection, new Event());

		assertTrue(albania.getNotesText().startsWith("Trafficking in persons (Tier 2 Watch List)\n"
				+ "current situation: Albania is a source country for women and girls trafficked"), albania.getNotesText());
		assertTrue(albania.getNotesText().contains("tier rating: Tier 2 Watch List - Albania is on the Tier 2 Watch List"),
				albania.getNotesText());
		assertTrue(albania.getNotesText().contains("Disputes - international"), albania.getNotesText());
		Screenshots.save("country-page-albania");
		// the funding stated in the slavery answer is co-mentioned
		assertTrue(rows(albania.getFundingViewer().getTable()).stream().anyMatch(r -> r.contains("Slavery")),
				rows(albania.getFundingViewer().getTable()).toString());
	}

	@Test
	void theBriefIsExportedAsMarkdownAndHtml() throws Exception {
		CountryPageEditor albania = open("AL");
		Path folder = Files.createTempDirectory("brief");
		List<Path> written = albania.exportBrief(folder.resolve("albania-brief.md"));

		assertEquals(List.of(folder.resolve("albania-brief.md"), folder.resolve("albania-brief.html")), written);
		String markdown = Files.readString(written.get(0), StandardCharsets.UTF_8);
		String html = Files.readString(written.get(1), StandardCharsets.UTF_8);
		assertTrue(markdown.startsWith("# Albania\n"), markdown);
		assertTrue(markdown.contains("Albania is a source country for women and girls trafficked"), markdown);
		assertTrue(markdown.contains("close relationships with the **Albanian**, Vietnamese, and Romanian Governments"),
				markdown);
		assertTrue(html.contains("<title>Country brief: Albania</title>"), html);
		assertTrue(html.contains("the <mark>Albanian</mark>, Vietnamese, and Romanian Governments"), html);
		assertTrue(html.contains("Albania is a source country for women and girls"), html);
		try (var files = Files.list(folder)) {
			assertEquals(2, files.count(), "no temporary file is left behind");
		}
	}

	@Test
	void theMapColoursTheCountriesTheCollectionMentions() throws Exception {
		WorldMapView view = (WorldMapView) page().showView(WorldMapView.ID);
		WorldMap map = view.getMap();
		waitUntil(() -> view.isLoaded() && map.classes().size() > 1, "the map with the collection's counts");
		waitUntil(() -> map.control().getSize().x > 100, "the map to be laid out");
		EntitySummary nigeria = Services.get(EntityCatalog.class)
				.entity(EntityKinds.COUNTRY, "NG", new NullProgressMonitor()).orElseThrow();
		RGB nigeriasColour = map.classes().colour(map.classes().classOf(nigeria.mentions()));

		Point inNigeria = centreOf(map, "NG");
		assertEquals(nigeriasColour, map.colourAt(inNigeria.x, inNigeria.y));
		Country unmentioned = unmentionedCountry(map);
		Point inIt = centreOf(map, unmentioned.alpha2());
		RGB plain = map.colourAt(inIt.x, inIt.y);
		assertNotEquals(nigeriasColour, plain, "Nigeria is coloured, " + unmentioned.name() + " is not");
		assertEquals(-1, map.classes().classOf(0));

		inNigeria = centreOf(map, "NG");
		map.hoverAt(inNigeria.x, inNigeria.y);
		assertEquals("Nigeria\n" + nigeria.documents() + " documents, " + nigeria.mentions() + " mentions", map.label());
		Screenshots.save("map-nigeria");
		map.reset();
		Screenshots.save("map-world");

		// keyboard: zoom, pan, and step to the most mentioned country
		map.reset();
		key(map.control(), '+', 0);
		assertEquals(1, map.zoom());
		key(map.control(), '-', 0);
		assertEquals(0, map.zoom());
		key(map.control(), SWT.ESC, SWT.ESC);
		assertEquals("", map.chosen(), "Escape clears the choice");
		key(map.control(), 0, SWT.PAGE_DOWN);
		EntitySummary most = Services.get(EntityCatalog.class).entities(EntityKinds.COUNTRY, new NullProgressMonitor())
				.stream().max(Comparator.comparingInt(EntitySummary::mentions)).orElseThrow();
		assertEquals(most.id(), map.chosen());
		key(map.control(), SWT.CR, SWT.CR);
		CountryPageEditor first = (CountryPageEditor) page().getActiveEditor();
		waitUntil(first::isLoaded, "the most mentioned country's page");
		assertEquals(most.id(), first.getBrief().country().alpha2());

		// a click on Nigeria opens its page
		page().activate(view);
		inNigeria = centreOf(map, "NG");
		click(map.control(), inNigeria);
		CountryPageEditor opened = (CountryPageEditor) page().getActiveEditor();
		waitUntil(opened::isLoaded, "Nigeria's page");
		assertEquals("Nigeria", opened.getBrief().country().name());
	}

	@Test
	void theCountriesViewCountsFiltersGroupsAndExports() throws Exception {
		CountriesView view = (CountriesView) page().showView(CountriesView.ID);
		waitUntil(() -> view.getStatusText().endsWith(" countries") && !view.getShownRows().isEmpty(), "the countries");
		int all = Services.get(CountryAtlas.class).countries().size();
		assertEquals(all + " of " + all + " countries", view.getStatusText());
		EntitySummary counted = Services.get(EntityCatalog.class)
				.entity(EntityKinds.COUNTRY, "NG", new NullProgressMonitor()).orElseThrow();
		CountryRow nigeria = view.getShownRows().stream().filter(r -> r.alpha2().equals("NG")).findFirst().orElseThrow();
		assertEquals(counted.documents(), nigeria.documents());
		assertEquals(counted.mentions(), nigeria.mentions());
		List<CountryRow> rows = view.getShownRows();
		for (int i = 1; i < rows.size(); i++) {
			assertTrue(rows.get(i - 1).mentions() >= rows.get(i).mentions(), "most mentioned first");
		}

		view.getFilter().setText("\"western africa\"");
		assertTrue(view.getShownRows().stream().allMatch(r -> r.subregion().equals("Western Africa")));
		assertTrue(view.getShownRows().contains(nigeria));
		view.getFilter().setText("Viet Nam");
		assertEquals(List.of("VN"), view.getShownRows().stream().map(CountryRow::alpha2).toList(), "by another name");
		assertEquals("1 of " + all + " countries", view.getStatusText());
		view.getFilter().setText("");

		view.groupByRegion();
		rows = view.getShownRows();
		for (int i = 1; i < rows.size(); i++) {
			CountryRow a = rows.get(i - 1);
			CountryRow b = rows.get(i);
			int region = a.region().compareToIgnoreCase(b.region());
			assertTrue(region < 0 || region == 0 && a.mentions() >= b.mentions(), a + " before " + b);
		}
		view.setMentionedOnly(true);
		assertTrue(view.getShownRows().stream().allMatch(r -> r.mentions() > 0));
		assertTrue(view.getShownRows().size() < all);

		view.getViewer().setSelection(new StructuredSelection(nigeria), true);
		String copied = TableRows.selectedAsText(view.getViewer());
		assertEquals("Country\tAlpha-2\tRegion\tSubregion\tDocuments\tMentions\nNigeria\tNG\tAfrica\tWestern Africa\t"
				+ counted.documents() + "\t" + counted.mentions() + "\n", copied);
		Path csv = Files.createTempFile("countries", ".csv");
		assertEquals(view.getShownRows().size(), view.getExportAction().export(csv));
		List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
		assertEquals("Country,Alpha-2,Region,Subregion,Documents,Mentions", lines.get(0));
		assertTrue(lines.contains("Nigeria,NG,Africa,Western Africa," + counted.documents() + "," + counted.mentions()));
		Files.delete(csv);

		view.getViewer().getTable().notifyListeners(SWT.DefaultSelection, new Event());
		CountryPageEditor opened = (CountryPageEditor) page().getActiveEditor();
		assertEquals("NG", ((CountryPageInput) opened.getEditorInput()).getAlpha2());
		view.setMentionedOnly(false);
	}

	@Test
	void entityPagesOfCountriesAndCountryMentionsOpenTheCountryPage() throws Exception {
		EntityPages.open(page(), EntityKinds.COUNTRY, "AL", "Albania");
		CountryPageEditor albania = (CountryPageEditor) page().getActiveEditor();
		waitUntil(albania::isLoaded, "Albania's page");
		EntityPages.open(page(), EntityKinds.AGENCY, "SOCA", "SOCA");
		assertFalse(page().getActiveEditor() instanceof CountryPageEditor, "other kinds keep the entity page");

		DocumentEditor document = DocumentEditor.open(page(), SLAVERY_ANSWER, "Slavery: Victim Support Schemes", "");
		waitUntil(() -> document.getTextWidget().getText().contains("the Albanian, Vietnamese"), "the slavery answer");
		page().activate(document);
		document.getTextWidget().setCaretOffset(document.getTextWidget().getText().indexOf("Vietnamese, and Romanian") + 2);
		Event f4 = new Event();
		f4.keyCode = SWT.F4;
		document.getTextWidget().notifyListeners(SWT.KeyDown, f4);
		CountryPageEditor vietnam = (CountryPageEditor) page().getActiveEditor();
		waitUntil(vietnam::isLoaded, "Vietnam's page");
		assertEquals("VN", vietnam.getBrief().country().alpha2());
	}

	@Test
	void theEntitiesViewOpensTheCountryPageOfACountry() throws Exception {
		EntitiesView entities = (EntitiesView) page().showView(EntitiesView.ID);
		entities.showKind(EntityKinds.COUNTRY);
		waitUntil(() -> entities.getKind().equals(EntityKinds.COUNTRY) && nigeriaRow(entities) != null, "the countries");
		entities.getViewer().setSelection(new StructuredSelection(nigeriaRow(entities)), true);
		Menu menu = entities.getViewer().getControl().getMenu();
		menu.notifyListeners(SWT.Show, new Event());
		MenuItem open = Arrays.stream(menu.getItems()).filter(i -> i.getText().startsWith("Open Entity &Page"))
				.findFirst().orElseThrow();

		open.notifyListeners(SWT.Selection, new Event());

		CountryPageEditor nigeria = (CountryPageEditor) page().getActiveEditor();
		waitUntil(nigeria::isLoaded, "Nigeria's page");
		assertEquals("NG", nigeria.getBrief().country().alpha2());
		entities.showKind(EntityKinds.AGENCY);
	}

	private static EntityCount nigeriaRow(EntitiesView view) {
		return Arrays.stream(view.getViewer().getTable().getItems()).map(i -> (EntityCount) i.getData())
				.filter(e -> e != null && e.id().equals("NG")).findFirst().orElse(null);
	}

	private CountryPageEditor open(String code) {
		EntityPages.open(page(), EntityKinds.COUNTRY, code, code);
		CountryPageEditor editor = (CountryPageEditor) page().getActiveEditor();
		waitUntil(editor::isLoaded, "the page of " + code);
		return editor;
	}

	private static Point centreOf(WorldMap map, String code) {
		assertTrue(map.showCountry(code), code);
		Country country = Services.get(CountryAtlas.class).country(code).orElseThrow();
		Point p = map.toCanvas(country.longitude(), country.latitude());
		assertEquals(code, map.countryAt(p.x, p.y), "the centre of " + country.name() + " is in it");
		return p;
	}

	/** A large country the December answers do not name, whose centre is inside it. */
	private static Country unmentionedCountry(WorldMap map) throws Exception {
		EntityCatalog catalog = Services.get(EntityCatalog.class);
		for (String code : List.of("MN", "KZ", "TD", "NE", "ML", "BO", "PE", "DZ")) {
			if (catalog.entity(EntityKinds.COUNTRY, code, new NullProgressMonitor()).isEmpty()) {
				return Services.get(CountryAtlas.class).country(code).orElseThrow();
			}
		}
		throw new AssertionError("every candidate is mentioned");
	}

	private static void key(Control control, char character, int keyCode) {
		Event e = new Event();
		e.character = character;
		e.keyCode = keyCode == 0 ? character : keyCode;
		control.notifyListeners(SWT.KeyDown, e);
	}

	private static void key(Control control, int character, int keyCode) {
		key(control, (char) character, keyCode);
	}

	private static void click(Control control, Point at) {
		for (int type : new int[] { SWT.MouseDown, SWT.MouseUp }) {
			Event e = new Event();
			e.x = at.x;
			e.y = at.y;
			e.button = 1;
			control.notifyListeners(type, e);
		}
	}

	private static void assertNewestFirst(List<Passage> passages) {
		LocalDate previous = LocalDate.MAX;
		for (Passage passage : passages) {
			LocalDate date = passage.document().date().orElse(null);
			if (date != null) {
				assertFalse(date.isAfter(previous), "newest first: " + passage);
				previous = date;
			}
		}
	}

	/** @return the passages as shown: date, document, and the line of text (before, mention, after) */
	private static List<String> passages(CountryPageEditor editor) {
		Table table = editor.getPassagesViewer().getTable();
		List<String> rows = new ArrayList<>();
		for (int i = 0; i < table.getItemCount(); i++) {
			TableItem item = table.getItem(i);
			rows.add(item.getText(0) + "\t" + item.getText(1) + "\t" + item.getText(2) + item.getText(3) + item.getText(4));
		}
		return rows;
	}

	private static int indexOf(List<String> rows, String text) {
		for (int i = 0; i < rows.size(); i++) {
			if (rows.get(i).contains(text)) {
				return i;
			}
		}
		return -1;
	}

	private static List<String> rows(Table table) {
		List<String> rows = new ArrayList<>();
		for (int i = 0; i < table.getItemCount(); i++) {
			int row = i;
			rows.add(String.join("\t", Arrays.stream(table.getColumns())
					.map(c -> table.getItem(row).getText(table.indexOf(c))).toList()));
		}
		return rows;
	}
}
