package dossier.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IStatus;
import org.junit.jupiter.api.Test;

import dossier.core.importer.ImportReport;
import dossier.core.importer.ImportService;
import dossier.core.index.DocumentIndex;
import dossier.ui.internal.Services;
import dossier.ui.internal.jobs.ImportJob;

/** The workbench's import job on a real parlparse file and a broken one. */
class ImportJobTest {

	@Test
	void importsTheGoodFileAndReportsTheBrokenOneByName() throws Exception {
		Path folder = Files.createTempDirectory("dossier-import");
		Path corpus = Path.of(System.getProperty("dossier.corpus", "../../shared/corpus"));
		Path answers = Files.copy(corpus.resolve("parlparse/lordswrans/lordswrans2009-10-29a.xml"),
				folder.resolve("lordswrans2009-10-29a.xml"));
		Path broken = Files.writeString(folder.resolve("commons-broken.json"), "[{\"value\": {\"id\": 1,");
		DocumentIndex index = Services.get(DocumentIndex.class);
		int before = index.size();

		ImportJob job = new ImportJob(List.of(folder));
		job.schedule();
		job.join();
		ImportReport report = job.getReport();
		try {
			assertTrue(report.documents() > 10, "documents: " + report.documents());
			assertEquals(before + report.documents(), index.size());
			assertEquals(1, report.problems().size());
			assertEquals(broken.toString(), report.problems().get(0).source());
			IStatus summary = ImportJob.summary(report);
			assertEquals(IStatus.WARNING, summary.getSeverity());
			assertTrue(summary.getChildren()[0].getMessage().startsWith(broken.toString() + ": "));
		} finally {
			Services.get(ImportService.class).remove(List.of(answers.toString()));
		}
		assertEquals(before, index.size());
	}
}
