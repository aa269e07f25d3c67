package dossier.ui.internal;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

import dossier.ui.internal.entities.EntitiesView;
import dossier.ui.internal.importing.ImportProblemsView;
import dossier.ui.internal.views.SearchView;

/** Search on the left, documents in the editor area with their Outline, entities below. */
public final class ResearchPerspective implements IPerspectiveFactory {

	/** The perspective's id, as in plugin.xml. */
	public static final String ID = "dossier.ui.perspectives.research"; //$NON-NLS-1$

	@Override
	public void createInitialLayout(IPageLayout layout) {
		layout.setEditorAreaVisible(true);
		layout.addView(SearchView.ID, IPageLayout.LEFT, 0.45f, layout.getEditorArea());
		layout.getViewLayout(SearchView.ID).setCloseable(false);
		IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.68f, layout.getEditorArea()); //$NON-NLS-1$
		bottom.addView(EntitiesView.ID);
		bottom.addPlaceholder(ImportProblemsView.ID);
		layout.addShowViewShortcut(SearchView.ID);
		layout.addShowViewShortcut(ImportProblemsView.ID);
		layout.addShowViewShortcut(EntitiesView.ID);
		layout.addView(IPageLayout.ID_OUTLINE, IPageLayout.RIGHT, 0.78f, layout.getEditorArea());
		layout.addShowViewShortcut(IPageLayout.ID_OUTLINE);
		layout.addPerspectiveShortcut(AnalysisPerspective.ID);
	}
}
