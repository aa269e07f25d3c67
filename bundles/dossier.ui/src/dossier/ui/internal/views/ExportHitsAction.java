package dossier.ui.internal.views;

import java.nio.file.Path;
import java.util.Locale;
import java.util.function.BiFunction;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;

import dossier.core.export.DocumentExport;

/** "Export All Hits…": asks for a .csv or .json file and writes every hit of the current search to it. */
final class ExportHitsAction extends Action {

	private final Shell shell;
	private final BiFunction<Path, DocumentExport.Format, ExportHitsJob> jobs;

	/**
	 * @param shell the parent of the dialogs
	 * @param jobs makes the job that exports the current search to a file, or null when
	 *             there is no search to export
	 */
	ExportHitsAction(Shell shell, BiFunction<Path, DocumentExport.Format, ExportHitsJob> jobs) {
		super("Export All Hits\u2026"); //$NON-NLS-1$
		this.shell = shell;
		this.jobs = jobs;
		setToolTipText("Export every hit of this search (all pages) to a CSV or JSON file"); //$NON-NLS-1$
		setImageDescriptor(PlatformUI.getWorkbench().getSharedImages()
				.getImageDescriptor(ISharedImages.IMG_ETOOL_SAVEAS_EDIT));
	}

	@Override
	public void run() {
		FileDialog dialog = new FileDialog(shell, SWT.SAVE);
		dialog.setText("Export All Hits"); //$NON-NLS-1$
		dialog.setFilterExtensions(new String[] { "*.csv", "*.json" }); //$NON-NLS-1$ //$NON-NLS-2$
		dialog.setFilterNames(new String[] { "CSV table (*.csv)", "JSON array (*.json)" }); //$NON-NLS-1$ //$NON-NLS-2$
		dialog.setFileName("hits.csv"); //$NON-NLS-1$
		dialog.setOverwrite(true);
		String chosen = dialog.open();
		if (chosen == null) {
			return;
		}
		// the name decides the format; the filter chosen applies when the name has no extension
		DocumentExport.Format format = chosen.toLowerCase(Locale.ROOT).endsWith(".json") //$NON-NLS-1$
				|| (!chosen.contains(".") && dialog.getFilterIndex() == 1) ? DocumentExport.Format.JSON //$NON-NLS-1$
						: DocumentExport.Format.CSV;
		ExportHitsJob job = jobs.apply(Path.of(chosen), format);
		if (job == null) {
			return;
		}
		job.addJobChangeListener(new JobChangeAdapter() {
			@Override
			public void done(IJobChangeEvent event) {
				if (event.getResult().getSeverity() == IStatus.OK) {
					shell.getDisplay().asyncExec(() -> {
						if (!shell.isDisposed()) {
							MessageDialog.openInformation(shell, "Export All Hits", job.message()); //$NON-NLS-1$
						}
					});
				}
			}
		});
		job.schedule();
	}
}
