package dossier.extract.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An agency as the agency recognizer resolves it: a gazetteer entry, or a body of a
 * regular shape ("Thames Valley Police") that the gazetteer does not list.
 *
 * @param id the stable id: its well-known acronym, else its canonical name
 * @param name the canonical full name
 * @param type department, law-enforcement, police-force, international-organisation,
 *             ngo, regulator or other
 * @param parent the id of the body it belongs to, or the empty string
 */
public record Agency(String id, String name, String type, String parent) {

	/** Attribute name of the agency's type. */
	public static final String TYPE = "type"; //$NON-NLS-1$
	/** Attribute name of the parent agency's id. */
	public static final String PARENT = "parent"; //$NON-NLS-1$
	/** The type of bodies found by shape that are not police forces. */
	public static final String OTHER = "other"; //$NON-NLS-1$
	/** The type of police forces. */
	public static final String POLICE_FORCE = "police-force"; //$NON-NLS-1$

	/** Validates; a missing type is {@link #OTHER}, a missing parent empty. */
	public Agency {
		Objects.requireNonNull(id, "id"); //$NON-NLS-1$
		name = name == null || name.isBlank() ? id : name;
		type = type == null || type.isBlank() ? OTHER : type;
		parent = parent == null ? "" : parent; //$NON-NLS-1$
	}

	/** @return the mention attributes: type, and parent where known */
	public Map<String, String> attributes() {
		Map<String, String> attributes = new HashMap<>();
		attributes.put(TYPE, type);
		if (!parent.isEmpty()) {
			attributes.put(PARENT, parent);
		}
		return attributes;
	}
}
