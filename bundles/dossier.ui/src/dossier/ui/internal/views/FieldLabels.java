package dossier.ui.internal.views;

import java.util.Map;

import dossier.core.entity.EntityKinds;
import dossier.core.index.IndexField;

/** The names the view shows for index fields. */
final class FieldLabels {

	private static final Map<String, String> LABELS = Map.of(IndexField.DEPARTMENT, "Department", //$NON-NLS-1$
			IndexField.YEAR, "Year answered", //$NON-NLS-1$
			IndexField.HOUSE, "House", //$NON-NLS-1$
			IndexField.ASKING, "Asked by", //$NON-NLS-1$
			IndexField.ANSWERING, "Answered by", //$NON-NLS-1$
			IndexField.KIND, "Kind", //$NON-NLS-1$
			EntityKinds.AGENCY, "Agencies", //$NON-NLS-1$
			EntityKinds.OPERATION, "Operations", //$NON-NLS-1$
			EntityKinds.COUNTRY, "Countries"); //$NON-NLS-1$

	private FieldLabels() {
	}

	/** @return the field's name for people, or the field itself when it has none */
	static String of(String field) {
		return LABELS.getOrDefault(field, field);
	}
}
