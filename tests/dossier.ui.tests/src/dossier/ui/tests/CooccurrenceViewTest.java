package dossier.ui.tests;

import static dossier.ui.tests.Ui.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dossier.core.entity.EntityKinds;
import dossier.core.index.DocumentIndex;
import dossier.core.index.SearchRequest;
import dossier.core.xref.CooccurrenceMatrix;
import dossier.ui.internal.Services;
import dossier.ui.internal.jobs.ImportJobs;
import dossier.ui.xref.internal.CooccurrenceView;

/** The Co-occurrence view over the sample answers: heat-map cells agree with searches, and a cell lists its documents. */
class CooccurrenceViewTest {

	private IWorkbenchPage page;
	private CooccurrenceView view;

	@AfterEach
	void close() {
		if (view != null) {
			page.hideView(view);
		}
	}

	@Test
	void cellsCountWhatASearchFindsAndListTheirDocuments() throws Exception {
		waitUntil(() -> Job.getJobManager().find(ImportJobs.FAMILY).length == 0, "the sample import to end");
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		view = (CooccurrenceView) page.showView(CooccurrenceView.ID);
		view.setKinds(EntityKinds.AGENCY, EntityKinds.AGENCY);
		waitUntil(() -> !view.isBusy() && view.matrix() != null
				&& view.matrix().columnKind().equals(EntityKinds.AGENCY), "the agency x agency matrix");
		CooccurrenceMatrix matrix = view.matrix();
		int row = matrix.rowOf(EntityKinds.AGENCY, "SOCA");
		int column = matrix.columnOf(EntityKinds.AGENCY, "UKHTC");
		assertTrue(row >= 0 && column >= 0, matrix.rows().toString());
		long searched = Services.get(DocumentIndex.class)
				.search(SearchRequest.of("agency:SOCA AND agency:UKHTC").withLimit(1)).totalHits();
		assertTrue(searched >= 2);
		assertEquals(searched, matrix.count(row, column));
		assertEquals(matrix.rows().size(), view.table().getItemCount());
		if (column < 40) {
			TableItem item = view.table().getItem(row);
			assertEquals(Long.toString(searched), item.getText(column + 2));
		}
		view.openCell(row, column);
		waitUntil(() -> !view.isBusy() && view.documents().size() == searched, "the cell's documents");
	}
}
