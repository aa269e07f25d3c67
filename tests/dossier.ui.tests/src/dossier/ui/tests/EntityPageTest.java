package dossier.ui.tests;

import static dossier.ui.tests.Ui.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dossier.core.catalog.DocumentRef;
import dossier.core.catalog.EntityCatalog;
import dossier.core.entity.EntityCount;
import dossier.ui.internal.Services;
import dossier.ui.internal.catalog.EntityPageEditor;
import dossier.ui.internal.catalog.EntityPageInput;
import dossier.ui.internal.editors.DocumentEditor;
import dossier.ui.internal.entities.EntitiesView;
import dossier.ui.internal.jobs.ImportJobs;

/**
 * Entity pages opened from mentions in the document viewer: Ctrl+click or F4 on a mention,
 * an amount leading to its recipient, and the page's related entities leading on.
 */
class EntityPageTest {

	private IWorkbenchPage page;
	private DocumentEditor document;
	private StyledText text;

	@BeforeEach
	void openTheFirstSampleAnswer() throws Exception {
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		waitUntil(() -> Job.getJobManager().find(ImportJobs.FAMILY).length == 0, "the sample import to end");
		// the answer naming the police force, found without the Search view, whose state other tests expect
		DocumentRef answer = Services.get(EntityCatalog.class)
				.page("agency", "Gloucestershire Constabulary", new NullProgressMonitor()).orElseThrow().documents().get(0);
		document = DocumentEditor.open(page, answer.id(), answer.title(), "");
		text = document.getTextWidget();
		waitUntil(() -> text.getText().contains("UK Human Trafficking Centre"), "the document");
	}

	@AfterEach
	void closeEverything() {
		page.closeAllEditors(false);
	}

	@Test
	void ctrlClickOnAnAgencyOpensItsPageWithTheEntitiesNamedWithIt() {
		int at = text.getText().indexOf("UK Human Trafficking Centre") + 3;
		assertTrue(hover(at).contains("Ctrl+click or F4 opens its page"), hover(at));

		click(at, 0);
		assertSame(document, page.getActiveEditor(), "a plain click only places the caret");
		click(at, SWT.MOD1);

		EntityPageEditor editor = (EntityPageEditor) page.getActiveEditor();
		assertEquals(new EntityPageInput("agency", "UKHTC", "UK Human Trafficking Centre"), editor.getEditorInput());
		waitUntil(() -> editor.getPage() != null, "UKHTC's page");
		assertTrue(editor.getHeaderText().startsWith("UK Human Trafficking Centre\nAgency  ·  UKHTC  ·  Law enforcement"
				+ "  ·  part of Serious Organised Crime Agency  ·  4 mentions in 2 documents"), editor.getHeaderText());
		List<String> agencies = rows(editor, "agency");
		assertEquals("Serious Organised Crime Agency\t2", agencies.get(0), "SOCA shares both documents: " + agencies);
		assertTrue(agencies.contains("Gloucestershire Constabulary\t1"), agencies.toString());
		assertTrue(rows(editor, "operation").contains("Operation Pentameter 2\t2"), rows(editor, "operation").toString());
		assertTrue(rows(editor, "country").stream().anyMatch(r -> r.startsWith("United Kingdom\t")),
				rows(editor, "country").toString());
		assertEquals(List.of("£4,500,000", "£4.5million", "current spending review period"),
				cells(editor.getFundingViewer().getTable(), 0).subList(0, 3), "the funding it receives");

		Table related = editor.getRelatedViewer("agency").getTable();
		related.setSelection(0);
		related.notifyListeners(SWT.DefaultSelection, new Event());
		EntityPageEditor soca = (EntityPageEditor) page.getActiveEditor();
		assertEquals("SOCA", ((EntityPageInput) soca.getEditorInput()).getId(), "a related agency opens its page");
	}

