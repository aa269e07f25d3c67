package dossier.ui.internal.views;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;

import dossier.core.export.DocumentExport;
import dossier.core.index.DocumentIndex;
import dossier.core.index.SearchException;
import dossier.core.index.SearchRequest;
import dossier.ui.internal.Services;

/**
 * Writes every document matching a search (all pages, no cap) to a CSV or JSON file, with
 * progress; cancelling deletes the unfinished file.
 */
final class ExportHitsJob extends Job {

	private static final String PLUGIN_ID = "dossier.ui"; //$NON-NLS-1$
	private final SearchRequest request;
	private final Path file;
	private final DocumentExport.Format format;
	private final long expected;
	private volatile long written;

	/**
	 * @param request the search whose hits to write; its page is ignored
	 * @param file where to write
	 * @param format CSV or JSON
	 * @param expected how many hits the search had, for the progress bar (0: unknown)
	 */
	ExportHitsJob(SearchRequest request, Path file, DocumentExport.Format format, long expected) {
		super("Exporting hits to " + file.getFileName()); //$NON-NLS-1$
		this.request = request;
		this.file = file;
		this.format = format;
		this.expected = expected;
		setUser(true);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, getName(),
				expected > 0 && expected < Integer.MAX_VALUE ? (int) expected : IProgressMonitor.UNKNOWN);
		try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			DocumentExport export = new DocumentExport(writer, format);
			Services.get(DocumentIndex.class).forEachMatch(request, doc -> {
				// the index calls back for each document: stop it by throwing
				if (progress.isCanceled()) {
					throw new OperationCanceledException();
				}
				try {
					export.write(doc);
				} catch (IOException e) {
					throw new UncheckedIOException(e);
				}
				written = export.count();
				progress.worked(1);
			});
			export.finish();
		} catch (OperationCanceledException e) {
			deleteQuietly();
			return Status.CANCEL_STATUS;
		} catch (SearchException e) {
			deleteQuietly();
			return Status.error(e.getMessage(), e);
		} catch (IOException | UncheckedIOException e) {
			deleteQuietly();
			return new Status(IStatus.ERROR, PLUGIN_ID, "Cannot write " + file + ": " + e.getMessage(), e); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return new Status(IStatus.OK, PLUGIN_ID, message());
	}

	private void deleteQuietly() {
		try {
			Files.deleteIfExists(file);
		} catch (IOException e) {
			// the export already failed; a leftover file is the lesser problem
		}
	}

	/** @return "Exported 4,060 documents to FILE." */
	String message() {
		return String.format("Exported %,d %s to %s.", written, written == 1 ? "document" : "documents", file); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/** @return how many documents were written so far */
	long written() {
		return written;
	}
}
