package dossier.index.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.eclipse.core.runtime.FileLocator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.namespace.HostNamespace;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;

import dossier.core.index.SearchRequest;

/**
 * Killing the process mid-import loses at most the batch being written, the index always
 * opens afterwards, and running the import again completes it.
 * <p>
 * {@link ImportLoop} runs in a child JVM on a class path made of the bundles this test
 * runs with, and is killed ({@link Process#destroyForcibly()}, SIGKILL on Linux) at random
 * moments, each time on the same index folder. The random choices come from a seed that
 * failures report; {@code -Ddossier.crash.seed=<seed>} repeats them, though not the timing.
 * </p>
 */
class KillDuringImportTest {

	private static final int ROUNDS = 20;
	private static final int BATCHES = ImportLoop.BATCHES;
	private static final int BATCH_SIZE = ImportLoop.BATCH_SIZE;
	private static final long CHILD_TIMEOUT_SECONDS = 60;
	private static List<String> classPath;

	@BeforeAll
	static void findTheClassPath() {
		classPath = classPath();
	}

	@Test
	@Timeout(value = 240, unit = TimeUnit.SECONDS)
	void aKilledImportLosesAtMostTheUncommittedBatchAndCompletesWhenRunAgain(@TempDir Path temp) throws Exception {
		long seed = Long.getLong("dossier.crash.seed", System.nanoTime());
		Random random = new Random(seed);
		Path folder = temp.resolve("index");
		int size = 0;
		int lostBatches = 0;
		long period = TimeUnit.MILLISECONDS.toNanos(100); // a batch's time, measured below
		for (int round = 0; round < ROUNDS; round++) {
			String where = "seed " + seed + ", round " + round;
			// leave at least one batch for each later round and one for the final run
			int budget = BATCHES - size / BATCH_SIZE - (ROUNDS - round);
			int wanted = Math.max(1, Math.min(1 + random.nextInt(8), budget));
			Child child = new Child(folder, temp.resolve("child-" + round + ".err"));
			try {
				period = child.awaitCommits(wanted, where).orElse(period);
				// a pause of up to a batch and a bit, so the kill lands anywhere in the next
				// batch: while documents are added, during the commit, or just after it
				TimeUnit.NANOSECONDS.sleep(random.nextLong(period * 5 / 4 + 1));
			} finally {
				child.kill();
			}
			child.awaitOutput();
			String context = where + ", child output " + child.lines;
			assertEquals("OPENED " + size, child.lines.get(0), context);
			int reported = child.lastCommitted();
			assertTrue(reported > size, context);

			// the killed writer leaves its write.lock behind; the OS released the lock itself
			assertTrue(Files.exists(folder.resolve("write.lock")), context);
			assertClean(folder, context);
			int before = size;
			try (LuceneDocumentIndex index = new LuceneDocumentIndex(folder)) {
				size = index.size();
				String found = context + ", index holds " + size;
				assertTrue(size >= reported, "committed documents lost, " + found);
				assertEquals(0, size % BATCH_SIZE, "partial batch kept, " + found);
				// the kill can land after a commit and before its line, never later
				assertTrue(size <= reported + BATCH_SIZE, found);
				assertTrue(index.get(ImportLoop.id(reported / BATCH_SIZE - 1, BATCH_SIZE - 1)).isPresent(), found);
				assertTrue(index.get(ImportLoop.id(size / BATCH_SIZE, 0)).isEmpty(), found);
			}
			lostBatches += size == reported ? 1 : 0;
			assertTrue(size > before, where);
		}

		Child last = new Child(folder, temp.resolve("child-last.err"));
		last.awaitExit(seed);
		String context = "seed " + seed + ", child output " + last.lines;
		assertEquals("OPENED " + size, last.lines.get(0), context);
		assertEquals("DONE " + BATCHES * BATCH_SIZE, last.lines.get(last.lines.size() - 1), context);
		assertClean(folder, context);
		try (LuceneDocumentIndex index = new LuceneDocumentIndex(folder)) {
			assertEquals(BATCHES * BATCH_SIZE, index.size(), context);
			SearchRequest marked = SearchRequest.of("\"" + ImportLoop.MARKER + "\"").withLimit(5);
			assertEquals(BATCHES * BATCH_SIZE, index.search(marked).totalHits(), context);
			int batch = random.nextInt(BATCHES);
			SearchRequest oneBatch = SearchRequest.of("source:\"" + ImportLoop.source(batch) + "\"").withLimit(5);
			assertEquals(BATCH_SIZE, index.search(oneBatch).totalHits(), context);
		}
		System.out.println("KillDuringImportTest: seed " + seed + ", " + ROUNDS + " kills, " + lostBatches
				+ " lost the batch being written, " + (ROUNDS - lostBatches)
				+ " came after a commit it had not reported");
	}

	/** Lucene's own check of every segment; it also takes the write lock, so none is held. */
	private static void assertClean(Path folder, String context) throws IOException {
		try (Directory directory = FSDirectory.open(folder); CheckIndex check = new CheckIndex(directory)) {
			CheckIndex.Status status = check.checkIndex();
			assertTrue(status.clean, () -> "CheckIndex found problems, " + context);
		}
	}

	/** The import in a child JVM, with its standard output read line by line. */
	private static final class Child {

		private final Process process;
		private final Path errors;
		private final BlockingQueue<String> queue = new LinkedBlockingQueue<>();
		private final List<String> lines = new ArrayList<>();
		private final Thread reader;

