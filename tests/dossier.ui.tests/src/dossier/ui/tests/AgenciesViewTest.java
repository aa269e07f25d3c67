package dossier.ui.tests;

import static dossier.ui.tests.Ui.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dossier.core.catalog.EntitySummary;
import dossier.core.catalog.Passage;
import dossier.core.entity.EntityCount;
import dossier.ui.internal.catalog.AgenciesView;
import dossier.ui.internal.catalog.EntityPageEditor;
import dossier.ui.internal.catalog.EntityPageInput;
import dossier.ui.internal.editors.DocumentEditor;
import dossier.ui.internal.entities.EntitiesView;
import dossier.ui.internal.jobs.ImportJobs;

/** The Agencies view over the two sample answers, and the entity pages it opens. */
class AgenciesViewTest {

	private IWorkbenchPage page;
	private AgenciesView view;

	@BeforeEach
	void openTheView() throws Exception {
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		waitUntil(() -> Job.getJobManager().find(ImportJobs.FAMILY).length == 0, "the sample import to end");
		view = (AgenciesView) page.showView(AgenciesView.ID);
		waitUntil(() -> view.getStatusText().matches("\\d+ of \\d+ agencies") && row("UKHTC") != null, "the agencies");
	}

	@AfterEach
	void closeEverything() {
		view.getFilter().setText("");
		page.closeAllEditors(false);
	}

	@Test
	void listsTheSampleAgenciesWithTypeParentCountsAndFunding() {
		EntitySummary soca = row("SOCA");
		assertEquals("Serious Organised Crime Agency", soca.name());
		assertEquals(2, soca.documents(), "SOCA is named in both sample answers");
		assertTrue(soca.mentions() > soca.documents(), "and more than once");
		assertEquals(List.of("SOCA"), soca.aliases());
		assertEquals(List.of("Serious Organised Crime Agency", "SOCA", "Law enforcement", "Home Office", "2",
				Integer.toString(soca.mentions()), "£400,000,000"), cells(soca));
		EntitySummary ukhtc = row("UKHTC");
		assertEquals(2, ukhtc.documents());
		assertEquals(List.of("UKHTC", "Law enforcement", "SOCA", "2"), cells(ukhtc).subList(1, 5));
		assertEquals("£4,500,000", cells(ukhtc).get(6));
		assertEquals("", cells(row("Home Office")).get(1), "an agency known by its name has no acronym");
		int total = view.getShownRows().size();
		assertEquals(total + " of " + total + " agencies", view.getStatusText());
		assertSame(view.getViewer(), view.getSite().getSelectionProvider(), "the selection is the view's");
	}

	@Test
	void theFilterMatchesNamesAcronymsAliasesAndTypes() {
		int total = view.getShownRows().size();

		view.getFilter().setText("\"organisation for migration\"");
		assertEquals(List.of("IOM"), ids(), "an alias: the name as the text spells it, as a phrase");
		assertEquals("1 of " + total + " agencies", view.getStatusText());
		view.getFilter().setText("\"organisation for\"");
		assertEquals(List.of("IOM"), ids(), "a phrase does not run from the type into the name");

		view.getFilter().setText("HUMAN traffick");
		assertEquals(List.of("UKHTC"), ids(), "words of a name, in any case");

		view.getFilter().setText("police force");
		assertEquals(List.of("Gloucestershire Constabulary"), ids(), "a type");

		view.getFilter().setText("iom");
		assertEquals(List.of("IOM"), ids(), "an acronym");

		view.getFilter().setText("no such agency");
		assertTrue(ids().isEmpty());
		assertEquals(0, view.getViewer().getTable().getItemCount());

		view.getFilter().setText("");
		assertEquals(total, view.getShownRows().size());
		assertEquals(total, view.getViewer().getTable().getItemCount());
	}

