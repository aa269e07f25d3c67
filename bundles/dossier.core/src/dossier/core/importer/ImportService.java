package dossier.core.importer;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Imports sources into the collection's index: picks an importer for each source, reads
 * it and adds its documents. A broken source is reported and the rest still go in; a
 * source that has not changed since it was last imported is skipped; a changed one
 * replaces the documents it gave before.
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

	/**
	 * Imports files, folders (recursively) and {@code .zip} archives.
	 *
	 * @param paths what the user picked
	 * @param monitor progress and cancellation; may be {@code null}
	 * @return what was imported, failed and skipped
	 */
	ImportReport importPaths(List<Path> paths, IProgressMonitor monitor);

	/**
	 * Reads one file as an import would, entities included, without adding it to the index:
	 * to preview or check what a file gives.
	 *
	 * @param file a file
	 * @return its documents, with their mentions
	 * @throws ImportException if no importer reads the file, or the file is broken, saying why
	 */
	List<dossier.core.document.SourceDocument> read(Path file) throws ImportException;

	/**
	 * Removes the documents of sources from the index.
	 *
	 * @param sources source names, as the documents' {@code source()} gives them
	 * @return how many documents were removed
	 * @throws java.io.IOException if the index cannot be written
	 */
	long remove(List<String> sources) throws java.io.IOException;
}
