package dossier.core.index;

import java.util.List;
import java.util.Optional;

/**
 * The answer to a search: one page of hits, the total, and facet counts over all hits.
 *
 * @param request the request answered
 * @param totalHits how many documents match in all
 * @param hits the requested page of hits
 * @param facets the counts of the requested facets over all matching documents
 * @since 0.1
 */
public record SearchResult(SearchRequest request, long totalHits, List<SearchHit> hits, List<Facet> facets) {

	/** Copies the lists. */
	public SearchResult {
		hits = List.copyOf(hits);
		facets = List.copyOf(facets);
	}

	/** @return the query as the user typed it */
	public String query() {
		return request.query();
	}

	/**
	 * @param field a facet field
	 * @return its counts, if they were requested
	 */
	public Optional<Facet> facet(String field) {
		return facets.stream().filter(f -> f.field().equals(field)).findFirst();
	}
}
