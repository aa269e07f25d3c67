package dossier.ui.tests;

import static dossier.ui.tests.Ui.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.XMLMemento;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dossier.core.export.DocumentExport;
import dossier.core.importer.ImportReport;
import dossier.core.importer.ImportService;
import dossier.core.index.DocumentIndex;
import dossier.core.index.SearchHit;
import dossier.core.index.SearchRequest.Sort;
import dossier.ui.internal.Services;
import dossier.ui.internal.jobs.ImportJobs;
import dossier.ui.internal.views.SearchView;

/**
 * The Search view's facets, filters, order, paging, export and copy, over the two samples
 * plus four days of Lords written answers (dated) and a month of Commons written questions
 * (with departments) imported for the class.
 */
class SearchViewFeaturesTest {

	private static final List<String> DAYS = List.of("lordswrans2009-10-26a.xml", "lordswrans2009-10-27a.xml",
			"lordswrans2009-10-28a.xml", "lordswrans2009-10-29a.xml");
	private static final Pattern VALUE = Pattern.compile("(.*) \\(([\\d,]+)\\)");
	private static final List<String> imported = new ArrayList<>();
	private static final String COMMONS = "commons-2026-06.json.gz";
	private static int lordsAnswers;
	private static int commonsQuestions;
	private IWorkbenchPage page;
	private SearchView view;

	@BeforeAll
	static void importFourDaysOfLordsAnswers() throws Exception {
		Path folder = Files.createTempDirectory("dossier-search");
		Path corpus = Path.of(System.getProperty("dossier.corpus", "../../shared/corpus"));
		List<Path> copies = new ArrayList<>();
		for (String day : DAYS) {
			copies.add(Files.copy(corpus.resolve("parlparse/lordswrans").resolve(day), folder.resolve(day)));
		}
		Path commons = Files.copy(corpus.resolve("written-questions").resolve(COMMONS), folder.resolve(COMMONS));
		copies.forEach(c -> imported.add(c.toString()));
		imported.add(commons.toString());
		ImportService importer = Services.get(ImportService.class);
		ImportReport lords = importer.importPaths(copies, null);
		ImportReport questions = importer.importPaths(List.of(commons), null);
		assertTrue(lords.problems().isEmpty() && questions.problems().isEmpty(),
				lords.problems() + " " + questions.problems());
		lordsAnswers = lords.documents();
		commonsQuestions = questions.documents();
		assertTrue(commonsQuestions > SearchView.PAGE_SIZE, "more than a page: " + commonsQuestions);
	}

	@AfterAll
	static void removeThem() throws Exception {
		Services.get(ImportService.class).remove(imported);
		assertEquals(2, Services.get(DocumentIndex.class).size(), "the other tests see the two samples only");
	}

	@BeforeEach
	void openTheSearchView() throws Exception {
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		view = (SearchView) page.showView(SearchView.ID);
		waitUntil(() -> Job.getJobManager().find(ImportJobs.FAMILY).length == 0, "the sample import to end");
	}

	@AfterEach
	void resetTheView() {
		view.clearFilters();
		view.setSort(Sort.RELEVANCE);
		waitUntil(this::settled, "the reset search");
	}

	@Test
	void facetsShowTheValuesWithCountsAndFollowEachSearch() {
		searchAndWait("");
		Map<String, List<String>> facets = facets();
		assertTrue(facets.get("Kind").contains("text (2)"), facets.toString());
		assertEquals(2, facets.get("House").size(), "Commons and Lords: " + facets);
		assertTrue(facets.get("Kind").contains(String.format("written-answer (%,d)", lordsAnswers + commonsQuestions)),
				facets.toString());
		assertEquals(List.of(String.format("2009 (%,d)", lordsAnswers)), facets.get("Year answered"));
		assertFalse(facets.get("Department").isEmpty());

		searchAndWait("Pentameter");

		facets = facets();
		assertEquals(List.of("text (2)"), facets.get("Kind"));
		assertFalse(facets.containsKey("Year answered"), "a facet with no value is hidden: " + facets);
		assertFalse(facets.containsKey("Department"), facets.toString());
	}

