package dossier.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
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
import dossier.core.entity.EntityKinds;
import dossier.core.index.SearchHit;
import dossier.core.index.SearchRequest;
import dossier.core.xref.EntityGraph;
import dossier.core.xref.EntityRef;
import dossier.core.xref.GraphExport;
import dossier.core.xref.Timeline;
import dossier.extract.internal.DefaultEntityExtractor;
import dossier.importers.internal.DefaultImportService;
import dossier.importers.internal.ImporterRegistry;
import dossier.index.internal.LuceneDocumentIndex;

/**
 * What the cross-reference views and commands wait for, with the whole corpus imported:
 * the agencies x countries matrix, the network of the top 200 entities (and its GEXF), a
 * timeline, and related documents (MoreLikeThis plus shared entities), over the whole
 * collection and restricted to a search. The catalog gathering they share with the entity
 * views is measured first (once per import). Prints a Markdown table of medians and writes
 * it to {@code target/bench/xref.md}.
 */
class XrefBenchmark {

	private static final NullProgressMonitor MONITOR = new NullProgressMonitor();
	private static final SearchRequest TRAFFICKING = SearchRequest.of("trafficking"); //$NON-NLS-1$

	@Test
	void wholeCorpus() throws Exception {
		Path folder = Files.createTempDirectory("dossier-bench-xref"); //$NON-NLS-1$
		try (LuceneDocumentIndex index = new LuceneDocumentIndex(folder)) {
			new DefaultImportService(index, ImporterRegistry.read(RegistryFactory.getRegistry()), new DefaultEntityExtractor())
					.importPaths(List.of(BenchCorpus.root()), MONITOR);
			int documents = index.size();
			// documents to find related ones for: the best hits of a few searches
			List<String> probes = new ArrayList<>();
			for (String query : List.of("Pentameter", "trafficking", "Nigeria", "asylum", "police")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
				for (SearchHit hit : index.search(query, 4).hits()) {
					probes.add(hit.id());
				}
			}
			Map<String, List<Double>> millis = new LinkedHashMap<>();
			int rounds = Math.max(5, BenchCorpus.rounds());
			String sizes = ""; //$NON-NLS-1$
			for (int round = -1; round < rounds; round++) {
				boolean counted = round >= 0;
				IndexEntityCatalog xref = new IndexEntityCatalog(index);
				measure(millis, counted, "gather the catalog (first call after an import, shared with the entity views)", //$NON-NLS-1$
						() -> xref.entities(EntityKinds.AGENCY, MONITOR).size());
				measure(millis, counted, "matrix agency x country, whole collection", //$NON-NLS-1$
						() -> xref.cooccurrence(EntityKinds.AGENCY, EntityKinds.COUNTRY, null, MONITOR).rows().size());
				measure(millis, counted, "matrix agency x country, within search \"trafficking\"", //$NON-NLS-1$
						() -> xref.cooccurrence(EntityKinds.AGENCY, EntityKinds.COUNTRY, TRAFFICKING, MONITOR).rows().size());
				measure(millis, counted, "network of the top 200 entities, whole collection", //$NON-NLS-1$
						() -> xref.graph(List.of(), 200, 1, null, MONITOR).edges().size());
				measure(millis, counted, "network of the top 200 entities, within search \"trafficking\"", //$NON-NLS-1$
						() -> xref.graph(List.of(), 200, 1, TRAFFICKING, MONITOR).edges().size());
				EntityGraph graph = xref.graph(List.of(), 200, 1, null, MONITOR);
				measure(millis, counted, "GEXF of that network", () -> { //$NON-NLS-1$
					StringWriter out = new StringWriter();
					GraphExport.gexf(graph, out);
					return out.getBuffer().length();
				});
				measure(millis, counted, "timeline by month of the 10 agencies in most documents", //$NON-NLS-1$
						() -> xref.timeline(xref.entities(EntityKinds.AGENCY, MONITOR).subList(0, 10).stream()
								.map(e -> EntityRef.of(e.kind(), e.id())).toList(), Timeline.Granularity.MONTH, null, MONITOR)
								.periods().size());
				for (String id : probes) {
					measure(millis, counted, "related documents (10) of one document, " + probes.size() + " documents", //$NON-NLS-1$ //$NON-NLS-2$
							() -> xref.related(id, 10, MONITOR).size() + 1);
				}
				sizes = String.format(Locale.ROOT, "matrix %d x %d, network %d nodes and %d edges", //$NON-NLS-1$
						xref.cooccurrence(EntityKinds.AGENCY, EntityKinds.COUNTRY, null, MONITOR).rows().size(),
						xref.cooccurrence(EntityKinds.AGENCY, EntityKinds.COUNTRY, null, MONITOR).columns().size(),
						graph.nodes().size(), graph.edges().size());
			}
			report(documents, sizes, millis);
		} finally {
			BenchCorpus.delete(folder);
		}
	}

	private static void measure(Map<String, List<Double>> millis, boolean counted, String what, Callable<Integer> call)
			throws Exception {
		long start = System.nanoTime();
		int result = call.call();
		double ms = (System.nanoTime() - start) / 1e6;
		assertTrue(result > 0, what);
		if (counted) {
			millis.computeIfAbsent(what, k -> new ArrayList<>()).add(ms);
		}
	}

	private static void report(int documents, String sizes, Map<String, List<Double>> millis) throws Exception {
		StringBuilder table = new StringBuilder(String.format(Locale.ROOT,
				"Cross-references over the whole corpus: %,d documents; %s; %d cores%n%n", documents, sizes, //$NON-NLS-1$
				Runtime.getRuntime().availableProcessors()));
		table.append("| call | median ms | max ms |\n|---|---:|---:|\n"); //$NON-NLS-1$
		millis.forEach((what, values) -> {
			double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
			Arrays.sort(sorted);
			table.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f |%n", what, sorted[sorted.length / 2], //$NON-NLS-1$
					sorted[sorted.length - 1]));
		});
		System.out.println(table);
		Files.writeString(BenchCorpus.output().resolve("xref.md"), table); //$NON-NLS-1$
	}
}
