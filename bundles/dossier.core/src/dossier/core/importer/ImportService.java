package dossier.core.importer;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Imports sources into the collection's index: picks an importer for each source, reads
 * it and adds its documents. A broken source is reported and the rest still go in.
 *
 * @since 0.1
 */
public interface ImportService {

	/**
	 * Imports sources. Documents read before a cancellation are kept.
	 *
	 * @param sources the sources to import
	 * @param monitor progress and cancellation; may be {@code null}
	 * @return what was imported, failed and skipped
	 */
	ImportReport importSources(List<? extends ImportSource> sources, IProgressMonitor monitor);
}
