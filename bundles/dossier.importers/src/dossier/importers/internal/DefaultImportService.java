package dossier.importers.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.core.runtime.SubMonitor;

import dossier.core.document.SourceDocument;
import dossier.core.entity.EntityExtractor;
import dossier.core.importer.ImportException;
import dossier.core.importer.ImportProblem;
import dossier.core.importer.ImportReport;
import dossier.core.importer.ImportService;
import dossier.core.importer.ImportSource;
import dossier.core.index.DocumentIndex;
import dossier.core.index.IndexBatch;

/**
 * Imports sources with the contributed importers, adding documents to the index in
 * committed batches so that an interrupted import keeps what it had read, and a crash
 * loses at most one batch.
 */
public final class DefaultImportService implements ImportService {

	/** Documents are committed in batches of about this many. */
	static final int BATCH_SIZE = 500;

	private List<ImporterDescriptor> importers;
	private DocumentIndex index;
	private volatile EntityExtractor extractor;

	/** For Declarative Services: the importers come from the extension registry. */
	public DefaultImportService() {
	}

	/**
	 * @param index the index documents go into
	 * @param importers the importers to use, highest priority first
	 */
	public DefaultImportService(DocumentIndex index, List<ImporterDescriptor> importers) {
		this.index = index;
		this.importers = List.copyOf(importers);
	}

	/**
	 * @param index the index documents go into
	 * @param importers the importers to use, highest priority first
	 * @param extractor finds the entities in each document as it is read
	 */
	public DefaultImportService(DocumentIndex index, List<ImporterDescriptor> importers, EntityExtractor extractor) {
		this(index, importers);
		this.extractor = extractor;
	}

	/** Bound by Declarative Services. @param index the collection's index */
	public void setIndex(DocumentIndex index) {
		this.index = index;
	}

	/** Bound by Declarative Services. @param service the entity extractor */
	public void setExtractor(EntityExtractor service) {
		this.extractor = service;
	}

	/** Unbound by Declarative Services. @param service the entity extractor going away */
	public void unsetExtractor(EntityExtractor service) {
		if (extractor == service) {
			extractor = null;
		}
	}

	private synchronized List<ImporterDescriptor> importers() {
		if (importers == null) {
			importers = ImporterRegistry.read(RegistryFactory.getRegistry());
		}
		return importers;
	}

	@Override
	public ImportReport importPaths(List<Path> paths, IProgressMonitor monitor) {
		SourceExpander.Result expanded = new SourceExpander().expand(paths);
		ImportReport report = importSources(expanded.sources(), monitor);
		if (expanded.problems().isEmpty()) {
			return report;
		}
		List<ImportProblem> problems = new ArrayList<>(expanded.problems());
		problems.addAll(report.problems());
		return new ImportReport(report.documents(), problems, report.skipped(), report.unchanged(), report.cancelled());
	}

