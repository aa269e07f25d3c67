package dossier.core.xref;

import java.util.List;
import java.util.Objects;

import dossier.core.catalog.DocumentRef;

/**
 * A document like another one, with the reasons.
 *
 * @param document the related document
 * @param score how alike they are, between 0 and 1, higher first: text similarity
 *              (Lucene's MoreLikeThis) weighed with the share of entities in common
 * @param sharedTerms the distinctive terms of the first document that this one contains
 *                    too, as indexed (stemmed: {@code traffick})
 * @param sharedEntities the entities both documents mention
 * @since 0.1
 */
public record RelatedDocument(DocumentRef document, double score, List<String> sharedTerms,
		List<EntityRef> sharedEntities) {

	/** Validates and copies. */
	public RelatedDocument {
		Objects.requireNonNull(document, "document"); //$NON-NLS-1$
		sharedTerms = List.copyOf(sharedTerms);
		sharedEntities = List.copyOf(sharedEntities);
	}
}
