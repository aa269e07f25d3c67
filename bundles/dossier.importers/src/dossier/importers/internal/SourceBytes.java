package dossier.importers.internal;

import java.io.IOException;
import java.io.InputStream;

import dossier.core.importer.ImportException;
import dossier.core.importer.ImportSource;

/** Reads a whole source into memory, refusing one over a size limit without reading it all. */
final class SourceBytes {

	private SourceBytes() {
	}

	/**
	 * @param source the source
	 * @param maxBytes the most bytes allowed
	 * @return the source's bytes
	 * @throws ImportException if the source is larger than the limit or cannot be read
	 */
	static byte[] readAll(ImportSource source, long maxBytes) throws ImportException {
		if (source.size() > maxBytes) {
			throw tooLarge(maxBytes);
		}
		try (InputStream in = source.open()) {
			// the declared size may be unknown or wrong, so read at most one byte past the limit
			byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
			if (bytes.length > maxBytes) {
				throw tooLarge(maxBytes);
			}
			return bytes;
		} catch (IOException e) {
			throw new ImportException("the file cannot be read: " + e.getMessage(), e); //$NON-NLS-1$
		}
	}

	/**
	 * @param maxBytes the limit
	 * @return the exception for a file over it
	 */
	static ImportException tooLarge(long maxBytes) {
		return new ImportException("the file is larger than the limit of " + maxBytes + " bytes"); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