	@Test
	void headersSortByTheirColumnAndASecondClickReverses() {
		List<EntitySummary> byDocuments = new ArrayList<>(view.getShownRows());
		byDocuments.sort(Comparator.comparingInt(EntitySummary::documents).reversed());
		assertEquals(byDocuments.stream().map(EntitySummary::documents).toList(),
				view.getShownRows().stream().map(EntitySummary::documents).toList(), "most documents first at first");

		click("Documents");
		List<Integer> documents = view.getShownRows().stream().map(EntitySummary::documents).toList();
		assertEquals(documents.stream().sorted().toList(), documents, "fewest first after a second click");
		assertEquals(SWT.UP, view.getViewer().getTable().getSortDirection());

		click("Name");
		List<String> names = view.getShownRows().stream().map(e -> e.name().toLowerCase(Locale.ROOT)).toList();
		assertEquals(names.stream().sorted().toList(), names, "names A to Z");

		click("Funding £");
		assertEquals("SOCA", view.getShownRows().get(0).id(), "the most funding first");
		assertEquals("UKHTC", view.getShownRows().get(1).id());
		click("Documents");
		assertEquals(2, view.getShownRows().get(0).documents());
	}

	@Test
	void ctrlCCopiesTheSelectedRowsAndTheToolbarExportsAllShown() throws Exception {
		page.activate(view);
		view.getViewer().getTable().setFocus();
		view.getViewer().setSelection(new StructuredSelection(List.of(row("SOCA"), row("UKHTC"))));

		PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(IWorkbenchCommandConstants.EDIT_COPY,
				null);

		String copied = clipboardText();
		List<String> lines = copied.lines().toList();
		assertEquals("Name\tAcronym\tType\tParent\tDocuments\tMentions\tFunding £", lines.get(0));
		assertEquals(3, lines.size(), copied);
		assertTrue(lines.contains("Serious Organised Crime Agency\tSOCA\tLaw enforcement\tHome Office\t2\t"
				+ row("SOCA").mentions() + "\t£400,000,000"), copied);
		assertTrue(lines.contains("UK Human Trafficking Centre\tUKHTC\tLaw enforcement\tSOCA\t2\t" + row("UKHTC").mentions()
				+ "\t£4,500,000"), copied);

		view.getFilter().setText("law enforcement");
		Path csv = Files.createTempFile("agencies", ".csv");
		int written = view.getExportAction().export(csv);
		List<String> rows = Files.readAllLines(csv, StandardCharsets.UTF_8);
		Files.delete(csv);
		assertEquals(view.getShownRows().size(), written);
		assertEquals(written + 1, rows.size());
		assertEquals("Name,Acronym,Type,Parent,Documents,Mentions,Funding £", rows.get(0));
		assertTrue(rows.contains("Serious Organised Crime Agency,SOCA,Law enforcement,Home Office,2,"
				+ row("SOCA").mentions() + ",\"£400,000,000\""), rows.toString());
		assertTrue(rows.stream().skip(1).allMatch(r -> r.contains("Law enforcement")), "only the rows shown");
	}

