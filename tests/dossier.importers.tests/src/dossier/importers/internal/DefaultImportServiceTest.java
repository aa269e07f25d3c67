package dossier.importers.internal;

import static dossier.importers.internal.PlainTextImporterTest.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dossier.core.document.SourceDocument;
import dossier.core.entity.EntityCount;
import dossier.core.entity.Mention;
import dossier.core.importer.ImportReport;
import dossier.core.importer.ImportSource;
import dossier.core.index.DocumentIndex;
import dossier.core.index.HighlightedText;
import dossier.core.index.IndexBatch;
import dossier.core.index.SearchRequest;
import dossier.core.index.SearchResult;

class DefaultImportServiceTest {

	/** An index that records what it is given, and can be told to fail. */
	private static final class RecordingIndex implements DocumentIndex {
		final Map<String, SourceDocument> documents = new LinkedHashMap<>();
		final List<Integer> batches = new ArrayList<>();
		final Map<String, String> fingerprints = new LinkedHashMap<>();
		boolean failing;

		@Override
		public void apply(IndexBatch batch) throws IOException {
			if (failing) {
				throw new IOException("disk full");
			}
			documents.values().removeIf(d -> batch.replacedSources().contains(d.source()));
			batches.add(batch.documents().size());
			batch.documents().forEach(d -> documents.put(d.id(), d));
			fingerprints.putAll(batch.fingerprints());
		}

		@Override
		public long removeSources(Collection<String> sources) {
			int before = documents.size();
			documents.values().removeIf(d -> sources.contains(d.source()));
			sources.forEach(fingerprints::remove);
			return before - documents.size();
		}

		@Override
		public Optional<String> fingerprint(String source) {
			return Optional.ofNullable(fingerprints.get(source));
		}

		@Override
		public int size() {
			return documents.size();
		}

		@Override
		public long generation() {
			return documents.hashCode();
		}

		@Override
		public SearchResult search(SearchRequest request) {
			throw new UnsupportedOperationException();
		}

		@Override
		public void forEachMatch(SearchRequest request, Consumer<SourceDocument> visitor) {
			throw new UnsupportedOperationException();
		}

		@Override
		public List<EntityCount> entities(String kind, SearchRequest request) {
			throw new UnsupportedOperationException();
		}

		@Override
		public Optional<SourceDocument> get(String id) {
			return Optional.ofNullable(documents.get(id));
		}

		@Override
		public Optional<HighlightedText> highlight(String id, String query) {
			throw new UnsupportedOperationException();
		}
	}

	private final RecordingIndex index = new RecordingIndex();
	private final DefaultImportService service = new DefaultImportService(index,
			List.of(ImporterDescriptor.of(new PlainTextImporter(1024 * 1024), "txt")));

	@Test
	void badFilesAreReportedByNameAndTheRestGoIn() {
		Path samples = PlainTextImporterTest.corpus().resolve("samples");
		List<ImportSource> sources = List.of(ImportSource.of(samples.resolve("trafficking-answers-part1.txt")),
				source("broken.txt", new byte[] { 'a', 0, 'b' }), source("table.csv", "a,b"),
				ImportSource.of(samples.resolve("trafficking-answers-part2.txt")),
				ImportSource.of(samples.resolve("no-such-file.txt")));

		ImportReport report = service.importSources(sources, null);

		assertEquals(2, report.documents());
		assertEquals(2, index.size());
		assertEquals(List.of("table.csv"), report.skipped());
		assertEquals(2, report.problems().size());
		assertEquals("broken.txt", report.problems().get(0).source());
		assertTrue(report.problems().get(0).message().contains("binary"));
		assertTrue(report.problems().get(1).source().endsWith("no-such-file.txt"));
		assertTrue(report.problems().get(1).message().contains("cannot be read"), report.problems().get(1).message());
		assertFalse(report.cancelled());
	}

	@Test
	void documentsAreCommittedInBatches() {
		int count = DefaultImportService.BATCH_SIZE * 2 + 7;
		List<ImportSource> sources = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			sources.add(source("answer" + i + ".txt", "Answer number " + i));
		}

