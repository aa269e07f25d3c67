package dossier.ui.internal.catalog;

import java.util.Objects;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

import dossier.core.entity.EntityKinds;

/**
 * An entity of the collection, opened on its page. Inputs are equal when they name the
 * same entity (kind and id), so an entity's page opens once. Funding recipients are
 * agencies: their pages are the agencies' pages.
 */
public final class EntityPageInput implements IEditorInput {

	private final String kind;
	private final String id;
	private final String name;

	/**
	 * @param kind the entity kind; {@code funding} is taken as {@code agency}
	 * @param id the entity's id
	 * @param name its display name, for the tab; the id if blank
	 */
	public EntityPageInput(String kind, String id, String name) {
		Objects.requireNonNull(kind, "kind"); //$NON-NLS-1$
		this.kind = kind.equals(EntityKinds.FUNDING) ? EntityKinds.AGENCY : kind;
		this.id = Objects.requireNonNull(id, "id"); //$NON-NLS-1$
		this.name = name == null || name.isBlank() ? id : name;
	}

	/** @return the entity kind */
	public String getKind() {
		return kind;
	}

	/** @return the entity's id */
	public String getId() {
		return id;
	}

	/** @return the entity's display name, in full */
	public String getEntityName() {
		return name;
	}

	@Override
	public String getName() {
		return name.length() > 40 ? name.substring(0, 39) + "\u2026" : name; //$NON-NLS-1$
	}

	@Override
	public String getToolTipText() {
		return FactLabels.kind(kind) + ": " + name + (name.equals(id) ? "" : " (" + id + ")"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
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
		return other instanceof EntityPageInput input && input.kind.equals(kind) && input.id.equals(id);
	}

	@Override
	public int hashCode() {
		return Objects.hash(kind, id);
	}

	@Override
	public String toString() {
		return getToolTipText();
	}
}
