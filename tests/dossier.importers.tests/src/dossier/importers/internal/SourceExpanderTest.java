package dossier.importers.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dossier.core.importer.ImportProblem;
import dossier.core.importer.ImportSource;

class SourceExpanderTest {

	private final SourceExpander expander = new SourceExpander();

	@TempDir
	Path folder;

	@Test
	void aFolderIsWalkedInPathOrderWithoutHiddenFiles() throws Exception {
		Path root = Files.createDirectories(folder.resolve("picked"));
		write(root.resolve("z.txt"), "last");
		write(root.resolve("a.txt"), "first");
		write(root.resolve("sub/deeper/c.txt"), "deep");
		write(root.resolve("sub/b.txt"), "middle");
		write(root.resolve(".hidden.txt"), "hidden file");
		write(root.resolve(".git/config"), "hidden folder");
		write(root.resolve("sub/.DS_Store"), "hidden in a subfolder");
		Files.createDirectories(root.resolve("empty"));

		SourceExpander.Result result = expander.expand(List.of(root));

		assertEquals(List.of(root.resolve("a.txt").toString(), root.resolve("sub/b.txt").toString(),
				root.resolve("sub/deeper/c.txt").toString(), root.resolve("z.txt").toString()), names(result));
		assertTrue(result.problems().isEmpty(), result.problems().toString());
		ImportSource first = result.sources().get(0);
		assertEquals(5, first.size());
		assertTrue(first.fingerprint().startsWith("5@"), first.fingerprint());
		assertEquals("first", read(first));
	}

	@Test
	void linksInsideAFolderAreNotFollowed() throws Exception {
		Path root = Files.createDirectories(folder.resolve("picked"));
		write(root.resolve("real.txt"), "real");
		Path outside = Files.createDirectories(folder.resolve("outside"));
		write(outside.resolve("secret.txt"), "outside the picked folder");
		try {
			Files.createSymbolicLink(root.resolve("link-to-folder"), outside);
			Files.createSymbolicLink(root.resolve("link.txt"), outside.resolve("secret.txt"));
		} catch (UnsupportedOperationException | IOException e) {
			Assumptions.abort("no symbolic links here: " + e);
		}

		SourceExpander.Result result = expander.expand(List.of(root));

		assertEquals(List.of(root.resolve("real.txt").toString()), names(result));
	}

	@Test
	void picksAreKeptInOrderOnceEach() throws Exception {
		Path one = write(folder.resolve("one.txt"), "1");
		Path two = write(folder.resolve("two.txt"), "2");
		Path hidden = write(folder.resolve(".chosen.txt"), "picked on purpose");

		SourceExpander.Result result = expander.expand(List.of(two, one, hidden, two, folder.resolve("gone.txt")));

		assertEquals(List.of(two.toString(), one.toString(), hidden.toString()), names(result));
		assertEquals(List.of(new ImportProblem(folder.resolve("gone.txt").toString(),
				"there is no such file or folder")), result.problems());
	}

	@Test
	void aZipBecomesItsEntriesReadableLater() throws Exception {
		Path zip = zip(folder.resolve("answers.zip"), entries("docs/", "", "docs/one.txt", "First answer.",
				"two.txt", "Second answer.", "inner.zip", "not expanded", "__MACOSX/._two.txt", "resource fork"));

		SourceExpander.Result result = expander.expand(List.of(zip));

		assertEquals(List.of(zip + "!/docs/one.txt", zip + "!/inner.zip", zip + "!/two.txt"), names(result));
		assertTrue(result.problems().isEmpty(), result.problems().toString());
		ImportSource one = result.sources().get(0);
		ImportSource two = result.sources().get(2);
		assertEquals("First answer.", read(one));
		assertEquals("First answer.", read(one), "each read reopens the entry");
		assertEquals("Second answer.", read(two));
		assertEquals("Second answer.".length(), two.size());
		String zipFingerprint = ImportSource.of(zip).fingerprint();
		assertTrue(one.fingerprint().startsWith(zipFingerprint + "!/"), one.fingerprint());
		assertNotEquals(one.fingerprint(), two.fingerprint());
	}

