package dossier.ui.tests;

import static dossier.ui.tests.Ui.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dossier.core.index.SearchHit;
import dossier.ui.internal.editors.DocumentEditor;
import dossier.ui.internal.jobs.ImportJobs;
import dossier.ui.internal.views.SearchView;

/** Drives the Search view and the document viewer in the running Dossier workbench. */
class SearchViewTest {

	private IWorkbenchPage page;
	private SearchView view;

	@BeforeEach
	void openTheSearchView() throws Exception {
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		view = (SearchView) page.showView(SearchView.ID);
		// the first start imports the bundled sample collection in a job
		waitUntil(() -> Job.getJobManager().find(ImportJobs.FAMILY).length == 0, "the sample import to end");
	}

	@Test
	void theSampleCollectionIsImportedOnFirstStart() {
		view.search("");

		waitUntil(() -> view.getStatusText().equals("2 documents in the collection"), "both samples listed");
		assertEquals(2, table().getItemCount());
	}

	@Test
	void searchingPentameterListsBothAnswersWithTheWordHighlighted() {
		view.search("Pentameter");

		waitUntil(() -> view.getStatusText().startsWith("2 documents match Pentameter"), "Pentameter hits");
		Table table = table();
		assertEquals(2, table.getItemCount());
		for (TableItem item : table.getItems()) {
			String snippet = item.getText(1);
			assertTrue(snippet.contains("Pentameter"), snippet);
			SearchHit hit = (SearchHit) item.getData();
			assertFalse(hit.snippet().highlights().isEmpty(), "hits are marked in " + hit.id());
			hit.snippet().highlightedParts()
					.forEach(word -> assertEquals("pentameter", word.toLowerCase(Locale.ROOT)));
		}
	}

	@Test
	void openingAHitShowsTheFullTextWithEveryHitMarked() throws Exception {
		view.search("Gloucestershire");
		waitUntil(() -> view.getStatusText().startsWith("1 document match"), "one hit");
		SearchHit hit = (SearchHit) table().getItem(0).getData();

		DocumentEditor editor = DocumentEditor.open(page, hit.id(), hit.title(), "Gloucestershire");

		waitUntil(() -> !editor.getHits().isEmpty(), "the document to load");
		String text = editor.getTextWidget().getText();
		assertTrue(text.contains("We shall fund the UKHTC to the tune of £4.5million"), "full text shown");
		// hits are bold on the marker colour; entity mentions are only underlined in colour
		List<StyleRange> hits = Arrays.stream(editor.getTextWidget().getStyleRanges())
				.filter(s -> (s.fontStyle & SWT.BOLD) != 0).toList();
		assertEquals(1, hits.size());
		assertEquals("Gloucestershire", text.substring(hits.get(0).start, hits.get(0).start + hits.get(0).length));
		assertTrue(Arrays.stream(editor.getTextWidget().getStyleRanges()).anyMatch(s -> s.underline),
				"the sample's agencies are marked");
		assertEquals("Gloucestershire", editor.getTextWidget().getSelectionText(), "the first hit is selected");
		page.closeAllEditors(false);
	}

	@Test
	void aBrokenQuerySaysWhatIsWrong() {
		view.search("SOCA AND (funding");

		waitUntil(() -> view.getStatusText().startsWith("Cannot read the query"), "the error");
		assertEquals(0, table().getItemCount());
	}

	private Table table() {
		return view.getViewer().getTable();
	}
}
