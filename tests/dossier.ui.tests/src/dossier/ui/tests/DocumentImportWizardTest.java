package dossier.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

import dossier.core.importer.ImportProblem;
import dossier.core.importer.ImportService;
import dossier.core.index.DocumentIndex;
import dossier.ui.internal.Services;
import dossier.ui.internal.importing.DocumentImportPage;
import dossier.ui.internal.importing.DocumentImportWizard;
import dossier.ui.internal.importing.ImportProblemsView;
import dossier.ui.internal.jobs.ImportJobs;

/** File > Import… > Documents, from the page's checks to the Import Problems view. */
class DocumentImportWizardTest {

	@Test
	void importsAFolderAndListsTheBrokenFileInTheProblemsView() throws Exception {
		Path folder = Files.createTempDirectory("dossier-wizard");
		Path corpus = Path.of(System.getProperty("dossier.corpus", "../../shared/corpus"));
		Path answers = Files.copy(corpus.resolve("parlparse/wms/lordswms2009-10-28a.xml"),
				folder.resolve("lordswms2009-10-28a.xml"));
		Path broken = Files.writeString(folder.resolve("answers2009-10-30a.xml"), "<publicwhip><ques>unclosed");
		DocumentIndex index = Services.get(DocumentIndex.class);
		int before = index.size();
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		DocumentImportWizard wizard = new DocumentImportWizard();
		wizard.init(PlatformUI.getWorkbench(), StructuredSelection.EMPTY);
		WizardDialog dialog = new WizardDialog(window.getShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			DocumentImportPage page = (DocumentImportPage) wizard.getPages()[0];
			assertFalse(page.isPageComplete(), "nothing chosen yet");
			page.add(List.of(folder.resolve("missing")));
			assertFalse(page.isPageComplete());
			assertTrue(page.getErrorMessage().endsWith("missing does not exist"), page.getErrorMessage());
			wizard.getPages()[0].dispose();
		} finally {
			dialog.close();
		}

		DocumentImportWizard second = new DocumentImportWizard();
		second.init(PlatformUI.getWorkbench(), StructuredSelection.EMPTY);
		WizardDialog secondDialog = new WizardDialog(window.getShell(), second);
		secondDialog.setBlockOnOpen(false);
		secondDialog.open();
		DocumentImportPage page = (DocumentImportPage) second.getPages()[0];
		page.add(List.of(folder, folder));
		assertEquals(List.of(folder), page.getPaths(), "a path is listed once");
		assertTrue(page.isPageComplete());
		assertNull(page.getErrorMessage());
		assertTrue(second.performFinish());
		secondDialog.close();

		try {
			Job.getJobManager().join(ImportJobs.FAMILY, null);
			Ui.waitUntil(() -> window.getActivePage().findView(ImportProblemsView.ID) instanceof ImportProblemsView v
					&& !v.getProblems().isEmpty(), "the Import Problems view to list the broken file");
			ImportProblemsView view = (ImportProblemsView) window.getActivePage().findView(ImportProblemsView.ID);
			List<ImportProblem> problems = view.getProblems();
			assertEquals(1, problems.size());
			assertEquals(broken.toString(), problems.get(0).source());
			assertTrue(problems.get(0).message().contains("line"), problems.get(0).message());
			assertTrue(index.size() > before, "the good statements went in");
		} finally {
			Services.get(ImportService.class).remove(List.of(answers.toString()));
		}
		assertEquals(before, index.size());
	}
}
