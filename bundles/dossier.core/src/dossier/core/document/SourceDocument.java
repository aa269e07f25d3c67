package dossier.core.document;

import java.util.Objects;

/**
 * A document as Dossier holds it: its text and the metadata an importer read from its
 * source file.
 *
 * @param id stable identifier, unique within a collection; importing a document with the
 *           same id again replaces the earlier one
 * @param title the title shown in lists; never empty
 * @param text the full text, as the viewer shows it
 * @param source where the document came from (a path or a resource name), for display
 * @param kind the kind of source, such as {@code "text"}
 * @since 0.1
 */
public record SourceDocument(String id, String title, String text, String source, String kind) {

	/** Validates that id, title and text are present. */
	public SourceDocument {
		Objects.requireNonNull(id, "id"); //$NON-NLS-1$
		Objects.requireNonNull(title, "title"); //$NON-NLS-1$
		Objects.requireNonNull(text, "text"); //$NON-NLS-1$
		source = source == null ? "" : source; //$NON-NLS-1$
		kind = kind == null ? "" : kind; //$NON-NLS-1$
		if (id.isBlank()) {
			throw new IllegalArgumentException("A document needs a non-blank id"); //$NON-NLS-1$
		}
	}
}
