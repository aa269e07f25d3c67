package dossier.ui.tests;

import static dossier.ui.tests.Ui.waitUntil;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

import dossier.core.catalog.EntityCatalog;
import dossier.core.entity.EntityKinds;
import dossier.core.importer.ImportService;
import dossier.ui.internal.Services;
import dossier.ui.internal.catalog.AgenciesView;
import dossier.ui.internal.catalog.EntityPageEditor;
import dossier.ui.internal.catalog.EntityPageInput;
import dossier.ui.internal.catalog.EntityPages;
import dossier.ui.internal.catalog.OperationsView;
import dossier.ui.internal.funding.FundingView;
import dossier.ui.internal.jobs.ImportJobs;

/**
 * Times the entity views in the workbench with the whole corpus imported: from asking for a
 * view or page until its table shows rows (events processed, so painting is included), and
 * a filter keystroke until the table is filtered. Prints the figures; asserts no time. Not
 * run by ./test (not a *Test): run it with
 * {@code ./mvnw -B verify -pl <modules>,tests/dossier.ui.tests -Dtest=EntityViewsBenchmark}.
 */
class EntityViewsBenchmark {

	private final List<String> lines = new ArrayList<>();

	@Test
	void wholeCorpus() throws Exception {
		waitUntil(() -> Job.getJobManager().find(ImportJobs.FAMILY).length == 0, "the sample import to end");
		Path corpus = Path.of(System.getProperty("dossier.corpus"));
		Services.get(ImportService.class).importPaths(
				List.of(corpus.resolve("parlparse"), corpus.resolve("written-questions")), new NullProgressMonitor());
		EntityCatalog catalog = Services.get(EntityCatalog.class);
		catalog.entities(EntityKinds.AGENCY, new NullProgressMonitor());
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		for (int round = 0; round < 3; round++) {
			for (String id : List.of(AgenciesView.ID, OperationsView.ID, FundingView.ID)) {
				IViewPart old = page.findView(id);
				if (old != null) {
					page.hideView(old);
				}
			}
			page.closeAllEditors(false);
			AgenciesView agencies = time("open the Agencies view", () -> (AgenciesView) page.showView(AgenciesView.ID),
					v -> v.getViewer().getTable().getItemCount() > 100);
			time("open the Operations view", () -> (OperationsView) page.showView(OperationsView.ID),
					v -> v.getViewer().getTable().getItemCount() > 100);
			time("open the Funding view", () -> (FundingView) page.showView(FundingView.ID),
					v -> !v.isCounting() && v.getFactsViewer().getTable().getItemCount() > 100);
			page.showView(AgenciesView.ID);
			int all = agencies.getViewer().getTable().getItemCount();
			time("filter keystroke in the Agencies view (\"pol\")", () -> {
				agencies.getFilter().setText("pol");
				return agencies;
			}, v -> v.getViewer().getTable().getItemCount() < all);
			agencies.getFilter().setText("");
			String biggest = catalog.entities(EntityKinds.AGENCY, new NullProgressMonitor()).get(0).id();
			time("open the entity page of " + biggest, () -> (EntityPageEditor) EntityPages
					.open(page, new EntityPageInput(EntityKinds.AGENCY, biggest, biggest)).orElseThrow(),
					e -> e.isLoaded() && e.getPassagesViewer().getTable().getItemCount() > 0);
			time("open the entity page of SOCA", () -> (EntityPageEditor) EntityPages
					.open(page, new EntityPageInput(EntityKinds.AGENCY, "SOCA", "SOCA")).orElseThrow(),
					e -> e.isLoaded() && e.getPassagesViewer().getTable().getItemCount() > 0);
		}
		System.out.println("Entity views in the workbench, whole corpus (" + catalog.entities(EntityKinds.AGENCY, null).size()
				+ " agencies), 3 rounds:\n\n| action | ms |\n|---|---:|\n" + String.join("\n", lines) + "\n");
	}

	@FunctionalInterface
	private interface Open<T> {
		T open() throws Exception;
	}

	private <T> T time(String what, Open<T> open, java.util.function.Predicate<T> shown) throws Exception {
		long start = System.nanoTime();
		T part = open.open();
		BooleanSupplier ready = () -> shown.test(part);
		waitUntil(ready, what);
		while (Display.getCurrent().readAndDispatch()) {
			// paint what the part changed
		}
		lines.add(String.format(Locale.ROOT, "| %s | %.0f |", what, (System.nanoTime() - start) / 1e6));
		return part;
	}
}
