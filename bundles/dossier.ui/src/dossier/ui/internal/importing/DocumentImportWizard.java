package dossier.ui.internal.importing;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.IWorkbench;

import dossier.ui.internal.ImportDocumentsHandler;

/** File > Import… > Dossier > Documents: pick files, folders and archives, then import them. */
public final class DocumentImportWizard extends Wizard implements IImportWizard {

	private DocumentImportPage page;
	private IWorkbench workbench;

	@Override
	public void init(IWorkbench currentWorkbench, IStructuredSelection selection) {
		this.workbench = currentWorkbench;
		setWindowTitle("Import Documents"); //$NON-NLS-1$
		setNeedsProgressMonitor(false);
	}

	@Override
	public void addPages() {
		page = new DocumentImportPage();
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		// the wizard closes now: report to the workbench window
		ImportDocumentsHandler.start(workbench.getActiveWorkbenchWindow().getShell(), page.getPaths());
		return true;
	}
}