	@Test
	void f4OnTheCaretsMentionAndCtrlClickOnAnAmountOpenTheirPages() {
		page.activate(document);
		text.setCaretOffset(text.getText().indexOf("Gloucestershire Constabulary") + 5);
		key(SWT.F4);
		EntityPageEditor police = (EntityPageEditor) page.getActiveEditor();
		assertEquals(new EntityPageInput("agency", "Gloucestershire Constabulary", null), police.getEditorInput());
		waitUntil(police::isLoaded, "the police force's page");
		assertTrue(police.getHeaderText().contains("Police force"), police.getHeaderText());

		page.activate(document);
		int amount = text.getText().indexOf("£4.5million") + 2;
		assertTrue(hover(amount).contains("opens its page"), hover(amount));
		click(amount, SWT.MOD1);
		EntityPageEditor ukhtc = (EntityPageEditor) page.getActiveEditor();
		assertEquals(new EntityPageInput("agency", "UKHTC", null), ukhtc.getEditorInput(), "an amount opens its recipient");

		page.activate(document);
		text.setCaretOffset(text.getText().indexOf("UK Human Trafficking Centre"));
		key(SWT.F4);
		assertSame(ukhtc, page.getActiveEditor(), "an entity's page opens once");
	}

	@Test
	void theEntitiesViewOpensEntityPagesFromItsContextMenu() throws Exception {
		EntitiesView entities = (EntitiesView) page.showView(EntitiesView.ID);
		entities.showKind("operation");
		waitUntil(() -> entities.getKind().equals("operation") && operation(entities) != null, "the operations");
		entities.getViewer().setSelection(new StructuredSelection(operation(entities)), true);
		Menu menu = entities.getViewer().getControl().getMenu();
		menu.notifyListeners(SWT.Show, new Event());
		MenuItem open = Arrays.stream(menu.getItems()).filter(i -> i.getText().startsWith("Open Entity &Page"))
				.findFirst().orElseThrow();
		assertTrue(open.isEnabled());

		open.notifyListeners(SWT.Selection, new Event());

		assertEquals(new EntityPageInput("operation", "Pentameter 2", null), page.getActiveEditor().getEditorInput());
		entities.showKind("agency");
	}

	private static EntityCount operation(EntitiesView view) {
		return Arrays.stream(view.getViewer().getTable().getItems()).map(i -> (EntityCount) i.getData())
				.filter(e -> e != null && e.id().equals("Pentameter 2")).findFirst().orElse(null);
	}

	private String hover(int offset) {
		settle(offset);
		Point at = text.getLocationAtOffset(offset);
		Event e = new Event();
		e.x = at.x + 1;
		e.y = at.y + 2;
		text.notifyListeners(SWT.MouseHover, e);
		return String.valueOf(text.getToolTipText());
	}

	private void click(int offset, int stateMask) {
		settle(offset);
		Point at = text.getLocationAtOffset(offset);
		Event e = new Event();
		e.x = at.x + 1;
		e.y = at.y + 2;
		e.button = 1;
		e.stateMask = stateMask;
		text.notifyListeners(SWT.MouseUp, e);
	}

	/**
	 * Lets the text be laid out after its editor was brought to the front and scrolls the
	 * offset into view, so that it maps to a point the mouse can be at.
	 */
	private void settle(int offset) {
		waitUntil(() -> text.isVisible() && text.getClientArea().height > 0, "the document to be shown");
		text.setTopIndex(Math.max(0, text.getLineAtOffset(offset) - 1));
		while (text.getDisplay().readAndDispatch()) {
			// run what is pending
		}
	}

	private void key(int keyCode) {
		Event e = new Event();
		e.keyCode = keyCode;
		text.notifyListeners(SWT.KeyDown, e);
	}

	private static List<String> rows(EntityPageEditor editor, String kind) {
		Table table = editor.getRelatedViewer(kind).getTable();
		List<String> rows = new ArrayList<>();
		for (int i = 0; i < table.getItemCount(); i++) {
			rows.add(String.join("\t", cells(table, i)));
		}
		return rows;
	}

	private static List<String> cells(Table table, int row) {
		return Arrays.stream(table.getColumns()).map(c -> table.getItem(row).getText(table.indexOf(c))).toList();
	}
}
