package dossier.ui.tests;

import static dossier.ui.tests.Ui.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

import dossier.core.entity.EntityCount;
import dossier.ui.internal.entities.EntitiesView;
import dossier.ui.internal.jobs.ImportJobs;
import dossier.ui.internal.views.SearchView;

/** The Entities view over the sample answers, as the first start imports them with their entities. */
class EntitiesViewTest {

	@Test
	void listsTheSamplesAgenciesAndOpensTheirDocuments() throws Exception {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		waitUntil(() -> Job.getJobManager().find(ImportJobs.FAMILY).length == 0, "the sample import to end");
		EntitiesView view = (EntitiesView) page.showView(EntitiesView.ID);
		view.showKind("agency");
		waitUntil(() -> view.getStatusText().endsWith("entities") && rows(view).size() > 3, "the agencies");

		EntityCount soca = rows(view).stream().filter(e -> e.id().equals("SOCA")).findFirst().orElseThrow();
		assertEquals(2, soca.documents(), "SOCA is named in both sample answers");
		assertTrue(soca.mentions() > soca.documents());
		assertEquals(rows(view).get(0).documents(),
				rows(view).stream().mapToLong(EntityCount::documents).max().orElseThrow(), "most documents first");

		view.showKind("country");
		waitUntil(() -> view.getKind().equals("country") && rows(view).stream().anyMatch(e -> e.id().equals("GB")),
				"the countries");

		view.showKind("agency");
		waitUntil(() -> rows(view).stream().anyMatch(e -> e.id().equals("UKHTC")), "the agencies again");
		view.getViewer().setSelection(new StructuredSelection(
				rows(view).stream().filter(e -> e.id().equals("UKHTC")).findFirst().orElseThrow()), true);
		view.getViewer().getTable().notifyListeners(SWT.DefaultSelection, null);
		SearchView search = (SearchView) page.findView(SearchView.ID);
		waitUntil(() -> search.getStatusText().startsWith("2 documents match"), "the documents naming UKHTC");
		assertEquals(List.of("UKHTC"), search.getRequest().filters().get("agency"));
		search.clearFilters();
	}

	private static List<EntityCount> rows(EntitiesView view) {
		return Arrays.stream(view.getViewer().getTable().getItems()).map(TableItem::getData)
				.map(EntityCount.class::cast).toList();
	}
}
