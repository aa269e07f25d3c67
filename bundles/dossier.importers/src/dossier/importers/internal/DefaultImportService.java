package dossier.importers.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

import dossier.core.document.SourceDocument;
import dossier.core.importer.DocumentImporter;
import dossier.core.importer.ImportException;
import dossier.core.importer.ImportProblem;
import dossier.core.importer.ImportReport;
import dossier.core.importer.ImportService;
import dossier.core.importer.ImportSource;
import dossier.core.index.DocumentIndex;

/**
 * Imports sources with the first importer that accepts each, adding documents to the
 * index in committed batches so that an interrupted import keeps what it had read.
 */
public final class DefaultImportService implements ImportService {

	/** Documents are committed in batches of this many. */
	static final int BATCH_SIZE = 500;
	/** The largest single file read; larger ones are reported, not read. */
	static final long MAX_FILE_BYTES = 256L * 1024 * 1024;

	private final List<DocumentImporter> importers = List.of(new PlainTextImporter(MAX_FILE_BYTES));
	private DocumentIndex index;

	/** For Declarative Services. */
	public DefaultImportService() {
	}

	/** @param index the index documents go into */
	public DefaultImportService(DocumentIndex index) {
		this.index = index;
	}

	/** Bound by Declarative Services. @param index the collection's index */
	public void setIndex(DocumentIndex index) {
		this.index = index;
	}

	@Override
	public ImportReport importSources(List<? extends ImportSource> sources, IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, "Importing documents", sources.size() + 1); //$NON-NLS-1$
		List<SourceDocument> batch = new ArrayList<>();
		List<ImportProblem> problems = new ArrayList<>();
		List<String> skipped = new ArrayList<>();
		int added = 0;
		boolean cancelled = false;
		for (ImportSource source : sources) {
			if (progress.isCanceled()) {
				cancelled = true;
				break;
			}
			progress.subTask(source.name());
			Optional<DocumentImporter> importer = importers.stream().filter(i -> i.accepts(source.name())).findFirst();
			if (importer.isEmpty()) {
				skipped.add(source.name());
			} else {
				try {
					batch.addAll(importer.get().read(source));
				} catch (ImportException | RuntimeException e) {
					problems.add(new ImportProblem(source.name(), reason(e)));
				}
			}
			if (batch.size() >= BATCH_SIZE) {
				added += flush(batch, problems);
			}
			progress.worked(1);
		}
		added += flush(batch, problems);
		progress.done();
		return new ImportReport(added, problems, skipped, cancelled);
	}

	private int flush(List<SourceDocument> batch, List<ImportProblem> problems) {
		if (batch.isEmpty()) {
			return 0;
		}
		int count = batch.size();
		try {
			index.add(batch);
			return count;
		} catch (IOException | RuntimeException e) {
			for (SourceDocument document : batch) {
				problems.add(new ImportProblem(document.source(), "the index could not store it: " + reason(e))); //$NON-NLS-1$
			}
			return 0;
		} finally {
			batch.clear();
		}
	}

	private static String reason(Exception e) {
		if (e instanceof ImportException) {
			return e.getMessage();
		}
		return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