	@Test
	void aZipInsideAPickedFolderIsExpanded() throws Exception {
		write(folder.resolve("a.txt"), "a");
		Path zip = zip(folder.resolve("b.zip"), entries("inside.txt", "inside"));
		write(folder.resolve("c.txt"), "c");

		SourceExpander.Result result = expander.expand(List.of(folder));

		assertEquals(List.of(folder.resolve("a.txt").toString(), zip + "!/inside.txt",
				folder.resolve("c.txt").toString()), names(result));
	}

	@Test
	void anEntryReadAfterTheArchiveChangedIsRefused() throws Exception {
		Path zip = zip(folder.resolve("changing.zip"), entries("note.txt", "before"));
		ImportSource note = expander.expand(List.of(zip)).sources().get(0);
		zip(zip, entries("note.txt", "after the change, and longer"));

		IOException e = assertThrows(IOException.class, () -> read(note));
		assertTrue(e.getMessage().contains("changed"), e.getMessage());
	}

	@Test
	void unsafeEntryNamesAreReportedAndNotReturned() throws Exception {
		Path zip = zip(folder.resolve("evil.zip"), entries("../evil.txt", "escape", "/abs.txt", "absolute",
				"docs/../../up.txt", "escape deeper", "ok.txt", "fine"));

		SourceExpander.Result result = expander.expand(List.of(zip));

		assertEquals(List.of(zip + "!/ok.txt"), names(result));
		assertEquals(List.of(zip + "!/../evil.txt", zip + "!//abs.txt", zip + "!/docs/../../up.txt"),
				result.problems().stream().map(ImportProblem::source).toList());
		for (ImportProblem problem : result.problems()) {
			assertTrue(problem.message().startsWith("unsafe entry name"), problem.toString());
		}
	}

	@Test
	void entryNamesAreCheckedForEveryEscape() {
		assertFalse(SourceExpander.isSafeEntryName("C:/Windows/win.ini"));
		assertFalse(SourceExpander.isSafeEntryName("\\\\server\\share.txt"));
		assertFalse(SourceExpander.isSafeEntryName("a\\..\\..\\b.txt"));
		assertFalse(SourceExpander.isSafeEntryName(".."));
		assertTrue(SourceExpander.isSafeEntryName("a/..b/c..txt"), "dots inside a name are harmless");
		assertTrue(SourceExpander.isSafeEntryName("2009/answers.txt"));
	}

	@Test
	void aZipBombIsReportedQuicklyWithoutReadingIt() throws Exception {
		Path zip = folder.resolve("bomb.zip");
		try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
			out.putNextEntry(new ZipEntry("zeros.txt"));
			byte[] zeros = new byte[1024 * 1024];
			for (int i = 0; i < 200; i++) {
				out.write(zeros);
			}
			out.closeEntry();
			out.putNextEntry(new ZipEntry("readme.txt"));
			out.write("The rest is fine.".getBytes(StandardCharsets.UTF_8));
			out.closeEntry();
		}
		assertTrue(Files.size(zip) < 1024 * 1024, "200 MB of zeros compress to little: " + Files.size(zip));

		long start = System.nanoTime();
		SourceExpander.Result result = expander.expand(List.of(zip));
		long millis = (System.nanoTime() - start) / 1_000_000;

