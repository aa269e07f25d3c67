package dossier.core.importer;

import java.util.List;

/**
 * What an import did.
 *
 * @param documents how many documents were added to the index
 * @param problems the sources that failed, each with its reason
 * @param skipped the sources no importer reads
 * @param cancelled whether the user stopped the import before all sources were read
 * @since 0.1
 */
public record ImportReport(int documents, List<ImportProblem> problems, List<String> skipped, boolean cancelled) {

	/** Copies the lists. */
	public ImportReport {
		problems = List.copyOf(problems);
		skipped = List.copyOf(skipped);
	}
}
