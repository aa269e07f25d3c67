package dossier.ui.tests;

import static dossier.ui.tests.Ui.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dossier.core.catalog.FundingFact;
import dossier.core.entity.EntityCount;
import dossier.core.importer.ImportReport;
import dossier.core.importer.ImportService;
import dossier.ui.internal.Services;
import dossier.ui.internal.editors.DocumentEditor;
import dossier.ui.internal.entities.EntitiesView;
import dossier.ui.internal.funding.FundingTotals.Total;
import dossier.ui.internal.funding.FundingView;
import dossier.ui.internal.jobs.ImportJobs;

/**
 * The Funding view over the two sample answers (UKHTC £4.5m, SOCA £400m) plus, for the
 * class, a note with a fine (not funding) and a grant to the NCA.
 */
class FundingViewTest {

	private static final String NOTE = "The company was fined £5,000 by the court.\n"
			+ "The Home Office has allocated £2.5 million to the NCA to tackle human trafficking.\n";
	private static final List<String> imported = new ArrayList<>();
	private IWorkbenchPage page;
	private FundingView view;

	@BeforeAll
	static void importAFineAndAGrant() throws Exception {
		waitUntil(() -> Job.getJobManager().find(ImportJobs.FAMILY).length == 0, "the sample import to end");
		Path note = Files.createTempDirectory("dossier-funding").resolve("funding-note.txt");
		Files.writeString(note, NOTE, StandardCharsets.UTF_8);
		ImportReport report = Services.get(ImportService.class).importPaths(List.of(note), null);
		assertTrue(report.problems().isEmpty(), report.problems().toString());
		imported.add(note.toString());
	}

	@AfterAll
	static void removeIt() throws Exception {
		Services.get(ImportService.class).remove(imported);
		Files.deleteIfExists(Path.of(imported.get(0)));
	}

	@BeforeEach
	void openTheFundingView() throws Exception {
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		view = (FundingView) page.showView(FundingView.ID);
		view.load();
		waitUntil(() -> !view.isCounting(), "the funding facts");
	}

	@AfterEach
	void clearTheFilters() {
		view.getFilterText().setText("");
		if (view.getNonFundingCheck().getSelection()) {
			click(view.getNonFundingCheck());
		}
		view.showRecipient(null);
	}

	@Test
	void listsUkhtcAndSocaFundingInPoundsWithTheirSentences() {
		assertEquals("", view.getMessageText(), "the facts are shown, not a message");
		assertTrue(view.getFactsViewer().getTable().isVisible(), "the facts are shown");
		FundingFact ukhtc = fact("UKHTC");
		assertEquals(0, ukhtc.amount().compareTo(BigDecimal.valueOf(4_500_000)), ukhtc.toString());
		assertEquals(List.of("£4.5m", "4,500,000", "GBP"), cells(ukhtc, "Amount", "Exact", "Currency"));
		assertTrue(cell(ukhtc, "Sentence").contains("We shall fund the UKHTC to the tune of £4.5million"));
		assertEquals(ukhtc.document().title(), cell(ukhtc, "Document"));
		assertTrue(ukhtc.document().title().startsWith("A report on the outcomes of Operation Pentameter 2"));
		FundingFact soca = fact("SOCA");
		assertEquals(0, soca.amount().compareTo(BigDecimal.valueOf(400_000_000)), soca.toString());
		assertEquals(List.of("£400m", "400,000,000", "GBP"), cells(soca, "Amount", "Exact", "Currency"));
		assertFalse(rows().stream().anyMatch(f -> !f.funding()), "no fines until asked for");
	}

	@Test
	void totalsByRecipientAddUpEachRecipientsPoundsAndTheChartRanksThem() {
		Total ukhtc = total("UKHTC");
		Total soca = total("SOCA");
		assertEquals(0, ukhtc.pounds().compareTo(BigDecimal.valueOf(4_500_000)));
		assertEquals(0, soca.pounds().compareTo(BigDecimal.valueOf(400_000_000)));
		assertEquals(List.of("£4.5m", "4,500,000"), totalCells(ukhtc, "Total", "In pounds"));
		assertEquals(List.of("£400m", "400,000,000"), totalCells(soca, "Total", "In pounds"));
		BigDecimal all = rows().stream().filter(f -> f.currency().equals("GBP")).map(FundingFact::amount)
				.reduce(BigDecimal.ZERO, BigDecimal::add);
		assertEquals(0, totals(view.getRecipientsViewer()).get(0).pounds().compareTo(all), "the first row sums all");
		assertEquals(0, totals(view.getYearsViewer()).get(0).pounds().compareTo(all), "so does the years' first row");
		assertEquals(List.of("SOCA", "UKHTC", "NCA"), view.getChartRecipients(), "the largest first");
	}

