package dossier.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Where the benchmarks find the real corpus and put their results. */
final class BenchCorpus {

	private BenchCorpus() {
	}

	static Path root() {
		String corpus = System.getProperty("dossier.corpus"); //$NON-NLS-1$
		if (corpus == null) {
			throw new IllegalStateException("set -Ddossier.corpus to the folder of ../shared/corpus"); //$NON-NLS-1$
		}
		return Path.of(corpus);
	}

	/** @return the written-questions API files, the corpus the indexing goals are stated for */
	static List<Path> writtenQuestions() throws IOException {
		try (Stream<Path> files = Files.list(root().resolve("written-questions"))) { //$NON-NLS-1$
			return files.filter(f -> f.getFileName().toString().endsWith(".json.gz")).sorted().toList(); //$NON-NLS-1$
		}
	}

	static Path output() throws IOException {
		Path out = Path.of(System.getProperty("dossier.bench.out", "target/bench")); //$NON-NLS-1$ //$NON-NLS-2$
		return Files.createDirectories(out);
	}

	static int rounds() {
		return Integer.getInteger("bench.rounds", 3); //$NON-NLS-1$
	}

	static void delete(Path folder) {
		try (Stream<Path> paths = Files.walk(folder)) {
			paths.sorted(Comparator.reverseOrder()).forEach(p -> {
				try {
					Files.delete(p);
				} catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			});
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static long folderSize(Path folder) throws IOException {
		try (Stream<Path> paths = Files.walk(folder)) {
			return paths.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
		}
	}
}
