package dossier.core.index;

/**
 * One document found by a search.
 *
 * @param id the document's id
 * @param title the document's title
 * @param source where the document came from
 * @param score the relevance score; higher is better
 * @param snippet the best passages of the document with the query's terms highlighted
 * @since 0.1
 */
public record SearchHit(String id, String title, String source, float score, HighlightedText snippet) {
}
