package dossier.core.xref;

import java.util.Objects;

/**
 * One entity, named by kind and id, with its display name.
 *
 * @param kind the entity kind, see {@link dossier.core.entity.EntityKinds}
 * @param id the canonical id within the kind
 * @param name the display name; the id if none is given
 * @since 0.1
 */
public record EntityRef(String kind, String id, String name) {

	/** Validates; a missing name is the id. */
	public EntityRef {
		Objects.requireNonNull(kind, "kind"); //$NON-NLS-1$
		Objects.requireNonNull(id, "id"); //$NON-NLS-1$
		name = name == null || name.isBlank() ? id : name;
	}

	/**
	 * @param kind an entity kind
	 * @param id an entity id
	 * @return the entity, named by its id
	 */
	public static EntityRef of(String kind, String id) {
		return new EntityRef(kind, id, id);
	}

	/** @return {@code kind:id}, as typed in a query ({@code agency:SOCA}) */
	public String key() {
		return kind + ':' + id;
	}
}
