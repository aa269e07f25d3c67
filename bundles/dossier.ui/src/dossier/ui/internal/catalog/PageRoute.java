package dossier.ui.internal.catalog;

import java.util.Objects;

import org.eclipse.ui.IEditorInput;

/**
 * Another editor that shows the pages of an entity kind in place of the generic entity
 * page, such as the country page of {@code dossier.ui.countries}. A plugin offers one as an
 * adapter of {@link EntityPageInput} (extension point {@code org.eclipse.core.runtime.adapters},
 * adapter type {@code dossier.ui.internal.catalog.PageRoute}), returning {@code null} for
 * the kinds it does not show; {@link EntityPages#open(org.eclipse.ui.IWorkbenchPage, EntityPageInput)}
 * then opens that editor, wherever the page is asked for (views, related entities, mentions).
 *
 * @param editorId the id of the editor to open
 * @param input its input
 */
public record PageRoute(String editorId, IEditorInput input) {

	/** Validates. */
	public PageRoute {
		Objects.requireNonNull(editorId, "editorId"); //$NON-NLS-1$
		Objects.requireNonNull(input, "input"); //$NON-NLS-1$
	}
}
