package dossier.index.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import dossier.core.document.SourceDocument;

/** The real documents in ../shared/corpus, found through the dossier.corpus property. */
final class Corpus {

	private Corpus() {
	}

	static Path folder() {
		String property = System.getProperty("dossier.corpus", "../../shared/corpus");
		Path folder = Path.of(property).toAbsolutePath().normalize();
		assertTrue(Files.isDirectory(folder), "The shared corpus is missing at " + folder);
		return folder;
	}

	/** @return a sample answer as a document titled by its file name */
	static SourceDocument sample(String fileName) throws IOException {
		Path file = folder().resolve("samples").resolve(fileName);
		return new SourceDocument(fileName, fileName, Files.readString(file), file.toString(), "text");
	}
}