		Child(Path folder, Path errors) throws IOException {
			this.errors = errors;
			List<String> command = new ArrayList<>();
			command.add(java());
			// a short-lived JVM: one GC thread and no C2 compiler start faster and take less
			// CPU on a machine shared with other builds
			command.addAll(List.of("-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
					"--enable-native-access=ALL-UNNAMED", "-cp", String.join(File.pathSeparator, classPath),
					ImportLoop.class.getName(), folder.toString(), Corpus.folder().toString()));
			process = new ProcessBuilder(command).redirectError(errors.toFile()).start();
			reader = new Thread(this::read, "import-loop-reader");
			reader.setDaemon(true);
			reader.start();
		}

		private void read() {
			try (BufferedReader in = new BufferedReader(
					new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
				for (String line = in.readLine(); line != null; line = in.readLine()) {
					queue.add(line);
				}
			} catch (IOException e) {
				queue.add("READ FAILED " + e);
			}
		}

		/** @return the mean time between the commits seen, if more than one */
		OptionalLong awaitCommits(int wanted, String where) throws InterruptedException {
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(CHILD_TIMEOUT_SECONDS);
			int commits = 0;
			long first = 0;
			long last = 0;
			while (commits < wanted) {
				String line = queue.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
				if (line == null || line.startsWith("DONE")) {
					fail(where + ": the import gave " + commits + " of " + wanted + " commits, then "
							+ (line == null ? "nothing for " + CHILD_TIMEOUT_SECONDS + " s" : line) + "; "
							+ problems());
				}
				lines.add(line);
				if (line.startsWith("COMMITTED ")) {
					last = System.nanoTime();
					first = commits++ == 0 ? last : first;
				}
			}
			return commits > 1 ? OptionalLong.of((last - first) / (commits - 1)) : OptionalLong.empty();
		}

		void kill() throws InterruptedException {
			process.destroyForcibly();
			assertTrue(process.waitFor(CHILD_TIMEOUT_SECONDS, TimeUnit.SECONDS), "the killed import did not end");
		}

		/** Collects the lines the child printed before it ended, which the pipe still holds. */
		void awaitOutput() throws InterruptedException {
			reader.join(TimeUnit.SECONDS.toMillis(CHILD_TIMEOUT_SECONDS));
			assertFalse(reader.isAlive(), "the killed import's output did not end");
			queue.drainTo(lines);
		}

		void awaitExit(long seed) throws InterruptedException {
			try {
				if (!process.waitFor(2 * CHILD_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
					fail("seed " + seed + ": the import did not finish in " + 2 * CHILD_TIMEOUT_SECONDS + " s; "
							+ problems());
				}
			} finally {
				process.destroyForcibly();
			}
			awaitOutput();
			if (process.exitValue() != 0) {
				fail("seed " + seed + ": the import failed with " + process.exitValue() + "; " + problems());
			}
		}

		/** @return the docs count of the last COMMITTED line, or 0 */
		int lastCommitted() {
			int last = 0;
			for (String line : lines) {
				if (line.startsWith("COMMITTED ")) {
					last = Integer.parseInt(line.substring(line.lastIndexOf(' ') + 1));
				}
			}
			return last;
		}

		private String problems() {
			Supplier<String> err = () -> {
				try {
					return Files.readString(errors);
				} catch (IOException e) {
					return e.toString();
				}
			};
			return "output " + lines + queue + ", errors:\n" + err.get() + "\nclass path:\n"
					+ String.join("\n", classPath);
		}
	}

	private static String java() {
		return ProcessHandle.current().info().command()
				.orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
	}

	/**
	 * @return the class path for {@link ImportLoop}: the files of dossier.index, this
	 *         fragment and every bundle they are wired to, which includes dossier.core and
	 *         the Lucene bundles
	 */
	private static List<String> classPath() {
		Bundle host = FrameworkUtil.getBundle(LuceneDocumentIndex.class);
		Set<Bundle> bundles = new LinkedHashSet<>();
		addWithDependencies(host, bundles);
		for (BundleWire wire : host.adapt(BundleWiring.class).getProvidedWires(HostNamespace.HOST_NAMESPACE)) {
			bundles.add(wire.getRequirer().getBundle());
		}
		Set<String> entries = new LinkedHashSet<>();
		// this fragment's classes; Tycho runs it from its project folder with the classes elsewhere
		codeSource(ImportLoop.class).ifPresent(entries::add);
		for (Bundle bundle : bundles) {
			Optional<File> file = FileLocator.getBundleFileLocation(bundle);
			if (file.isEmpty()) {
				continue;
			}
			if (file.get().isDirectory()) {
				for (String output : List.of("target/classes", "bin")) {
					File classes = new File(file.get(), output);
					if (classes.isDirectory()) {
						entries.add(classes.getAbsolutePath());
					}
				}
			}
			entries.add(file.get().getAbsolutePath());
		}
		List<String> names = bundles.stream().map(Bundle::getSymbolicName).collect(Collectors.toList());
		for (String needed : List.of("dossier.index", "dossier.index.tests", "dossier.core",
				"org.apache.lucene.core")) {
			assertTrue(names.contains(needed), () -> needed + " is not among " + names);
		}
		return List.copyOf(entries);
	}

	private static void addWithDependencies(Bundle bundle, Set<Bundle> bundles) {
		if (!bundles.add(bundle)) {
			return;
		}
		BundleWiring wiring = bundle.adapt(BundleWiring.class);
		if (wiring != null) {
			for (BundleWire wire : wiring.getRequiredWires(null)) {
				addWithDependencies(wire.getProvider().getBundle(), bundles);
			}
		}
	}

	private static Optional<String> codeSource(Class<?> type) {
		CodeSource source = type.getProtectionDomain().getCodeSource();
		URL location = source == null ? null : source.getLocation();
		if (location == null || !"file".equals(location.getProtocol())) {
			return Optional.empty();
		}
		try {
			return Optional.of(Path.of(location.toURI()).toString());
		} catch (URISyntaxException | IllegalArgumentException e) {
			return Optional.empty();
		}
	}
}
