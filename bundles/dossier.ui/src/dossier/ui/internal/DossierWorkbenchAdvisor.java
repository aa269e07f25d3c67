package dossier.ui.internal;

import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

import dossier.ui.internal.jobs.CatalogJob;
import dossier.ui.internal.jobs.SampleCollectionJob;

/**
 * Opens the Research perspective and, on a new workspace, imports the sample collection;
 * keeps the entity catalog gathered in the background.
 */
public final class DossierWorkbenchAdvisor extends WorkbenchAdvisor {

	@Override
	public void initialize(IWorkbenchConfigurer configurer) {
		configurer.setSaveAndRestore(true);
	}

	@Override
	public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		return new DossierWindowAdvisor(configurer);
	}

	@Override
	public String getInitialWindowPerspectiveId() {
		return ResearchPerspective.ID;
	}

	@Override
	public void postStartup() {
		new SampleCollectionJob().schedule();
		CatalogJob.keepCurrent();
	}
}
