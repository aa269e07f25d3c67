package dossier.index.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dossier.core.document.SourceDocument;
import dossier.core.index.SearchRequest;

/** Searches from several threads while batches are committed never fail and never go back. */
class ConcurrentSearchTest {

	@Test
	void fourSearchersDuringAnImportSeeConsistentGrowingResults(@TempDir Path folder) throws Exception {
		String text = Corpus.sample("trafficking-answers-part2.txt").text();
		int batches = 40;
		int perBatch = 50;
		try (LuceneDocumentIndex index = new LuceneDocumentIndex(folder)) {
			AtomicBoolean importing = new AtomicBoolean(true);
			ConcurrentLinkedQueue<Throwable> errors = new ConcurrentLinkedQueue<>();
			AtomicInteger searches = new AtomicInteger();
			CountDownLatch started = new CountDownLatch(4);
			List<Thread> searchers = new ArrayList<>();
			for (int t = 0; t < 4; t++) {
				Thread searcher = new Thread(() -> {
					long last = 0;
					started.countDown();
					while (importing.get()) {
						try {
							long total = index.search(SearchRequest.of("Pentameter").withLimit(5)).totalHits();
							// whole batches only, and never fewer than before
							assertEquals(0, total % perBatch, "partial batch visible: " + total);
							assertTrue(total >= last, "went back from " + last + " to " + total);
							last = total;
							searches.incrementAndGet();
						} catch (Throwable e) {
							errors.add(e);
							return;
						}
					}
				}, "searcher-" + t);
				searchers.add(searcher);
				searcher.start();
			}
			started.await();
			for (int b = 0; b < batches; b++) {
				List<SourceDocument> batch = new ArrayList<>();
				for (int i = 0; i < perBatch; i++) {
					batch.add(SourceDocument.builder("doc-" + b + "-" + i).text(text).build());
				}
				index.add(batch);
			}
			importing.set(false);
			for (Thread searcher : searchers) {
				searcher.join(30_000);
			}

			assertTrue(errors.isEmpty(), () -> "searches failed: " + errors);
			assertTrue(searches.get() > 0);
			assertEquals(batches * perBatch, index.search(SearchRequest.of("Pentameter")).totalHits());
		}
	}
}
