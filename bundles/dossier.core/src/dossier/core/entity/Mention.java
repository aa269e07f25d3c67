package dossier.core.entity;

import java.util.Map;
import java.util.Objects;

/**
 * A place in a document's text that names an entity, resolved to the entity's canonical
 * id, such as "the Agency" resolved to {@code SOCA}, or "£4.5million" as a funding fact.
 *
 * @param kind the entity kind, see {@link EntityKinds}
 * @param start the offset of the first character in the document's {@code text()}
 * @param end the offset just past the last character
 * @param surface the text as written, {@code text.substring(start, end)}
 * @param entityId the canonical entity's stable id within its kind: an agency's acronym or
 *                 name ({@code SOCA}, {@code Home Office}), an ISO 3166 alpha-2 code
 *                 ({@code NG}), an operation's name with its number ({@code Pentameter 2})
 * @param entityName the canonical entity's display name ({@code Serious Organised Crime Agency})
 * @param attributes further facts, by name: for funding {@code amount} (a plain decimal),
 *                   {@code currency} (ISO 4217), {@code recipient} (an agency id),
 *                   {@code period}, {@code purpose}, {@code funding} ({@code true}, or
 *                   {@code false} for amounts that are not funding); for operations the
 *                   figures reported with them
 * @since 0.1
 */
public record Mention(String kind, int start, int end, String surface, String entityId, String entityName,
		Map<String, String> attributes) {

	/** Validates and copies. */
	public Mention {
		Objects.requireNonNull(kind, "kind"); //$NON-NLS-1$
		Objects.requireNonNull(entityId, "entityId"); //$NON-NLS-1$
		if (start < 0 || end <= start) {
			throw new IllegalArgumentException("Bad span " + start + "-" + end); //$NON-NLS-1$ //$NON-NLS-2$
		}
		surface = surface == null ? "" : surface; //$NON-NLS-1$
		entityName = entityName == null || entityName.isBlank() ? entityId : entityName;
		attributes = Map.copyOf(attributes);
	}

	/**
	 * @param name an attribute's name
	 * @return its value, or the empty string
	 */
	public String attribute(String name) {
		return attributes.getOrDefault(name, ""); //$NON-NLS-1$
	}
}