	@Override
	public ImportReport importSources(List<? extends ImportSource> sources, IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, "Importing documents", sources.size() + 1); //$NON-NLS-1$
		Run run = new Run();
		for (Map.Entry<ImporterDescriptor, List<ImportSource>> claim : claim(sources, run).entrySet()) {
			List<ImportSource> selected;
			try {
				selected = claim.getKey().importer().select(claim.getValue());
			} catch (RuntimeException e) {
				claim.getValue().forEach(s -> run.problems.add(new ImportProblem(s.name(), reason(e))));
				continue;
			}
			progress.worked(claim.getValue().size() - selected.size());
			for (ImportSource source : selected) {
				if (progress.isCanceled()) {
					run.cancelled = true;
					break;
				}
				progress.subTask(source.name());
				read(claim.getKey(), source, run);
				if (run.pending.size() >= BATCH_SIZE) {
					flush(run);
				}
				progress.worked(1);
			}
			if (run.cancelled) {
				break;
			}
		}
		flush(run);
		progress.done();
		return new ImportReport(run.added, run.problems, run.skipped, run.unchanged, run.cancelled);
	}

	/** @return the sources each importer claims, in the order given; unclaimed ones are noted as skipped */
	private Map<ImporterDescriptor, List<ImportSource>> claim(List<? extends ImportSource> sources, Run run) {
		Map<ImporterDescriptor, List<ImportSource>> claims = new LinkedHashMap<>();
		for (ImportSource source : sources) {
			ImporterDescriptor owner = importers().stream().filter(d -> d.matches(source.name())).findFirst().orElse(null);
			if (owner == null) {
				run.skipped.add(source.name());
			} else {
				claims.computeIfAbsent(owner, d -> new ArrayList<>()).add(source);
			}
		}
		return claims;
	}

	private void read(ImporterDescriptor descriptor, ImportSource source, Run run) {
		try {
			String fingerprint = source.fingerprint();
			if (!fingerprint.isEmpty() && fingerprint.equals(index.fingerprint(source.name()).orElse(null))) {
				run.unchanged++;
				return;
			}
			List<SourceDocument> documents = descriptor.importer().read(source);
			run.pending.addAll(withEntities(documents));
			run.replaced.add(source.name());
			if (!fingerprint.isEmpty()) {
				run.fingerprints.put(source.name(), fingerprint);
			}
		} catch (ImportException | IOException | RuntimeException | OutOfMemoryError e) {
			run.problems.add(new ImportProblem(source.name(), reason(e)));
		}
	}

	/** Extraction runs in the same pass as reading, so the corpus is read once. */
	private List<SourceDocument> withEntities(List<SourceDocument> documents) {
		EntityExtractor current = extractor;
		if (current == null) {
			return documents;
		}
		// recognizers are stateless by contract: documents of one file are extracted on all cores
		return documents.parallelStream().map(d -> d.toBuilder().mentions(current.extract(d)).build()).toList();
	}

	private void flush(Run run) {
		if (run.pending.isEmpty() && run.replaced.isEmpty()) {
			return;
		}
		IndexBatch batch = new IndexBatch(run.pending, run.replaced, run.fingerprints);
		try {
			index.apply(batch);
			run.added += batch.documents().size();
		} catch (IOException | RuntimeException e) {
			for (String source : batch.replacedSources()) {
				run.problems.add(new ImportProblem(source, "the index could not store it: " + reason(e))); //$NON-NLS-1$
			}
		} finally {
			run.pending.clear();
			run.replaced.clear();
			run.fingerprints.clear();
		}
	}

	@Override
	public List<SourceDocument> read(Path file) throws ImportException {
		ImportSource source = ImportSource.of(file);
		ImporterDescriptor owner = importers().stream().filter(d -> d.matches(source.name())).findFirst()
				.orElseThrow(() -> new ImportException("no importer reads files like " + file.getFileName())); //$NON-NLS-1$
		try {
			List<ImportSource> selected = owner.importer().select(List.of(source));
			return selected.isEmpty() ? List.of() : withEntities(owner.importer().read(source));
		} catch (RuntimeException e) {
			throw new ImportException(reason(e), e);
		}
	}

	@Override
	public long remove(List<String> sources) throws IOException {
		return index.removeSources(sources);
	}

	private static String reason(Throwable e) {
		if (e instanceof ImportException) {
			return e.getMessage();
		}
		if (e instanceof OutOfMemoryError) {
			return "it needs more memory than Dossier has; the file is too large or hostile"; //$NON-NLS-1$
		}
		return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** The state of one import. */
	private static final class Run {
		final List<SourceDocument> pending = new ArrayList<>();
		final Set<String> replaced = new LinkedHashSet<>();
		final Map<String, String> fingerprints = new HashMap<>();
		final List<ImportProblem> problems = new ArrayList<>();
		final List<String> skipped = new ArrayList<>();
		int added;
		int unchanged;
		boolean cancelled;
	}
}