		ImportReport report = service.importSources(sources, new NullProgressMonitor());

		assertEquals(count, report.documents());
		assertEquals(List.of(DefaultImportService.BATCH_SIZE, DefaultImportService.BATCH_SIZE, 7), index.batches);
	}

	@Test
	void cancellingKeepsWhatWasRead() {
		NullProgressMonitor monitor = new NullProgressMonitor() {
			private int checks;

			@Override
			public boolean isCanceled() {
				return ++checks > 3;
			}
		};
		List<ImportSource> sources = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			sources.add(source("answer" + i + ".txt", "Answer number " + i));
		}

		ImportReport report = service.importSources(sources, monitor);

		assertTrue(report.cancelled());
		assertTrue(report.documents() > 0 && report.documents() < 10, "kept " + report.documents());
		assertEquals(report.documents(), index.size());
	}

	@Test
	void anIndexFailureIsReportedForEveryDocumentOfTheBatch() {
		index.failing = true;

		ImportReport report = service.importSources(List.of(source("a.txt", "A"), source("b.txt", "B")), null);

		assertEquals(0, report.documents());
		assertEquals(2, report.problems().size());
		assertTrue(report.problems().get(0).message().contains("disk full"), report.problems().get(0).message());
	}

	@Test
	void anUnchangedFileIsSkippedAndAChangedOneReplacesItsDocuments(@TempDir Path folder) throws Exception {
		Path file = folder.resolve("answer.txt");
		Files.writeString(file, "Operation Pentameter 2\nThe first version.");
		assertEquals(1, service.importPaths(List.of(folder), null).documents());

		ImportReport again = service.importPaths(List.of(folder), null);
		assertEquals(0, again.documents());
		assertEquals(1, again.unchanged());

		Files.writeString(file, "Operation Pentameter 2\nThe second, longer version of the answer.");
		Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() + 5000));
		ImportReport changed = service.importPaths(List.of(folder), null);
		assertEquals(1, changed.documents());
		assertEquals(1, index.size());
		assertTrue(index.get(file.toString()).orElseThrow().text().contains("second, longer"));
	}

	@Test
	void entitiesAreExtractedInTheSamePass() {
		DefaultImportService extracting = new DefaultImportService(index,
				List.of(ImporterDescriptor.of(new PlainTextImporter(1024 * 1024), "txt")),
				document -> document.text().contains("SOCA")
						? List.of(new Mention("agency", document.text().indexOf("SOCA"), document.text().indexOf("SOCA") + 4,
								"SOCA", "SOCA", "Serious Organised Crime Agency", Map.of()))
						: List.of());

		extracting.importSources(List.of(source("a.txt", "Funding for SOCA"), source("b.txt", "Nothing here")), null);

		assertEquals(List.of("SOCA"), index.get("a.txt").orElseThrow().mentions().stream().map(Mention::entityId).toList());
		assertTrue(index.get("b.txt").orElseThrow().mentions().isEmpty());
	}

	@Test
	void foldersAreWalkedAndMissingPathsReported(@TempDir Path folder) throws Exception {
		Files.createDirectories(folder.resolve("a/b"));
		Files.writeString(folder.resolve("a/one.txt"), "One");
		Files.writeString(folder.resolve("a/b/two.txt"), "Two");
		Files.writeString(folder.resolve("a/b/data.bin"), "?");

		ImportReport report = service.importPaths(List.of(folder.resolve("a"), folder.resolve("missing")), null);

		assertEquals(2, report.documents());
		assertEquals(List.of(folder.resolve("a/b/data.bin").toString()), report.skipped());
		assertEquals(1, report.problems().size());
		assertTrue(report.problems().get(0).message().contains("no such file"));
	}

	@Test
	void removingASourceRemovesItsDocuments(@TempDir Path folder) throws Exception {
		Path file = folder.resolve("answer.txt");
		Files.writeString(file, "Answer");
		service.importPaths(List.of(file), null);

		assertEquals(1, service.remove(List.of(file.toString())));
		assertEquals(0, index.size());
	}
}
