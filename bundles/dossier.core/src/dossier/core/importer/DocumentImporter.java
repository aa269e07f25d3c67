package dossier.core.importer;

import java.util.List;

import dossier.core.document.SourceDocument;

/**
 * Turns one source of a file type into documents. An importer sees bytes and text only,
 * never the index or the user interface.
 *
 * @since 0.1
 */
public interface DocumentImporter {

	/**
	 * @param name a source's name, such as {@code answers.txt}
	 * @return whether this importer reads sources of that name
	 */
	boolean accepts(String name);

	/**
	 * Reads a source.
	 *
	 * @param source the source to read
	 * @return the documents in it, possibly none
	 * @throws ImportException if the source is broken or unreadable, saying why
	 */
	List<SourceDocument> read(ImportSource source) throws ImportException;

	/**
	 * Chooses which of the sources this importer accepts are worth reading, for formats
	 * where one file supersedes another (successive versions of one day's answers). The
	 * default reads them all.
	 *
	 * @param accepted the sources of a batch that this importer accepts, sorted by name
	 * @return those to read, in the order to read them
	 */
	default List<ImportSource> select(List<ImportSource> accepted) {
		return accepted;
	}
}
