package dossier.importers.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import dossier.core.document.SourceDocument;
import dossier.core.importer.ImportException;
import dossier.core.importer.ImportSource;

class PlainTextImporterTest {

	private final PlainTextImporter importer = new PlainTextImporter(1024 * 1024);

	@Test
	void readsARealAnswerTitledByItsFirstLine() throws Exception {
		Path file = corpus().resolve("samples/trafficking-answers-part1.txt");

		List<SourceDocument> documents = importer.read(ImportSource.of(file));

		assertEquals(1, documents.size());
		SourceDocument answer = documents.get(0);
		assertEquals(file.toString(), answer.id());
		assertTrue(answer.text().contains("£400 million"), "UTF-8 pound sign kept");
		assertTrue(answer.title().startsWith("A report on the outcomes of Operation Pentameter 2"), answer.title());
		assertTrue(answer.title().length() <= PlainTextImporter.MAX_TITLE_LENGTH + 1, answer.title());
		assertTrue(answer.title().endsWith("\u2026"), "a cut title says so");
	}

	@Test
	void acceptsTextFilesOnly() {
		assertTrue(importer.accepts("answers.txt"));
		assertTrue(importer.accepts("ANSWERS.TXT"));
		assertFalse(importer.accepts("answers.xml"));
		assertFalse(importer.accepts("answers.txt.gz"));
	}

	@Test
	void aShortFirstLineIsTheWholeTitle() throws Exception {
		SourceDocument doc = importer.read(source("note.txt", "\n\n  Human trafficking: funding  \nBody text.")).get(0);

		assertEquals("Human trafficking: funding", doc.title());
		assertEquals("Human trafficking: funding  \nBody text.", doc.text());
	}

	@Test
	void invalidUtf8IsRefusedByName() {
		byte[] latin1 = "Budget of \u00a3400 million".getBytes(StandardCharsets.ISO_8859_1);

		ImportException e = assertThrows(ImportException.class, () -> importer.read(source("latin1.txt", latin1)));
		assertTrue(e.getMessage().contains("not valid UTF-8"), e.getMessage());
	}

	@Test
	void binaryJunkIsRefused() {
		byte[] junk = { 'P', 'K', 3, 4, 0, 0, 20, 0 };

		ImportException e = assertThrows(ImportException.class, () -> importer.read(source("junk.txt", junk)));
		assertTrue(e.getMessage().contains("binary"), e.getMessage());
	}

	@Test
	void anEmptyFileIsRefused() {
		ImportException e = assertThrows(ImportException.class, () -> importer.read(source("empty.txt", " \n ")));
		assertTrue(e.getMessage().contains("empty"), e.getMessage());
	}

	@Test
	void aFileOverTheLimitIsRefusedWithoutReadingItAll() {
		PlainTextImporter small = new PlainTextImporter(100);
		byte[] big = "x".repeat(5000).getBytes(StandardCharsets.UTF_8);

		ImportException e = assertThrows(ImportException.class, () -> small.read(source("big.txt", big)));
		assertTrue(e.getMessage().contains("larger than the limit of 100 bytes"), e.getMessage());
	}

	static Path corpus() {
		Path folder = Path.of(System.getProperty("dossier.corpus", "../../shared/corpus")).toAbsolutePath().normalize();
		assertTrue(Files.isDirectory(folder), "The shared corpus is missing at " + folder);
		return folder;
	}

	static ImportSource source(String name, String text) {
		return source(name, text.getBytes(StandardCharsets.UTF_8));
	}

	static ImportSource source(String name, byte[] bytes) {
		return new ImportSource() {
			@Override
			public String name() {
				return name;
			}

			@Override
			public InputStream open() {
				return new ByteArrayInputStream(bytes);
			}
		};
	}
}
