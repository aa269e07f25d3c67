package dossier.core.index;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dossier.core.document.SourceDocument;

/**
 * A change to the index committed as a whole: the documents of some sources are dropped
 * and new documents added, so re-importing a changed file replaces what it gave before.
 *
 * @param documents the documents to add (replacing any with the same id)
 * @param replacedSources sources whose earlier documents are removed first
 * @param fingerprints for each source read, a value that changes when its content does,
 *                     so an unchanged source can be skipped next time
 * @since 0.1
 */
public record IndexBatch(List<SourceDocument> documents, Set<String> replacedSources, Map<String, String> fingerprints) {

	/** Copies. */
	public IndexBatch {
		documents = List.copyOf(documents);
		replacedSources = Set.copyOf(replacedSources);
		fingerprints = Map.copyOf(fingerprints);
	}

	/**
	 * @param documents documents to add
	 * @return a batch that only adds
	 */
	public static IndexBatch adding(Collection<SourceDocument> documents) {
		return new IndexBatch(List.copyOf(documents), Set.of(), Map.of());
	}
}