	@Test
	void theFilterNarrowsTheFactsAndTheTotals() {
		int all = rows().size();
		view.getFilterText().setText("allocated");
		assertEquals(1, rows().size(), rows().toString());
		assertEquals("NCA", rows().get(0).recipientId());
		assertEquals(List.of("NCA"), totals(view.getRecipientsViewer()).stream().skip(1).map(Total::key).toList());
		assertEquals(List.of("NCA"), view.getChartRecipients());
		assertTrue(view.getStatusText().startsWith("1 of "), view.getStatusText());

		view.getFilterText().setText("UKHTC");
		assertTrue(rows().stream().anyMatch(f -> f.recipientId().equals("UKHTC")));
		assertTrue(rows().stream().noneMatch(f -> f.recipientId().equals("NCA")), "the note names no UKHTC");
		view.getFilterText().setText("");
		assertEquals(all, rows().size());
	}

	@Test
	void amountsThatAreNotFundingShowOnlyWhenAsked() {
		int funding = rows().size();
		assertTrue(rows().stream().noneMatch(f -> f.amount().compareTo(BigDecimal.valueOf(5000)) == 0));
		int factsTotalled = totals(view.getRecipientsViewer()).get(0).facts();

		click(view.getNonFundingCheck());

		FundingFact fine = rows().stream().filter(f -> f.amount().compareTo(BigDecimal.valueOf(5000)) == 0)
				.findFirst().orElseThrow(() -> new AssertionError("the fine is listed: " + rows()));
		assertFalse(fine.funding());
		assertEquals(List.of("£5,000", "5,000"), cells(fine, "Amount", "Exact"));
		assertTrue(rows().size() > funding);
		assertTrue(totals(view.getRecipientsViewer()).get(0).facts() > factsTotalled, "the totals follow");
		assertTrue(view.getStatusText().contains("amounts"), view.getStatusText());

		click(view.getNonFundingCheck());
		assertEquals(funding, rows().size());
	}

	@Test
	void selectingARecipientShowsItsFactsAndItsYears() {
		assertTrue(view.showRecipient("UKHTC"));
		assertTrue(rows().stream().allMatch(f -> f.recipientId().equals("UKHTC")), rows().toString());
		assertFalse(rows().isEmpty());
		assertEquals(0, totals(view.getYearsViewer()).get(0).pounds().compareTo(BigDecimal.valueOf(4_500_000)),
				"the years follow the recipient");
		assertTrue(totals(view.getRecipientsViewer()).size() > 2, "the recipients stay listed to choose another");

		assertTrue(view.showRecipient(null));
		assertTrue(rows().stream().anyMatch(f -> f.recipientId().equals("SOCA")));
	}

	@Test
	void followsAnAgencySelectedInTheEntitiesView() throws Exception {
		EntitiesView entities = (EntitiesView) page.showView(EntitiesView.ID);
		entities.showKind("agency");
		waitUntil(() -> Arrays.stream(entities.getViewer().getTable().getItems())
				.anyMatch(i -> i.getData() instanceof EntityCount e && e.id().equals("SOCA")), "the agencies");
		EntityCount soca = Arrays.stream(entities.getViewer().getTable().getItems())
				.map(i -> (EntityCount) i.getData()).filter(e -> e.id().equals("SOCA")).findFirst().orElseThrow();
		page.activate(entities);

		entities.getViewer().setSelection(new StructuredSelection(soca), true);

		waitUntil(() -> rows().stream().allMatch(f -> f.recipientId().equals("SOCA")), "the view to follow SOCA");
		assertTrue(view.getStatusText().endsWith(" to " + fact("SOCA").recipientName()), view.getStatusText());
		page.activate(view);
	}

	@Test
	void saysItIsCountingUntilTheCatalogHasGatheredTheChangedIndex() throws Exception {
		Path note = Files.createTempDirectory("dossier-funding").resolve("compensation.txt");
		Files.writeString(note, "Victims received compensation of £12,000.\n", StandardCharsets.UTF_8);
		Services.get(ImportService.class).importPaths(List.of(note), null);
		try {
			view.load();
			assertEquals("Counting funding in the collection…", view.getMessageText());
			assertTrue(view.isCounting());

			waitUntil(() -> !view.isCounting(), "the facts of the changed index");
			assertEquals("", view.getMessageText());
			click(view.getNonFundingCheck());
			assertTrue(rows().stream().anyMatch(f -> f.amount().compareTo(BigDecimal.valueOf(12_000)) == 0),
					"the new document's amount is listed");
		} finally {
			Services.get(ImportService.class).remove(List.of(note.toString()));
			Files.delete(note);
		}
	}

