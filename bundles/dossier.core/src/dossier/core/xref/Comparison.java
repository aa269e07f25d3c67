package dossier.core.xref;

import java.util.List;
import java.util.Objects;

import dossier.core.catalog.DocumentRef;

/**
 * Two documents side by side: the entities they share and those only one mentions, each
 * list by kind, then name.
 *
 * @param left one document
 * @param right the other
 * @param shared the entities both mention
 * @param onlyLeft the entities only the left one mentions
 * @param onlyRight the entities only the right one mentions
 * @since 0.1
 */
public record Comparison(DocumentRef left, DocumentRef right, List<EntityRef> shared, List<EntityRef> onlyLeft,
		List<EntityRef> onlyRight) {

	/** Validates and copies. */
	public Comparison {
		Objects.requireNonNull(left, "left"); //$NON-NLS-1$
		Objects.requireNonNull(right, "right"); //$NON-NLS-1$
		shared = List.copyOf(shared);
		onlyLeft = List.copyOf(onlyLeft);
		onlyRight = List.copyOf(onlyRight);
	}
}
