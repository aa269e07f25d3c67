package dossier.ui.internal.jobs;

import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import dossier.core.importer.ImportReport;
import dossier.core.importer.ImportService;
import dossier.core.importer.ImportSource;
import dossier.core.index.DocumentIndex;
import dossier.ui.internal.Services;

/**
 * On a workspace whose index is empty, imports the sample collection that ships with
 * Dossier, so that a first start shows real documents.
 */
public final class SampleCollectionJob extends Job {

	/** The folder of the product bundle holding the sample documents. */
	static final String SAMPLES = "samples"; //$NON-NLS-1$

	/** Creates the job; it runs in the background, its progress shown in the status line. */
	public SampleCollectionJob() {
		super("Importing the sample collection"); //$NON-NLS-1$
		setUser(false);
		setPriority(LONG);
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == ImportJobs.FAMILY;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, getName(), 10);
		try {
			if (Services.get(DocumentIndex.class).size() > 0) {
				return Status.OK_STATUS;
			}
			progress.worked(1);
			ImportReport report = Services.get(ImportService.class).importSources(sampleSources(), progress.split(9));
			if (report.cancelled()) {
				return Status.CANCEL_STATUS;
			}
			return ImportJob.summary(report);
		} catch (IOException | RuntimeException e) {
			return Status.error("Dossier could not open its index to import the sample collection: " //$NON-NLS-1$
					+ e.getMessage(), e);
		}
	}

	/** @return the sample documents shipped in the product */
	static List<ImportSource> sampleSources() {
		Bundle bundle = FrameworkUtil.getBundle(SampleCollectionJob.class);
		Enumeration<URL> entries = bundle.findEntries(SAMPLES, "*", false); //$NON-NLS-1$
		List<ImportSource> sources = new ArrayList<>();
		for (URL url : entries == null ? Collections.<URL>emptyList() : Collections.list(entries)) {
			String path = url.getPath();
			sources.add(ImportSource.of(path.substring(path.lastIndexOf('/') + 1), url));
		}
		sources.sort((a, b) -> a.name().compareTo(b.name()));
		return sources;
	}
}
