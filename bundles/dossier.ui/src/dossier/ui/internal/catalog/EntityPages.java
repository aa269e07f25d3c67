package dossier.ui.internal.catalog;

import java.util.Optional;

import org.eclipse.core.runtime.Adapters;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.statushandlers.StatusManager;

import dossier.core.catalog.EntitySummary;
import dossier.core.entity.EntityCount;
import dossier.core.entity.EntityKinds;
import dossier.core.entity.Mention;

/**
 * Opens entity pages, from a view's row or from a mention in a document: the generic
 * {@link EntityPageEditor}, or the editor another plugin routes a kind to ({@link PageRoute}).
 */
public final class EntityPages {

	private EntityPages() {
	}

	/**
	 * Opens an entity's page, or brings its open page to the front.
	 *
	 * @param page the workbench page
	 * @param kind the entity kind ({@code funding} opens the recipient agency)
	 * @param id the entity's id
	 * @param name its display name
	 * @return the editor, or empty if it could not be opened (the user was told why)
	 */
	public static Optional<IEditorPart> open(IWorkbenchPage page, String kind, String id, String name) {
		return open(page, new EntityPageInput(kind, id, name));
	}

	/**
	 * @param mention a mention in a document
	 * @return the page it leads to: its entity's, or for an amount of money its recipient's;
	 *         empty for an amount that names no recipient
	 */
	public static Optional<EntityPageInput> of(Mention mention) {
		if (mention.kind().equals(EntityKinds.FUNDING)) {
			String recipient = mention.attribute("recipient"); //$NON-NLS-1$
			return recipient.isEmpty() ? Optional.empty()
					: Optional.of(new EntityPageInput(EntityKinds.AGENCY, recipient,
							recipient.equals(mention.entityId()) ? mention.entityName() : recipient));
		}
		return Optional.of(new EntityPageInput(mention.kind(), mention.entityId(), mention.entityName()));
	}

	/**
	 * @param element something a view selects
	 * @return the entity it is or names: a row of an entity list (funding recipients as
	 *         agencies) or a mention; empty for anything else
	 */
	public static Optional<EntityPageInput> entity(Object element) {
		if (element instanceof EntitySummary e) {
			return Optional.of(new EntityPageInput(e.kind(), e.id(), e.name()));
		}
		if (element instanceof EntityCount e) {
			return Optional.of(new EntityPageInput(e.kind(), e.id(), e.name()));
		}
		Mention mention = Adapters.adapt(element, Mention.class); // a mention, or an Outline entry
		return mention == null ? Optional.empty() : of(mention);
	}

	/**
	 * @param page the workbench page
	 * @param input the entity
	 * @return the editor: an {@link EntityPageEditor}, or the editor a plugin routes the
	 *         entity's kind to; empty if it could not be opened (the user was told why)
	 */
	public static Optional<IEditorPart> open(IWorkbenchPage page, EntityPageInput input) {
		PageRoute route = Adapters.adapt(input, PageRoute.class);
		try {
			return Optional.of(route == null ? page.openEditor(input, EntityPageEditor.ID)
					: page.openEditor(route.input(), route.editorId()));
		} catch (PartInitException e) {
			StatusManager.getManager().handle(e.getStatus(), StatusManager.SHOW | StatusManager.LOG);
			return Optional.empty();
		}
	}
}
