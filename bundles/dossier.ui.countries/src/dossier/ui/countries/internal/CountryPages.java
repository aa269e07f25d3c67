package dossier.ui.countries.internal;

import java.util.Optional;

import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.statushandlers.StatusManager;

import dossier.ui.countries.internal.page.CountryPageEditor;

/** Opens country pages. */
public final class CountryPages {

	private CountryPages() {
	}

	/**
	 * Opens a country's page, or brings its open page to the front.
	 *
	 * @param page the workbench page
	 * @param alpha2 the country's alpha-2 code
	 * @param name its name, or blank
	 * @return the editor, or empty if it could not be opened (the user was told why)
	 */
	public static Optional<CountryPageEditor> open(IWorkbenchPage page, String alpha2, String name) {
		try {
			return Optional.of((CountryPageEditor) page.openEditor(new CountryPageInput(alpha2, name), CountryPageEditor.ID));
		} catch (PartInitException e) {
			StatusManager.getManager().handle(e.getStatus(), StatusManager.SHOW | StatusManager.LOG);
			return Optional.empty();
		}
	}
}
