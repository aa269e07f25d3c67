package dossier.ui.internal.jobs;

import java.io.IOException;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;

import dossier.core.catalog.EntityCatalog;
import dossier.core.entity.EntityKinds;
import dossier.ui.internal.Services;

/**
 * Gathers the entity catalog in the background at startup and after every import, so that
 * the Agencies, Operations and Funding views open at once instead of counting first.
 */
public final class CatalogJob extends Job {

	/** The family of this job, for views that wait for it. */
	public static final Object FAMILY = new Object();

	private CatalogJob() {
		super("Counting the entities of the collection"); //$NON-NLS-1$
		setPriority(DECORATE);
	}

	/** Gathers the catalog now, and again whenever an import ends. */
	public static void keepCurrent() {
		new CatalogJob().schedule(500);
		Job.getJobManager().addJobChangeListener(new JobChangeAdapter() {
			@Override
			public void done(IJobChangeEvent event) {
				if (event.getJob().belongsTo(ImportJobs.FAMILY)) {
					new CatalogJob().schedule(200);
				}
			}
		});
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		try {
			EntityCatalog catalog = Services.get(EntityCatalog.class);
			if (!catalog.isCurrent()) {
				catalog.entities(EntityKinds.AGENCY, monitor);
			}
			return Status.OK_STATUS;
		} catch (OperationCanceledException e) {
			return Status.CANCEL_STATUS;
		} catch (IOException | IllegalStateException e) {
			return Status.warning("The entity views could not count the collection: " + e.getMessage(), e); //$NON-NLS-1$
		}
	}
}
