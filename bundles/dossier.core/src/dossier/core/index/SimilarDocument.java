package dossier.core.index;

import java.util.List;
import java.util.Objects;

/**
 * A document whose text is like another's, as {@link DocumentIndex#similar(String, int)}
 * finds it.
 *
 * @param id the similar document's id
 * @param score the search engine's similarity score (only comparable within one call)
 * @param sharedTerms the distinctive terms of the first document that this one contains
 *                    too, as indexed (lower case, stemmed), most distinctive first
 * @since 0.1
 */
public record SimilarDocument(String id, float score, List<String> sharedTerms) {

	/** Validates and copies. */
	public SimilarDocument {
		Objects.requireNonNull(id, "id"); //$NON-NLS-1$
		sharedTerms = List.copyOf(sharedTerms);
	}
}
