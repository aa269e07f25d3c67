package dossier.ui.internal;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

import dossier.ui.internal.entities.EntitiesView;
import dossier.ui.internal.views.SearchView;

/**
 * The entity views: agencies and operations on the left, entity pages and documents in the
 * editor area, funding with its chart below, the open document's Outline on the right.
 */
public final class AnalysisPerspective implements IPerspectiveFactory {

	/** The perspective's id, as in plugin.xml. */
	public static final String ID = "dossier.ui.perspectives.analysis"; //$NON-NLS-1$
	/** The views of the catalog, as declared in plugin.xml. */
	static final String AGENCIES = "dossier.ui.views.agencies"; //$NON-NLS-1$
	static final String OPERATIONS = "dossier.ui.views.operations"; //$NON-NLS-1$
	static final String FUNDING = "dossier.ui.views.funding"; //$NON-NLS-1$

	@Override
	public void createInitialLayout(IPageLayout layout) {
		layout.setEditorAreaVisible(true);
		String editors = layout.getEditorArea();
		IFolderLayout lists = layout.createFolder("lists", IPageLayout.LEFT, 0.38f, editors); //$NON-NLS-1$
		lists.addView(AGENCIES);
		lists.addView(OPERATIONS);
		lists.addView(EntitiesView.ID);
		lists.addPlaceholder(SearchView.ID);
		IFolderLayout bottom = layout.createFolder("funding", IPageLayout.BOTTOM, 0.42f, editors); //$NON-NLS-1$
		bottom.addView(FUNDING);
		layout.addView(IPageLayout.ID_OUTLINE, IPageLayout.RIGHT, 0.75f, editors);
		for (String view : new String[] { AGENCIES, OPERATIONS, FUNDING, EntitiesView.ID, SearchView.ID,
				IPageLayout.ID_OUTLINE }) {
			layout.addShowViewShortcut(view);
		}
		layout.addPerspectiveShortcut(ResearchPerspective.ID);
	}
}
