package dossier.ui.internal.views;

import java.io.IOException;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

import dossier.core.index.DocumentIndex;
import dossier.core.index.SearchException;
import dossier.core.index.SearchRequest;
import dossier.core.index.SearchResult;
import dossier.ui.internal.Services;

/** Runs one search off the UI thread and hands the result, or a message, to the view. */
final class SearchJob extends Job {

	/** The family of search jobs, so tests and views can wait for them. */
	static final Object FAMILY = new Object();
	private final SearchRequest request;
	private final Consumer<SearchResult> onResult;
	private final Consumer<String> onError;

	SearchJob(SearchRequest request, Consumer<SearchResult> onResult, Consumer<String> onError) {
		super("Searching for " + request.query()); //$NON-NLS-1$
		this.request = request;
		this.onResult = onResult;
		this.onError = onError;
		setSystem(true);
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		try {
			SearchResult result = Services.get(DocumentIndex.class).search(request);
			if (!monitor.isCanceled()) {
				onResult.accept(result);
			}
		} catch (SearchException e) {
			onError.accept(e.getMessage());
		} catch (IOException | RuntimeException e) {
			onError.accept("The search failed: " + e.getMessage()); //$NON-NLS-1$
			return Status.error("Search for '" + request.query() + "' failed", e); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return Status.OK_STATUS;
	}
}