	@Test
	void ctrlCCopiesTheSelectedFactAsTabSeparatedText() throws Exception {
		page.activate(view);
		Table table = view.getFactsViewer().getTable();
		table.setFocus(); // not the filter text, where Copy copies the text
		table.setSelection(rows().indexOf(fact("UKHTC")));

		PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(IWorkbenchCommandConstants.EDIT_COPY,
				null);

		Clipboard clipboard = new Clipboard(Display.getCurrent());
		try {
			String text = (String) clipboard.getContents(TextTransfer.getInstance());
			List<String> lines = text.lines().toList();
			assertEquals(2, lines.size(), text);
			assertTrue(lines.get(0).startsWith("Recipient\tAmount\tExact\tCurrency\tPeriod"), lines.get(0));
			assertTrue(lines.get(1).contains("\t£4.5m\t4,500,000\tGBP\t"), lines.get(1));
		} finally {
			clipboard.dispose();
		}
	}

	@Test
	void exportWritesTheRowsShownAsCsv() throws Exception {
		view.getFilterText().setText("UKHTC");
		Path csv = Files.createTempFile("dossier-funding", ".csv");
		try {
			assertEquals(rows().size(), view.getExportFactsAction().export(csv));
			List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
			assertEquals(rows().size() + 1, lines.size(), lines.toString());
			assertTrue(lines.get(0).startsWith("Recipient,Amount,Exact,Currency,Period,Purpose,Date,Document,Sentence"),
					lines.get(0));
			assertTrue(lines.stream().anyMatch(l -> l.contains(",£4.5m,\"4,500,000\",GBP,")), lines.toString());
			assertTrue(lines.stream().noneMatch(l -> l.contains("2,500,000")), "only the rows shown");
		} finally {
			Files.delete(csv);
		}
	}

	@Test
	void enterOnAFactOpensItsDocumentAtTheAmount() throws Exception {
		Table table = view.getFactsViewer().getTable();
		table.setFocus();
		table.setSelection(rows().indexOf(fact("SOCA")));
		table.notifyListeners(SWT.DefaultSelection, null);

		DocumentEditor editor = (DocumentEditor) page.getActiveEditor();
		waitUntil(() -> editor.getTextWidget().getSelectionText().equals("£400 million"), "the amount selected");
		page.closeEditor(editor, false);
	}

	private List<FundingFact> rows() {
		@SuppressWarnings("unchecked")
		List<FundingFact> rows = (List<FundingFact>) view.getFactsViewer().getInput();
		return rows;
	}

	private FundingFact fact(String recipient) {
		return rows().stream().filter(f -> f.recipientId().equals(recipient)).findFirst()
				.orElseThrow(() -> new AssertionError("no fact for " + recipient + " in " + rows()));
	}

	@SuppressWarnings("unchecked")
	private static List<Total> totals(TableViewer viewer) {
		return (List<Total>) viewer.getInput();
	}

	private Total total(String recipient) {
		return totals(view.getRecipientsViewer()).stream().filter(t -> recipient.equals(t.key())).findFirst()
				.orElseThrow(() -> new AssertionError("no total for " + recipient));
	}

	/** The texts the table shows for a fact, read from its row. */
	private List<String> cells(FundingFact fact, String... columns) {
		Table table = view.getFactsViewer().getTable();
		int row = rows().indexOf(fact);
		return Arrays.stream(columns).map(c -> table.getItem(row).getText(column(table, c))).toList();
	}

	private String cell(FundingFact fact, String column) {
		return cells(fact, column).get(0);
	}

	private List<String> totalCells(Total total, String... columns) {
		Table table = view.getRecipientsViewer().getTable();
		int row = totals(view.getRecipientsViewer()).indexOf(total);
		return Arrays.stream(columns).map(c -> table.getItem(row).getText(column(table, c))).toList();
	}

	private static int column(Table table, String header) {
		TableColumn[] columns = table.getColumns();
		for (int i = 0; i < columns.length; i++) {
			if (columns[i].getText().equals(header)) {
				return i;
			}
		}
		throw new AssertionError("no column " + header);
	}

	private static void click(org.eclipse.swt.widgets.Button check) {
		check.setSelection(!check.getSelection());
		check.notifyListeners(SWT.Selection, null);
	}
}
