package dossier.ui.internal.catalog;

import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.IJobChangeListener;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;

import dossier.ui.internal.jobs.ImportJobs;

/** Reloads a part when an import ends, since the catalog then changes. */
public final class ImportWatcher {

	private ImportWatcher() {
	}

	/**
	 * @param owner the part's control; watching stops when it is disposed
	 * @param reload what to do, on the UI thread, after each import
	 */
	public static void reloadAfterImports(Control owner, Runnable reload) {
		Display display = owner.getDisplay();
		IJobChangeListener listener = new JobChangeAdapter() {
			@Override
			public void done(IJobChangeEvent event) {
				if (event.getJob().belongsTo(ImportJobs.FAMILY) && !display.isDisposed()) {
					display.asyncExec(() -> {
						if (!owner.isDisposed()) {
							reload.run();
						}
					});
				}
			}
		};
		Job.getJobManager().addJobChangeListener(listener);
		owner.addListener(SWT.Dispose, e -> Job.getJobManager().removeJobChangeListener(listener));
	}
}
