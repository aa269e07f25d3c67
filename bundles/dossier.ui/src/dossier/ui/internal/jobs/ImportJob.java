package dossier.ui.internal.jobs;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

import dossier.core.importer.ImportProblem;
import dossier.core.importer.ImportReport;
import dossier.core.importer.ImportService;
import dossier.ui.internal.Services;

/**
 * Imports files, folders and zip archives the user picked, with progress and cancel. The
 * report, and every file that failed with its reason, is handed to a listener.
 */
public final class ImportJob extends Job {

	private static final String PLUGIN_ID = "dossier.ui"; //$NON-NLS-1$
	private final List<Path> paths;
	private volatile ImportReport report;

	/** @param paths what the user picked */
	public ImportJob(List<Path> paths) {
		super("Importing " + (paths.size() == 1 ? paths.get(0).getFileName() : paths.size() + " items")); //$NON-NLS-1$ //$NON-NLS-2$
		this.paths = List.copyOf(paths);
		setUser(true);
		setPriority(LONG);
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == ImportJobs.FAMILY;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		try {
			report = Services.get(ImportService.class).importPaths(paths, monitor);
		} catch (RuntimeException e) {
			return Status.error("The import failed: " + e.getMessage(), e); //$NON-NLS-1$
		}
		return report.cancelled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
	}

	/** @return what the import did, once the job is done */
	public ImportReport getReport() {
		return report;
	}

	/**
	 * @param report an import's report
	 * @return a status summing it up, with one child for each file that failed
	 */
	public static IStatus summary(ImportReport report) {
		String message = String.format("Imported %d documents; %d files unchanged, %d skipped (no importer), %d failed.", //$NON-NLS-1$
				report.documents(), report.unchanged(), report.skipped().size(), report.problems().size());
		if (report.problems().isEmpty()) {
			return Status.info(message);
		}
		MultiStatus status = new MultiStatus(PLUGIN_ID, 0, message);
		for (ImportProblem problem : report.problems()) {
			status.add(Status.warning(problem.source() + ": " + problem.message())); //$NON-NLS-1$
		}
		return status;
	}
}