	@Test
	void drillingDownByADepartmentNarrowsTheHitsAndItsChipRemovesTheFilter() {
		searchAndWait("");
		String all = view.getStatusText();
		TreeItem department = facetRoot("Department").getItem(0);
		String label = department.getText();
		Matcher value = VALUE.matcher(label);
		assertTrue(value.matches(), label);
		String name = value.group(1);
		int count = Integer.parseInt(value.group(2).replace(",", ""));
		assertTrue(count < total(), "a value narrows the hits");

		Tree tree = view.getFacetViewer().getTree();
		tree.setSelection(department);
		Event open = new Event();
		open.item = department;
		tree.notifyListeners(SWT.DefaultSelection, open);

		waitUntil(() -> view.getStatusText().equals(count + " documents match the filters"), "the drill-down");
		assertEquals(Map.of("department", List.of(name)), view.getRequest().filters());
		assertEquals(Math.min(count, SearchView.PAGE_SIZE), table().getItemCount());
		for (TableItem row : table().getItems()) {
			assertEquals(name, ((SearchHit) row.getData()).department());
		}
		List<Button> chips = view.getFilterChips();
		assertEquals(1, chips.size());
		assertTrue(chips.get(0).getText().contains(name), chips.get(0).getText());
		assertEquals(List.of(label), facets().get("Department"), "the facet counts the drilled-down hits");

		chips.get(0).notifyListeners(SWT.Selection, new Event());

		waitUntil(() -> view.getStatusText().equals(all), "the filter to go");
		assertTrue(view.getFilterChips().isEmpty());
		assertTrue(view.getRequest().filters().isEmpty());
	}

	@Test
	void theOrderFollowsTheComboAndTheColumnHeaders() {
		searchAndWait("answered:[2009-01-01 TO 2009-12-31]");
		assertTrue(view.getStatusText().startsWith(lordsAnswers + " documents match"), view.getStatusText());
		Combo sort = view.getSortCombo();

		choose(sort, 1);
		assertEquals("2009-10-29", firstAnswered());
		choose(sort, 2);
		assertEquals("2009-10-26", firstAnswered());
		assertEquals(Sort.OLDEST, view.getRequest().sort());

		clickHeader("Answered");
		assertEquals(Sort.NEWEST, view.getRequest().sort());
		assertEquals("Newest first", sort.getText());
		assertEquals("2009-10-29", firstAnswered());
		assertEquals(SWT.DOWN, table().getSortDirection());
		clickHeader("Answered");
		assertEquals("2009-10-26", firstAnswered());

		clickHeader("Title");
		assertEquals(Sort.RELEVANCE, view.getRequest().sort());
		assertEquals("Relevance", sort.getText());
		assertNull(table().getSortColumn());

	}

	@Test
	void theDepartmentHeaderSortsThePageOnScreen() {
		searchAndWait("house:Commons");
		List<String> before = ids();

		clickHeader("Department");
		List<String> departments = new ArrayList<>();
		for (TableItem row : table().getItems()) {
			departments.add(row.getText(3));
		}
		List<String> sorted = new ArrayList<>(departments);
		sorted.sort(String.CASE_INSENSITIVE_ORDER);
		assertEquals(sorted, departments, "the page sorted by department");
		assertTrue(new HashSet<>(departments).size() > 1, "several departments, so the sort shows");
		assertEquals(new HashSet<>(before), new HashSet<>(ids()), "the same page, reordered");
		assertEquals(Sort.RELEVANCE, view.getRequest().sort(), "the index order is untouched");

		clickHeader("Department");
		List<String> descending = new ArrayList<>();
		for (TableItem row : table().getItems()) {
			descending.add(row.getText(3));
		}
		sorted.sort(String.CASE_INSENSITIVE_ORDER.reversed());
		assertEquals(sorted, descending, "a second click reverses");
	}

	@Test
	void nextAndPreviousPageThroughEveryHit() {
		searchAndWait("");
		int total = total();
		Button previous = view.getPageButtons()[0];
		Button next = view.getPageButtons()[1];
		assertEquals(String.format("1\u2013100 of %,d", total), view.getPageText());
		assertFalse(previous.getEnabled());
		Set<String> seen = new HashSet<>();
		List<String> firstPage = ids();
		seen.addAll(firstPage);

		while (next.getEnabled()) {
			click(next);
			seen.addAll(ids());
		}

		assertEquals(total, seen.size(), "every hit reached, none twice");
		assertTrue(previous.getEnabled());
		assertTrue(view.getPageText().endsWith(String.format("%,d of %,d", total, total)), view.getPageText());
		while (previous.getEnabled()) {
			click(previous);
		}
		assertEquals(firstPage, ids());
		assertTrue(view.getPageText().startsWith("1\u2013100 of"), view.getPageText());
	}

