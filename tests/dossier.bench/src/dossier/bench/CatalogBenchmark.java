package dossier.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.RegistryFactory;
import org.junit.jupiter.api.Test;

import dossier.catalog.internal.IndexEntityCatalog;
import dossier.core.catalog.EntitySummary;
import dossier.core.entity.EntityKinds;
import dossier.extract.internal.DefaultEntityExtractor;
import dossier.importers.internal.DefaultImportService;
import dossier.importers.internal.ImporterRegistry;
import dossier.index.internal.LuceneDocumentIndex;

/**
 * What the entity views wait for, with the whole corpus imported: gathering the catalog
 * (once after each import, in the background), then the calls a view makes when it opens
 * (served from memory), an entity page (which reads its documents' texts), and the
 * in-memory filtering a keystroke in a filter box costs. Prints a Markdown table and
 * writes it to {@code target/bench/catalog.md}.
 */
class CatalogBenchmark {

	private static final NullProgressMonitor MONITOR = new NullProgressMonitor();

	@Test
	void wholeCorpus() throws Exception {
		Path folder = Files.createTempDirectory("dossier-bench-catalog"); //$NON-NLS-1$
		try (LuceneDocumentIndex index = new LuceneDocumentIndex(folder)) {
			new DefaultImportService(index, ImporterRegistry.read(RegistryFactory.getRegistry()), new DefaultEntityExtractor())
					.importPaths(List.of(BenchCorpus.root()), MONITOR);
			int documents = index.size();
			Map<String, double[]> millis = new LinkedHashMap<>();
			int rounds = Math.max(5, BenchCorpus.rounds());
			for (int round = -1; round < rounds; round++) {
				IndexEntityCatalog catalog = new IndexEntityCatalog(index);
				measure(millis, round, rounds, "gather the catalog (first call after an import)", //$NON-NLS-1$
						() -> catalog.entities(EntityKinds.AGENCY, MONITOR).size());
				List<EntitySummary> agencies = catalog.entities(EntityKinds.AGENCY, MONITOR);
				measure(millis, round, rounds, "open Agencies view: entities(agency)", //$NON-NLS-1$
						() -> catalog.entities(EntityKinds.AGENCY, MONITOR).size());
				measure(millis, round, rounds, "open Operations view: entities(operation)", //$NON-NLS-1$
						() -> catalog.entities(EntityKinds.OPERATION, MONITOR).size());
				measure(millis, round, rounds, "open Funding view: fundingFacts()", //$NON-NLS-1$
						() -> catalog.fundingFacts(MONITOR).size());
				String biggest = agencies.get(0).id();
				measure(millis, round, rounds, "entity page of the most-named agency (" + biggest + ")", //$NON-NLS-1$ //$NON-NLS-2$
						() -> catalog.page(EntityKinds.AGENCY, biggest, MONITOR).orElseThrow().passages().size());
				measure(millis, round, rounds, "entity page of SOCA", //$NON-NLS-1$
						() -> catalog.page(EntityKinds.AGENCY, "SOCA", MONITOR).orElseThrow().passages().size()); //$NON-NLS-1$
				measure(millis, round, rounds, "filter keystroke: agencies matching \"pol\"", //$NON-NLS-1$
						() -> filter(agencies, "pol")); //$NON-NLS-1$
			}
			report(documents, catalogSize(index), millis);
		} finally {
			BenchCorpus.delete(folder);
		}
	}

	private static String catalogSize(LuceneDocumentIndex index) throws IOException {
		IndexEntityCatalog catalog = new IndexEntityCatalog(index);
		List<String> sizes = new ArrayList<>();
		for (String kind : EntityKinds.BUILT_IN) {
			sizes.add(String.format(Locale.ROOT, "%,d %s", catalog.entities(kind, MONITOR).size(), kind)); //$NON-NLS-1$
		}
		sizes.add(String.format(Locale.ROOT, "%,d funding facts", catalog.fundingFacts(MONITOR).size())); //$NON-NLS-1$
		return String.join(", ", sizes); //$NON-NLS-1$
	}

	/** What a view's filter does on each keystroke: a case-blind match on name, id and aliases. */
	private static int filter(List<EntitySummary> entities, String typed) {
		String needle = typed.toLowerCase(Locale.ROOT);
		int shown = 0;
		for (EntitySummary e : entities) {
			if (e.name().toLowerCase(Locale.ROOT).contains(needle) || e.id().toLowerCase(Locale.ROOT).contains(needle)
					|| e.aliases().stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).contains(needle))) {
				shown++;
			}
		}
		return shown;
	}

	private static void measure(Map<String, double[]> millis, int round, int rounds, String what, Callable<Integer> call)
			throws Exception {
		long start = System.nanoTime();
		int result = call.call();
		double ms = (System.nanoTime() - start) / 1e6;
		assertTrue(result > 0, what);
		if (round >= 0) {
			millis.computeIfAbsent(what, k -> new double[rounds])[round] = ms;
		}
	}

	private static void report(int documents, String sizes, Map<String, double[]> millis) throws IOException {
		StringBuilder table = new StringBuilder(String.format(Locale.ROOT,
				"Entity catalog over the whole corpus: %,d documents (%s); %d cores%n%n", documents, sizes, //$NON-NLS-1$
				Runtime.getRuntime().availableProcessors()));
		table.append("| call | median ms | max ms |\n|---|---:|---:|\n"); //$NON-NLS-1$
		millis.forEach((what, values) -> {
			double[] sorted = values.clone();
			Arrays.sort(sorted);
			table.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f |%n", what, sorted[sorted.length / 2], //$NON-NLS-1$
					sorted[sorted.length - 1]));
		});
		System.out.println(table);
		Files.writeString(BenchCorpus.output().resolve("catalog.md"), table); //$NON-NLS-1$
	}
}
