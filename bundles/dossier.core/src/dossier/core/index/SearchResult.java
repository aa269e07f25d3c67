package dossier.core.index;

import java.util.List;

/**
 * The answer to a search.
 *
 * @param query the query as the user typed it
 * @param totalHits how many documents match in all, which may exceed {@code hits.size()}
 * @param hits the best matching documents, best first
 * @since 0.1
 */
public record SearchResult(String query, long totalHits, List<SearchHit> hits) {

	/** Copies the hit list. */
	public SearchResult {
		hits = List.copyOf(hits);
	}
}
