package dossier.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

import dossier.ui.internal.AboutDossierDialog;

class AboutDossierDialogTest {

	private final AboutDossierDialog dialog = new AboutDossierDialog(
			PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell());

	@Test
	void showsTheReleaseVersionAndBuild() {
		assertTrue(dialog.version().matches("0\\.1\\.0 \\(build \\d{12}\\)"), dialog.version());
	}

	@Test
	void listsTheLicencesOfThePlatformLuceneAndTheSampleData() {
		String licences = dialog.licences();

		assertTrue(licences.contains("Eclipse Public License 2.0"), "EPL-2.0 for the platform");
		assertTrue(licences.contains("Apache Lucene") && licences.contains("Apache License 2.0"), "Apache-2.0 for Lucene");
		assertTrue(licences.contains("Open Parliament Licence"), "the Hansard sample answers");
	}

	@Test
	void opensAndClosesWithoutError() {
		dialog.setBlockOnOpen(false);
		dialog.open();
		assertTrue(dialog.getShell().isVisible());
		assertTrue(dialog.close());
	}
}
