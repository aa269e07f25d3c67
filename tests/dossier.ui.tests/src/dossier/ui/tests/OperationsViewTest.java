package dossier.ui.tests;

import static dossier.ui.tests.Ui.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dossier.core.catalog.EntitySummary;
import dossier.ui.internal.catalog.EntityPageEditor;
import dossier.ui.internal.catalog.OperationsView;
import dossier.ui.internal.jobs.ImportJobs;

/**
 * The Operations view over the two sample answers: the Pentameter operations with the
 * figures the second answer reports, as read (its table prints "1167 25": 167 and 5 with
 * footnote marks 1 and 2).
 */
class OperationsViewTest {

	private IWorkbenchPage page;
	private OperationsView view;

	@BeforeEach
	void openTheView() throws Exception {
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		waitUntil(() -> Job.getJobManager().find(ImportJobs.FAMILY).length == 0, "the sample import to end");
		view = (OperationsView) page.showView(OperationsView.ID);
		waitUntil(() -> row("Pentameter") != null, "the operations");
	}

	@AfterEach
	void closeEverything() {
		view.getFilter().setText("");
		page.closeAllEditors(false);
	}

	@Test
	void listsBothPentametersAndTheSeriesWithTheirFigures() {
		List<String> first = cells(row("Pentameter 1"));
		assertEquals("2006", first.get(1));
		assertEquals("victims 88", first.get(3));
		assertEquals("Operation Pentameter 1", first.get(0));
		List<String> second = cells(row("Pentameter 2"));
		assertEquals("2007-08", second.get(1));
		assertEquals("Gloucestershire Constabulary", second.get(2), "the agency named with it most, in its sentences");
		assertEquals("victims 167 + 5 (printed 1167 25)", second.get(3));
		assertEquals(Integer.toString(row("Pentameter 2").documents()), second.get(4));
		List<String> series = cells(row("Pentameter"));
		assertEquals("arrests 528, 299 for trafficking", series.get(3), "the series, as the sentence names no number");
		assertEquals("", series.get(1), "no period is given for it");
		assertEquals(List.of("Name", "Period", "Lead agency", "Figures", "Documents", "Mentions"), headers());
		assertEquals(2, row("Pentameter 2").documents(), "Pentameter 2 is named in both answers");
	}

	@Test
	void filtersByPeriodAndCopiesTheFigures() throws Exception {
		view.getFilter().setText("2007");
		assertEquals(List.of("Pentameter 2"), view.getShownRows().stream().map(EntitySummary::id).toList());

		view.getFilter().setText("pentameter");
		assertEquals(3, view.getShownRows().size(), view.getShownRows().toString());
		page.activate(view);
		view.getViewer().getTable().setFocus();
		view.getViewer().setSelection(new StructuredSelection(row("Pentameter")));
		PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(IWorkbenchCommandConstants.EDIT_COPY,
				null);

		List<String> lines = AgenciesViewTest.clipboardText().lines().toList();
		assertEquals(2, lines.size());
		assertTrue(lines.get(1).startsWith("Operation Pentameter\t"), lines.get(1));
		assertTrue(lines.get(1).contains("\tarrests 528, 299 for trafficking\t"), lines.get(1));
	}

	@Test
	void pentameter2sPageShowsItsFiguresWithTheirFootnotes() {
		view.getViewer().setSelection(new StructuredSelection(row("Pentameter 2")), true);
		view.getViewer().getTable().notifyListeners(SWT.DefaultSelection, new Event());

		EntityPageEditor editor = (EntityPageEditor) page.getActiveEditor();
		waitUntil(() -> editor.getPage() != null, "Pentameter 2's page");
		String header = editor.getHeaderText();
		assertTrue(header.startsWith("Operation Pentameter 2\nOperation  ·  Pentameter 2"), header);
		assertTrue(header.contains("\nPeriod\n2007-08\n"), header);
		assertTrue(header.contains("\nVictims recovered\n167 + 5 (printed 1167 25)\n"), header);
		assertTrue(header.contains("\nVictims recovered by footnote\n167 Victims of sexual exploitation; "
				+ "5 Victims of trafficking for domestic servitude/forced labour"), header);
		assertTrue(editor.getPage().passages().stream().anyMatch(p -> p.surface().equals("Operation Pentameter 2")));
		assertEquals(2, editor.getDocumentsViewer().getTable().getItemCount());
	}

	private EntitySummary row(String id) {
		return view.getShownRows().stream().filter(e -> e.id().equals(id)).findFirst().orElse(null);
	}

	private List<String> cells(EntitySummary entity) {
		int index = view.getShownRows().indexOf(entity);
		Table table = view.getViewer().getTable();
		List<String> cells = new ArrayList<>();
		for (int column = 0; column < table.getColumnCount(); column++) {
			cells.add(table.getItem(index).getText(column));
		}
		return cells;
	}

	private List<String> headers() {
		List<String> headers = new ArrayList<>();
		for (var column : view.getViewer().getTable().getColumns()) {
			headers.add(column.getText());
		}
		return headers;
	}
}
