package dossier.ui.internal;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.statushandlers.StatusManager;

import dossier.core.importer.ImportReport;
import dossier.ui.internal.importing.ImportProblemsView;
import dossier.ui.internal.jobs.ImportJob;

/**
 * File > Import Files… and Import Folder…: picks what to import, runs the import as a job
 * with progress and cancel, then shows in the Import Problems view what went in and every
 * file that failed, with the reason.
 */
public final class ImportDocumentsHandler extends AbstractHandler {

	/** The command parameter choosing a folder rather than files. */
	public static final String FOLDER_PARAMETER = "dossier.ui.commands.importDocuments.folder"; //$NON-NLS-1$

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		Shell shell = HandlerUtil.getActiveShellChecked(event);
		List<Path> picked = Boolean.parseBoolean(event.getParameter(FOLDER_PARAMETER)) ? pickFolder(shell)
				: pickFiles(shell);
		if (!picked.isEmpty()) {
			start(shell, picked);
		}
		return null;
	}

	private static List<Path> pickFiles(Shell shell) {
		FileDialog dialog = new FileDialog(shell, SWT.OPEN | SWT.MULTI);
		dialog.setText("Import Documents"); //$NON-NLS-1$
		dialog.setFilterNames(new String[] { "Documents (*.xml, *.json, *.json.gz, *.html, *.htm, *.pdf, *.txt, *.zip)", //$NON-NLS-1$
				"All files" }); //$NON-NLS-1$
		dialog.setFilterExtensions(new String[] { "*.xml;*.json;*.gz;*.html;*.htm;*.pdf;*.txt;*.zip", "*" }); //$NON-NLS-1$ //$NON-NLS-2$
		if (dialog.open() == null) {
			return List.of();
		}
		Path folder = Path.of(dialog.getFilterPath());
		return Arrays.stream(dialog.getFileNames()).map(folder::resolve).toList();
	}

	private static List<Path> pickFolder(Shell shell) {
		DirectoryDialog dialog = new DirectoryDialog(shell);
		dialog.setText("Import a Folder of Documents"); //$NON-NLS-1$
		dialog.setMessage("Every file Dossier can read in the folder and its subfolders is imported."); //$NON-NLS-1$
		String folder = dialog.open();
		return folder == null ? List.of() : List.of(Path.of(folder));
	}

	/**
	 * Imports in the background and reports when done.
	 *
	 * @param shell the shell to report in
	 * @param paths files, folders and archives
	 */
	public static void start(Shell shell, List<Path> paths) {
		ImportJob job = new ImportJob(paths);
		job.addJobChangeListener(new JobChangeAdapter() {
			@Override
			public void done(IJobChangeEvent event) {
				ImportReport report = job.getReport();
				if (report == null || shell.isDisposed()) {
					return;
				}
				shell.getDisplay().asyncExec(() -> report(shell, report));
			}
		});
		job.schedule();
	}

	/** Says in the Import Problems view what went in, and lists any files that failed. */
	private static void report(Shell shell, ImportReport report) {
		if (shell.isDisposed() || !PlatformUI.isWorkbenchRunning()) {
			return;
		}
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		if (window == null) {
			return;
		}
		String message = ImportJob.summary(report).getMessage();
		try {
			// shown either way, so that the count is seen; brought to the front only for problems
			int mode = report.problems().isEmpty() ? IWorkbenchPage.VIEW_VISIBLE : IWorkbenchPage.VIEW_ACTIVATE;
			IViewPart view = window.getActivePage().showView(ImportProblemsView.ID, null, mode);
			((ImportProblemsView) view).show(report);
		} catch (PartInitException e) {
			StatusManager.getManager().handle(e.getStatus(), StatusManager.LOG);
			MessageDialog.openInformation(shell, "Import Finished", message); //$NON-NLS-1$
		}
	}
}
