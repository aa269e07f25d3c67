package dossier.core.importer;

import java.util.List;

/**
 * What an import did.
 *
 * @param documents how many documents were added to the index
 * @param problems the sources that failed, each with its reason
 * @param skipped the sources no importer reads
 * @param unchanged how many sources were skipped because they had not changed since they were last imported
 * @param cancelled whether the user stopped the import before all sources were read
 * @since 0.1
 */
public record ImportReport(int documents, List<ImportProblem> problems, List<String> skipped, int unchanged,
		boolean cancelled) {

	/** Copies the lists. */
	public ImportReport {
		problems = List.copyOf(problems);
		skipped = List.copyOf(skipped);
	}

	/** @return whether every source that an importer claimed went in */
	public boolean clean() {
		return problems.isEmpty();
	}
}
