package dossier.ui.internal.catalog;

import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.statushandlers.StatusManager;

import dossier.core.catalog.DocumentRef;
import dossier.ui.internal.editors.DocumentEditor;

/** Documents named on entity pages: their dates as shown, and opening them at a place. */
public final class Documents {

	/** The widest date, for sizing date columns. */
	public static final String SAMPLE_DATE = "2000-00-00"; //$NON-NLS-1$

	private Documents() {
	}

	/**
	 * @param document a document
	 * @return its date as yyyy-mm-dd, or the empty string if unknown
	 */
	public static String date(DocumentRef document) {
		return document.answered() == null ? "" : document.answered().toString(); //$NON-NLS-1$
	}

	/**
	 * Opens a document in the viewer with a span selected, or at its start if the span is empty.
	 *
	 * @param page the workbench page
	 * @param document the document
	 * @param start the offset of the span
	 * @param end the offset just past it
	 */
	public static void open(IWorkbenchPage page, DocumentRef document, int start, int end) {
		try {
			if (end > start) {
				DocumentEditor.open(page, document.id(), document.title(), start, end);
			} else {
				DocumentEditor.open(page, document.id(), document.title(), ""); //$NON-NLS-1$
			}
		} catch (PartInitException e) {
			StatusManager.getManager().handle(e.getStatus(), StatusManager.SHOW | StatusManager.LOG);
		}
	}
}
