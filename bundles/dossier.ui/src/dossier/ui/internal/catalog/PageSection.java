package dossier.ui.internal.catalog;

import org.eclipse.swt.widgets.Control;

import dossier.core.catalog.EntityPage;

/** One tab of an entity page. */
public interface PageSection {

	/** @return the control to put in the tab */
	Control control();

	/** @param page the entity page to show, or null to show none */
	void show(EntityPage page);
}
