package dossier.ui.tests;

import static dossier.ui.tests.Ui.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.preference.PreferenceConverter;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.junit.jupiter.api.Test;

import dossier.core.catalog.EntitySummary;
import dossier.core.document.SourceDocument;
import dossier.core.entity.EntityExtractor;
import dossier.core.entity.Mention;
import dossier.core.index.DocumentIndex;
import dossier.core.index.SearchRequest;
import dossier.ui.internal.AnalysisPerspective;
import dossier.ui.internal.ResearchPerspective;
import dossier.ui.internal.Services;
import dossier.ui.internal.catalog.OperationsView;
import dossier.ui.internal.editors.DocumentEditor;
import dossier.ui.internal.editors.MentionStyles;
import dossier.ui.internal.jobs.ImportJobs;
import dossier.ui.internal.preferences.UiPreferences;

/** Perspectives, the document Outline and the preferences that change what the views show. */
class WorkbenchLayoutTest {

	@Test
	void theOutlineGroupsTheDocumentsEntitiesAndSelectsTheirMentions() throws Exception {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		waitUntil(() -> Job.getJobManager().find(ImportJobs.FAMILY).length == 0, "the sample import to end");
		String id = Services.get(DocumentIndex.class)
				.search(SearchRequest.of("Pentameter").withLimit(1)).hits().get(0).id();
		DocumentEditor editor = DocumentEditor.open(page, id, "Pentameter", "Pentameter");
		waitUntil(() -> !editor.getTextWidget().getText().isEmpty(), "the document");
		IContentOutlinePage outline = editor.getAdapter(IContentOutlinePage.class);
		page.showView(IPageLayout.ID_OUTLINE);
		Tree tree = (Tree) outline.getControl();
		waitUntil(() -> tree.getItemCount() > 0, "the outline");
		List<String> kinds = Arrays.stream(tree.getItems()).map(i -> i.getText()).toList();
		assertTrue(kinds.stream().anyMatch(k -> k.startsWith("Agencies (")), kinds.toString());
		assertTrue(kinds.stream().anyMatch(k -> k.startsWith("Operations (")), kinds.toString());

		TreeItem operations = Arrays.stream(tree.getItems())
				.filter(i -> i.getText().startsWith("Operations")).findFirst().orElseThrow();
		Object first = operations.getItem(0).getData();
		OperationsView list = (OperationsView) page.showView(OperationsView.ID, null, IWorkbenchPage.VIEW_VISIBLE);
		waitUntil(() -> list.getViewer().getTable().getItemCount() > 0, "the operations listed");
		page.activate(page.findView(IPageLayout.ID_OUTLINE));
		outline.setSelection(new StructuredSelection(first));
		Mention named = ((IAdaptable) first).getAdapter(Mention.class);
		waitUntil(() -> list.getViewer().getStructuredSelection().getFirstElement() instanceof EntitySummary e
				&& e.id().equals(named.entityId()), "the Operations view to follow the Outline");
		String selected = editor.getTextWidget().getSelectionText();
		assertTrue(selected.contains("Pentameter") || selected.matches("\\d+"), selected);
		page.closeAllEditors(false); // later tests open this document afresh
	}

	@Test
	void bothPerspectivesOpenAndReset() throws Exception {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		IWorkbenchPage page = window.getActivePage();
		page.setPerspective(PlatformUI.getWorkbench().getPerspectiveRegistry().findPerspectiveWithId(AnalysisPerspective.ID));
		assertEquals(AnalysisPerspective.ID, page.getPerspective().getId());
		page.hideView(page.findView(IPageLayout.ID_OUTLINE));
		page.resetPerspective();
		assertTrue(page.findView(IPageLayout.ID_OUTLINE) != null, "reset brings the Outline back");
		page.setPerspective(PlatformUI.getWorkbench().getPerspectiveRegistry().findPerspectiveWithId(ResearchPerspective.ID));
		assertEquals(ResearchPerspective.ID, page.getPerspective().getId());
	}

	@Test
	void mentionColoursFollowThePreferences() {
		IPreferenceStore store = UiPreferences.store();
		Mention soca = new Mention("agency", 0, 4, "SOCA", "SOCA", "Serious Organised Crime Agency", Map.of());
		RGB before = MentionStyles.ranges(List.of(soca), Display.getCurrent()).get(0).foreground.getRGB();
		try {
			PreferenceConverter.setValue(store, UiPreferences.colourKey("agency"), new RGB(1, 2, 3));
			StyleRange range = MentionStyles.ranges(List.of(soca), Display.getCurrent()).get(0);
			assertEquals(new RGB(1, 2, 3), range.foreground.getRGB());
			assertNotEquals(new RGB(1, 2, 3), before);
		} finally {
			store.setToDefault(UiPreferences.colourKey("agency"));
		}
		assertEquals(before, MentionStyles.ranges(List.of(soca), Display.getCurrent()).get(0).foreground.getRGB());
	}

	@Test
	void recognizersSwitchedOffInThePreferencesAreNotRun() throws Exception {
		IEclipsePreferences node = InstanceScope.INSTANCE.getNode("dossier.extract");
		EntityExtractor extractor = Services.get(EntityExtractor.class);
		SourceDocument doc = SourceDocument.builder("t1").title("t")
				.text("We shall fund the UKHTC to the tune of £4.5million.").build();
		assertTrue(extractor.extract(doc).stream().anyMatch(m -> m.kind().equals("funding")));
		try {
			node.put("disabledRecognizers", "dossier.extract.funding");
			assertTrue(extractor.extract(doc).stream().noneMatch(m -> m.kind().equals("funding")));
			assertTrue(extractor.extract(doc).stream().anyMatch(m -> m.kind().equals("agency")));
		} finally {
			node.remove("disabledRecognizers");
		}
		assertTrue(extractor.extract(doc).stream().anyMatch(m -> m.kind().equals("funding")));
	}
}