		assertTrue(millis < 2000, "judged from the declared sizes, in " + millis + " ms");
		assertEquals(List.of(zip + "!/readme.txt"), names(result));
		assertEquals(1, result.problems().size(), result.problems().toString());
		assertEquals(zip + "!/zeros.txt", result.problems().get(0).source());
		assertTrue(result.problems().get(0).message().startsWith("zip bomb suspected: "), result.problems().toString());
	}

	@Test
	void tooManyEntriesOrTooManyBytesRefuseTheWholeArchive() throws Exception {
		Path zip = zip(folder.resolve("many.zip"),
				entries("1.txt", "one one one", "2.txt", "two two two", "3.txt", "three"));

		SourceExpander.Result counted = new SourceExpander(new SourceExpander.Limits(2, 1000, 1000, 100, 1000))
				.expand(List.of(zip));
		SourceExpander.Result summed = new SourceExpander(new SourceExpander.Limits(10, 1000, 25, 100, 1000))
				.expand(List.of(zip));
		SourceExpander.Result large = new SourceExpander(new SourceExpander.Limits(10, 10, 1000, 100, 1000))
				.expand(List.of(zip));

		assertTrue(counted.sources().isEmpty());
		assertEquals(List.of(new ImportProblem(zip.toString(),
				"zip bomb suspected: 3 entries, more than the limit of 2")), counted.problems());
		assertTrue(summed.sources().isEmpty());
		assertEquals(List.of(new ImportProblem(zip.toString(),
				"zip bomb suspected: its entries hold more than 25 bytes uncompressed")), summed.problems());
		assertEquals(List.of(zip + "!/3.txt"), names(large), "only entries over the per-entry limit go");
		assertEquals(2, large.problems().size(), large.problems().toString());
	}

	@Test
	void anEntryLongerThanItDeclaresStopsAtTheDeclaredSize() throws Exception {
		String text = "This entry says it holds ten bytes but holds far more. ".repeat(20);
		Path zip = zip(folder.resolve("liar.zip"), entries("liar.txt", text));
		declareSize(zip, 10);

		SourceExpander.Result result = expander.expand(List.of(zip));

		assertEquals(List.of(zip + "!/liar.txt"), names(result));
		assertEquals(10, result.sources().get(0).size());
		try (InputStream in = result.sources().get(0).open()) {
			IOException e = assertThrows(IOException.class, in::readAllBytes);
			assertTrue(e.getMessage().contains("exceeds its declared size of 10 bytes"), e.getMessage());
		}
	}

	@Test
	void aDamagedZipIsReported() throws Exception {
		Path zip = write(folder.resolve("broken.zip"), "PK\u0003\u0004 and then nothing that a zip needs");

		SourceExpander.Result result = expander.expand(List.of(zip));

		assertTrue(result.sources().isEmpty());
		assertEquals(1, result.problems().size());
		assertTrue(result.problems().get(0).message().startsWith("not a readable zip archive"),
				result.problems().toString());
	}

	@Test
	void everyFileOfTheRealCorpusIsFound() throws Exception {
		Path parlparse = PlainTextImporterTest.corpus().resolve("parlparse");
		List<String> walked;
		try (Stream<Path> files = Files.walk(parlparse)) {
			walked = files.filter(Files::isRegularFile).map(Path::toString).sorted().toList();
		}

		SourceExpander.Result result = expander.expand(List.of(parlparse));

		assertFalse(walked.isEmpty());
		assertEquals(walked.size(), result.sources().size());
		assertEquals(walked, names(result));
		assertTrue(result.problems().isEmpty(), result.problems().toString());
	}

	private static List<String> names(SourceExpander.Result result) {
		return result.sources().stream().map(ImportSource::name).toList();
	}

	private static String read(ImportSource source) throws IOException {
		try (InputStream in = source.open()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private static Path write(Path file, String text) throws IOException {
		Files.createDirectories(file.getParent());
		return Files.writeString(file, text);
	}

	/** @return names and contents, alternating; a name ending in a slash is a folder */
	private static Map<String, String> entries(String... namesAndTexts) {
		Map<String, String> entries = new LinkedHashMap<>();
		for (int i = 0; i < namesAndTexts.length; i += 2) {
			entries.put(namesAndTexts[i], namesAndTexts[i + 1]);
		}
		return entries;
	}

	private static Path zip(Path zip, Map<String, String> entries) throws IOException {
		try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(file)) {
			for (Map.Entry<String, String> entry : entries.entrySet()) {
				out.putNextEntry(new ZipEntry(entry.getKey()));
				out.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
				out.closeEntry();
			}
		}
		return zip;
	}

	/** Rewrites the uncompressed size that the central directory declares for every entry. */
	private static void declareSize(Path zip, int size) throws IOException {
		byte[] bytes = Files.readAllBytes(zip);
		ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
		int patched = 0;
		for (int i = 0; i + 46 <= bytes.length; i++) {
			if (buffer.getInt(i) == 0x02014b50) { // central directory file header
				buffer.putInt(i + 24, size);
				patched++;
			}
		}
		assertEquals(1, patched);
		Files.write(zip, bytes);
	}
}
