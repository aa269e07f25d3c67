package dossier.core.importer;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A named stream of bytes to import: a file, a resource in a bundle, or later an entry of
 * an archive. Importers read it; they never see where it is stored.
 *
 * @since 0.1
 */
public interface ImportSource {

	/** @return the name the user knows the source by (a path or resource name) */
	String name();

	/**
	 * @return a new stream over the source's bytes, which the caller closes
	 * @throws IOException if the source cannot be opened
	 */
	InputStream open() throws IOException;

	/** @return the size in bytes, or -1 when unknown before reading */
	default long size() {
		return -1;
	}

	/**
	 * @return a value that changes whenever the source's content changes (such as size and
	 *         modification time), or empty when unknown; used to skip unchanged sources
	 */
	default String fingerprint() {
		return ""; //$NON-NLS-1$
	}

	/**
	 * @param file a file
	 * @return the file as a source named by its path
	 */
	static ImportSource of(Path file) {
		return new ImportSource() {
			@Override
			public String name() {
				return file.toString();
			}

			@Override
			public InputStream open() throws IOException {
				return Files.newInputStream(file);
			}

			@Override
			public long size() {
				try {
					return Files.size(file);
				} catch (IOException e) {
					return -1;
				}
			}

			@Override
			public String fingerprint() {
				try {
					return Files.size(file) + "@" + Files.getLastModifiedTime(file).toMillis(); //$NON-NLS-1$
				} catch (IOException e) {
					return ""; //$NON-NLS-1$
				}
			}
		};
	}

	/**
	 * @param name the name to show
	 * @param url where the bytes are, such as a bundle entry
	 * @return the resource as a source
	 */
	static ImportSource of(String name, URL url) {
		return new ImportSource() {
			@Override
			public String name() {
				return name;
			}

			@Override
			public InputStream open() throws IOException {
				return url.openStream();
			}
		};
	}
}
