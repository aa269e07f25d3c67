package dossier.ui.internal.editors;

import java.util.Objects;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

/**
 * A document of the collection, opened for reading, with the query whose hits to mark.
 * Inputs are equal when they name the same document, so a document opens once.
 */
public final class DocumentEditorInput implements IEditorInput {

	private final String documentId;
	private final String title;
	private final String query;

	/**
	 * @param documentId the document's id in the index
	 * @param title the document's title, for the tab
	 * @param query the query whose hits to mark; may be blank
	 */
	public DocumentEditorInput(String documentId, String title, String query) {
		this.documentId = Objects.requireNonNull(documentId);
		this.title = title == null ? documentId : title;
		this.query = query == null ? "" : query; //$NON-NLS-1$
	}

	/** @return the document's id in the index */
	public String getDocumentId() {
		return documentId;
	}

	/** @return the query whose hits to mark */
	public String getQuery() {
		return query;
	}

	@Override
	public String getName() {
		return title.length() > 40 ? title.substring(0, 39) + "\u2026" : title; //$NON-NLS-1$
	}

	@Override
	public String getToolTipText() {
		return title;
	}

	@Override
	public boolean exists() {
		return false;
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return null;
	}

	@Override
	public IPersistableElement getPersistable() {
		return null;
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		return null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof DocumentEditorInput input && input.documentId.equals(documentId);
	}

	@Override
	public int hashCode() {
		return documentId.hashCode();
	}
}