	@Test
	void exportWritesEveryHitNotJustThePage() throws Exception {
		searchAndWait("");
		Path csv = Files.createTempFile("dossier-hits", ".csv");

		Job job = view.exportJob(csv, DocumentExport.Format.CSV);
		job.schedule();
		job.join();

		assertEquals(IStatus.OK, job.getResult().getSeverity(), job.getResult().getMessage());
		assertTrue(job.getResult().getMessage().startsWith(String.format("Exported %,d documents", total())),
				job.getResult().getMessage());
		String text = Files.readString(csv, StandardCharsets.UTF_8);
		assertTrue(text.startsWith("id,title,kind,house,department,"), text.substring(0, 60));
		assertEquals(1 + total(), csvRecords(text), "the header and one row per hit");
		for (String id : ids()) {
			assertTrue(text.contains(id), id);
		}
		Files.delete(csv);
	}

	@Test
	void ctrlCCopiesTheSelectedRowsAsTabSeparatedText() throws Exception {
		searchAndWait("answered:[2009-10-29 TO 2009-10-29]");
		page.activate(view);
		table().setFocus();
		table().setSelection(new int[] { 0, 2 });
		StringBuilder expected = new StringBuilder();
		for (int row : new int[] { 0, 2 }) {
			SearchHit hit = (SearchHit) table().getItem(row).getData();
			expected.append(hit.id()).append('\t').append(hit.title()).append("\t2009-10-29\t")
					.append(hit.department()).append(System.lineSeparator());
		}

		PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(IWorkbenchCommandConstants.EDIT_COPY,
				null);

		Clipboard clipboard = new Clipboard(Display.getCurrent());
		try {
			assertEquals(expected.toString(), clipboard.getContents(TextTransfer.getInstance()));
		} finally {
			clipboard.dispose();
		}
	}

	@Test
	void theQueryHistoryKeepsTheLatestTwentyWithoutRepeats() {
		for (int i = 0; i < 25; i++) {
			view.search("query" + i);
		}
		view.search("query20");
		searchAndWait("query23");

		List<String> history = view.getHistory();
		assertEquals(20, history.size());
		assertEquals(List.of("query23", "query20", "query24", "query22", "query21"), history.subList(0, 5));
		assertFalse(history.contains("query4"), "the oldest are dropped");
		XMLMemento memento = XMLMemento.createWriteRoot("view");
		view.saveState(memento);
		assertNotNull(memento.getChild("queryHistory"));
		assertEquals("query23", memento.getChild("queryHistory").getChildren("query")[0].getString("text"));
	}

	private static int total() {
		return 2 + lordsAnswers + commonsQuestions;
	}

	private void searchAndWait(String query) {
		view.search(query);
		waitUntil(this::settled, "the search for " + query);
	}

	private boolean settled() {
		return !view.getStatusText().startsWith("Searching");
	}

	private void choose(Combo combo, int index) {
		combo.select(index);
		combo.notifyListeners(SWT.Selection, new Event());
		waitUntil(this::settled, "the search in the new order");
	}

	private void clickHeader(String title) {
		for (TableColumn column : table().getColumns()) {
			if (column.getText().equals(title)) {
				column.notifyListeners(SWT.Selection, new Event());
				waitUntil(this::settled, "the search after clicking " + title);
				return;
			}
		}
		throw new AssertionError("no column " + title);
	}

	private void click(Button button) {
		button.notifyListeners(SWT.Selection, new Event());
		waitUntil(this::settled, "the page");
	}

	private String firstAnswered() {
		return table().getItem(0).getText(2);
	}

	private List<String> ids() {
		List<String> ids = new ArrayList<>();
		for (TableItem row : table().getItems()) {
			ids.add(((SearchHit) row.getData()).id());
		}
		return ids;
	}

	private Map<String, List<String>> facets() {
		Map<String, List<String>> facets = new LinkedHashMap<>();
		for (TreeItem root : view.getFacetViewer().getTree().getItems()) {
			List<String> values = new ArrayList<>();
			for (TreeItem value : root.getItems()) {
				values.add(value.getText());
			}
			facets.put(root.getText(), values);
		}
		return facets;
	}

	private TreeItem facetRoot(String label) {
		for (TreeItem root : view.getFacetViewer().getTree().getItems()) {
			if (root.getText().equals(label)) {
				return root;
			}
		}
		throw new AssertionError("no facet " + label + " in " + facets());
	}

	private Table table() {
		return view.getViewer().getTable();
	}

	/** @return how many CSV records the text holds: line ends outside quoted fields */
	private static int csvRecords(String text) {
		int records = 0;
		boolean quoted = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '"') {
				quoted = !quoted;
			} else if (c == '\n' && !quoted) {
				records++;
			}
		}
		return records;
	}
}
