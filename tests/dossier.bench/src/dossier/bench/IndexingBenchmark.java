package dossier.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.RegistryFactory;
import org.junit.jupiter.api.Test;

import dossier.core.document.SourceDocument;
import dossier.core.entity.EntityExtractor;
import dossier.core.importer.ImportReport;
import dossier.core.importer.ImportException;
import dossier.extract.internal.DefaultEntityExtractor;
import dossier.importers.internal.DefaultImportService;
import dossier.importers.internal.ImporterDescriptor;
import dossier.importers.internal.ImporterRegistry;
import dossier.index.internal.LuceneDocumentIndex;

/**
 * Indexing throughput on the written-questions corpus: Lucene alone on documents already in
 * memory, Dossier's import without and with entity extraction, and extraction alone, in one
 * JVM, each measured over several rounds after a warm-up round. Prints a Markdown table and
 * writes it to {@code target/bench/indexing.md}; asserts only that every run imported the
 * whole corpus.
 */
class IndexingBenchmark {

	private final List<ImporterDescriptor> importers = ImporterRegistry.read(RegistryFactory.getRegistry());

	@Test
	void writtenQuestions() throws Exception {
		List<Path> files = BenchCorpus.writtenQuestions();
		List<SourceDocument> documents = read(files);
		long bytes = documents.stream().mapToLong(d -> d.text().getBytes(StandardCharsets.UTF_8).length).sum();
		EntityExtractor extractor = new DefaultEntityExtractor();

		Map<String, Run> runs = new LinkedHashMap<>();
		runs.put("Lucene alone, documents in memory (baseline)", folder -> { //$NON-NLS-1$
			RawLuceneIndexer.index(documents, folder);
			return documents.size();
		});
		runs.put("Dossier import, no extraction", folder -> importFiles(files, folder, null)); //$NON-NLS-1$
		runs.put("Dossier import with extraction", folder -> importFiles(files, folder, extractor)); //$NON-NLS-1$
		runs.put("Extraction alone, documents in memory", folder -> { //$NON-NLS-1$
			long mentions = documents.parallelStream().mapToLong(d -> extractor.extract(d).size()).sum();
			assertTrue(mentions > documents.size(), "the recognizers find entities in most answers"); //$NON-NLS-1$
			return documents.size();
		});

		Map<String, double[]> seconds = new LinkedHashMap<>();
		int rounds = BenchCorpus.rounds();
		for (int round = -1; round < rounds; round++) { // round -1 warms the JIT up and is not counted
			for (Map.Entry<String, Run> run : runs.entrySet()) {
				double s = time(run.getValue(), documents.size());
				if (round >= 0) {
					seconds.computeIfAbsent(run.getKey(), k -> new double[rounds])[round] = s;
				}
			}
		}
		report(documents.size(), bytes, seconds);
	}

	private List<SourceDocument> read(List<Path> files) throws ImportException {
		DefaultImportService service = new DefaultImportService(null, importers, null);
		List<SourceDocument> documents = new ArrayList<>();
		for (Path file : files) {
			documents.addAll(service.read(file));
		}
		return documents;
	}

	private int importFiles(List<Path> files, Path folder, EntityExtractor extractor) throws IOException {
		try (LuceneDocumentIndex index = new LuceneDocumentIndex(folder)) {
			ImportReport report = new DefaultImportService(index, importers, extractor).importPaths(files,
					new NullProgressMonitor());
			assertTrue(report.problems().isEmpty(), () -> report.problems().toString());
			return report.documents();
		}
	}

	private static double time(Run run, int expected) throws Exception {
		System.gc();
		Path folder = Files.createTempDirectory("dossier-bench"); //$NON-NLS-1$
		try {
			long start = System.nanoTime();
			int count = run.run(folder);
			double seconds = (System.nanoTime() - start) / 1e9;
			assertEquals(expected, count);
			return seconds;
		} finally {
			BenchCorpus.delete(folder);
		}
	}

	private static void report(int documents, long bytes, Map<String, double[]> seconds) throws IOException {
		double baseline = median(seconds.values().iterator().next());
		double plain = median(seconds.get("Dossier import, no extraction")); //$NON-NLS-1$
		StringBuilder table = new StringBuilder();
		table.append(String.format(Locale.ROOT, "Written-questions corpus: %,d documents, %.1f MB of text; median of %d rounds after a warm-up round, %d cores%n%n", //$NON-NLS-1$
				documents, bytes / 1e6, BenchCorpus.rounds(), Runtime.getRuntime().availableProcessors()));
		table.append("| run | seconds (median) | documents/s | MB/s | throughput vs Lucene alone | time vs import without extraction |\n"); //$NON-NLS-1$
		table.append("|---|---:|---:|---:|---:|---:|\n"); //$NON-NLS-1$
		for (Map.Entry<String, double[]> e : seconds.entrySet()) {
			double s = median(e.getValue());
			table.append(String.format(Locale.ROOT, "| %s | %.2f | %,.0f | %.1f | %.2f× | %+.0f%% |%n", e.getKey(), s, //$NON-NLS-1$
					documents / s, bytes / 1e6 / s, baseline / s, (s / plain - 1) * 100));
		}
		System.out.println(table);
		Files.writeString(BenchCorpus.output().resolve("indexing.md"), table); //$NON-NLS-1$
	}

	private static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		int n = sorted.length;
		return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
	}

	@FunctionalInterface
	private interface Run {
		int run(Path folder) throws Exception;
	}
}