	@Test
	void enterOpensSocasPageWhosePassagesOpenTheDocumentAtTheMention() throws Exception {
		view.getViewer().setSelection(new StructuredSelection(row("SOCA")), true);
		view.getViewer().getTable().notifyListeners(SWT.DefaultSelection, new Event());

		EntityPageEditor editor = (EntityPageEditor) page.getActiveEditor();
		assertEquals(new EntityPageInput("agency", "SOCA", "Serious Organised Crime Agency"), editor.getEditorInput());
		waitUntil(() -> editor.getPage() != null, "SOCA's page");
		List<Passage> passages = editor.getPage().passages();
		assertEquals(row("SOCA").mentions(), passages.size(), "every mention, as there are few");
		assertTrue(passages.stream().filter(p -> p.surface().equals("SOCA")).count() >= 3, passages.toString());
		passages.forEach(p -> assertTrue(p.text().contains(p.surface())));
		assertTrue(editor.getHeaderText().startsWith("Serious Organised Crime Agency\nAgency  ·  SOCA  ·  Law enforcement  ·  part of Home Office"),
				editor.getHeaderText());
		assertTrue(editor.getHeaderText().contains("Funding received\n£400,000,000"), editor.getHeaderText());
		Table table = editor.getPassagesViewer().getTable();
		assertEquals(passages.size(), table.getItemCount());
		int socaRow = passages.indexOf(passages.stream().filter(p -> p.surface().equals("SOCA")).skip(1).findFirst()
				.orElseThrow());
		Passage passage = passages.get(socaRow);
		assertEquals("SOCA", table.getItem(socaRow).getText(3), "the mention's column");
		assertTrue(table.getItem(socaRow).getText(2).endsWith(passage.before()));

		table.setFocus();
		table.setSelection(socaRow);
		table.notifyListeners(SWT.DefaultSelection, new Event());

		IEditorPart active = page.getActiveEditor();
		assertTrue(active instanceof DocumentEditor, "the document opens: " + active);
		DocumentEditor document = (DocumentEditor) active;
		waitUntil(() -> "SOCA".equals(document.getTextWidget().getSelectionText()), "the mention selected");
		assertEquals(passage.start(), document.getTextWidget().getSelection().x, "at the passage's mention");
		assertEquals(passage.document().title(), document.getTitleToolTip());

		// opening the same agency again brings its page back rather than a second one
		view.getViewer().setSelection(new StructuredSelection(row("SOCA")), true);
		view.getViewer().getTable().notifyListeners(SWT.DefaultSelection, new Event());
		assertSame(editor, page.getActiveEditor());
		assertEquals(1, Arrays.stream(page.getEditorReferences()).filter(r -> r.getId().equals(EntityPageEditor.ID))
				.count());
	}

	@Test
	void theKeyboardAloneFiltersPicksAndOpensAnAgency() {
		page.activate(view);
		view.getFilter().setText("trafficking");
		Event down = new Event();
		down.keyCode = SWT.ARROW_DOWN;
		view.getFilter().notifyListeners(SWT.KeyDown, down);

		assertEquals(List.of(row("UKHTC")), view.getViewer().getStructuredSelection().toList(), "Down picks the first row");
		assertEquals(row("UKHTC"),
				((IStructuredSelection) view.getSite().getSelectionProvider().getSelection()).getFirstElement(),
				"and other views hear of it");
		view.getViewer().getTable().notifyListeners(SWT.DefaultSelection, new Event()); // Enter

		assertEquals(new EntityPageInput("agency", "UKHTC", null), page.getActiveEditor().getEditorInput());
	}

	@Test
	void followsAnAgencySelectedInTheEntitiesView() throws Exception {
		EntitiesView entities = (EntitiesView) page.showView(EntitiesView.ID);
		entities.showKind("agency");
		waitUntil(() -> entities.getViewer().getTable().getItemCount() > 3, "the Entities view's agencies");
		EntityCount ukhtc = Arrays.stream(entities.getViewer().getTable().getItems()).map(i -> (EntityCount) i.getData())
				.filter(e -> e.id().equals("UKHTC")).findFirst().orElseThrow();
		page.activate(entities);

		entities.getViewer().setSelection(new StructuredSelection(ukhtc), true);

		assertEquals(List.of(row("UKHTC")), view.getViewer().getStructuredSelection().toList());
		page.showView(AgenciesView.ID);
	}

	private EntitySummary row(String id) {
		return view.getShownRows().stream().filter(e -> e.id().equals(id)).findFirst().orElse(null);
	}

	private List<String> ids() {
		return view.getShownRows().stream().map(EntitySummary::id).toList();
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

	private void click(String header) {
		TableColumn column = Arrays.stream(view.getViewer().getTable().getColumns())
				.filter(c -> c.getText().equals(header)).findFirst().orElseThrow();
		assertNotNull(column);
		column.notifyListeners(SWT.Selection, new Event());
	}

	static String clipboardText() {
		Clipboard clipboard = new Clipboard(Display.getCurrent());
		try {
			return (String) clipboard.getContents(TextTransfer.getInstance());
		} finally {
			clipboard.dispose();
		}
	}
}
