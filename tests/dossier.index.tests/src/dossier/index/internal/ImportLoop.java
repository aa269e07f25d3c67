package dossier.index.internal;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import dossier.core.document.SourceDocument;

/**
 * An import that {@link KillDuringImportTest} runs in a child JVM and kills: it adds batches
 * of documents made from the sample answers to an index folder, one commit per batch, and
 * prints {@code COMMITTED <batch> <documents>} after each commit. Run again on the same
 * folder it resumes after the last batch the index holds, and prints {@code DONE
 * <documents>} when every batch is in.
 * <p>
 * It runs on a plain class path, outside OSGi, so it uses only the index and the JDK.
 * </p>
 */
public final class ImportLoop {

	/** How many batches a complete import adds, unless the arguments say otherwise. */
	public static final int BATCHES = 120;

	/** How many documents a batch holds, unless the arguments say otherwise. */
	public static final int BATCH_SIZE = 50;

	/** A phrase in every document the loop adds, to count them by search. */
	public static final String MARKER = "import loop";

	private ImportLoop() {
	}

	/**
	 * Runs the import.
	 *
	 * @param args the index folder, the corpus folder (its {@code samples/*.txt} give the
	 *             text), and optionally the number of batches and the batch size
	 * @throws IOException if the samples cannot be read or the index cannot be written
	 */
	public static void main(String[] args) throws IOException {
		Path folder = Path.of(args[0]);
		List<String> sentences = sentences(Path.of(args[1]).resolve("samples"));
		int batches = args.length > 2 ? Integer.parseInt(args[2]) : BATCHES;
		int batchSize = args.length > 3 ? Integer.parseInt(args[3]) : BATCH_SIZE;
		try (LuceneDocumentIndex index = new LuceneDocumentIndex(folder)) {
			int present = index.size();
			// batches are committed whole and in order, so the count says where to resume
			if (present % batchSize != 0) {
				throw new IllegalStateException("The index holds a partial batch: " + present + " documents");
			}
			System.out.println("OPENED " + present);
			System.out.flush();
			for (int b = present / batchSize; b < batches; b++) {
				index.add(batch(b, batchSize, sentences));
				System.out.println("COMMITTED " + b + " " + index.size());
				System.out.flush();
			}
			System.out.println("DONE " + index.size());
			System.out.flush();
		}
	}

	/**
	 * @param batch     the batch number
	 * @param batchSize how many documents it holds
	 * @param sentences the sentences to make the texts of
	 * @return the batch's documents, always the same for the same batch number
	 */
	static List<SourceDocument> batch(int batch, int batchSize, List<String> sentences) {
		List<SourceDocument> documents = new ArrayList<>(batchSize);
		for (int i = 0; i < batchSize; i++) {
			// seeded by the id, so a re-run makes the same document
			Random random = new Random(batch * 1_000_003L + i);
			StringBuilder text = new StringBuilder("Answer " + batch + "." + i + " from the " + MARKER + ".");
			int count = 2 + random.nextInt(6);
			for (int s = 0; s < count; s++) {
				text.append(' ').append(sentences.get(random.nextInt(sentences.size())));
			}
			documents.add(SourceDocument.builder(id(batch, i)).title("Import loop answer " + batch + "." + i)
					.kind("written-answer").text(text.toString()).source(source(batch)).build());
		}
		return documents;
	}

	/**
	 * @param batch the batch number
	 * @param i     the document's place in the batch
	 * @return the id of that document
	 */
	static String id(int batch, int i) {
		return "doc-" + batch + "-" + i;
	}

	/**
	 * @param batch the batch number
	 * @return the source name of the batch's documents
	 */
	static String source(int batch) {
		return "import-loop-batch-" + batch;
	}

	/** @return the sentences of the sample answers, in file order */
	static List<String> sentences(Path samples) throws IOException {
		List<Path> files = new ArrayList<>();
		try (DirectoryStream<Path> stream = Files.newDirectoryStream(samples, "*.txt")) {
			stream.forEach(files::add);
		}
		files.sort(null);
		List<String> sentences = new ArrayList<>();
		for (Path file : files) {
			for (String sentence : Files.readString(file).split("(?<=[.?!])\\s+")) {
				if (!sentence.isBlank()) {
					sentences.add(sentence.strip());
				}
			}
		}
		if (sentences.isEmpty()) {
			throw new IOException("No sample text in " + samples);
		}
		return sentences;
	}
}
