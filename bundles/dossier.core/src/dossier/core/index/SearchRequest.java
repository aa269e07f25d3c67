package dossier.core.index;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What to search for and how to present it: a query in Lucene's classic syntax,
 * drill-down filters on facet values, the order, one page of hits and the facets to count.
 *
 * @param query the query as the user typed it; blank matches every document
 * @param filters facet field to the values a hit must have (values of one field are
 *                alternatives, fields are all required), e.g. {@code department -> [Home Office]}
 * @param sort the order of hits
 * @param offset how many hits to skip (paging)
 * @param limit how many hits to return at most
 * @param facets the facet fields to count over all matching documents, see {@link IndexField.ALL_FACETS}
 * @since 0.1
 */
public record SearchRequest(String query, Map<String, List<String>> filters, Sort sort, int offset, int limit,
		List<String> facets) {

	/** The order of hits. */
	public enum Sort {
		/** best match first */
		RELEVANCE,
		/** latest answer date first */
		NEWEST,
		/** earliest answer date first */
		OLDEST
	}

	/** The default page size. */
	public static final int DEFAULT_LIMIT = 50;

	/** Validates and copies. */
	public SearchRequest {
		query = query == null ? "" : query.strip(); //$NON-NLS-1$
		filters = Map.copyOf(filters);
		sort = sort == null ? Sort.RELEVANCE : sort;
		if (offset < 0 || limit < 0) {
			throw new IllegalArgumentException("offset and limit must not be negative"); //$NON-NLS-1$
		}
		facets = List.copyOf(facets);
	}

	/**
	 * @param query a query
	 * @return a request for the first page of hits by relevance, no filters, no facets
	 */
	public static SearchRequest of(String query) {
		return new SearchRequest(query, Map.of(), Sort.RELEVANCE, 0, DEFAULT_LIMIT, List.of());
	}

	/** @param newLimit page size @return a copy with that page size */
	public SearchRequest withLimit(int newLimit) {
		return new SearchRequest(query, filters, sort, offset, newLimit, facets);
	}

	/** @param newOffset hits to skip @return a copy starting there */
	public SearchRequest withOffset(int newOffset) {
		return new SearchRequest(query, filters, sort, newOffset, limit, facets);
	}

	/** @param newSort an order @return a copy in that order */
	public SearchRequest withSort(Sort newSort) {
		return new SearchRequest(query, filters, newSort, offset, limit, facets);
	}

	/** @param fields facet fields to count @return a copy counting them */
	public SearchRequest withFacets(List<String> fields) {
		return new SearchRequest(query, filters, sort, offset, limit, fields);
	}

	/**
	 * @param field a facet field
	 * @param value a value the hits must have (added to the field's alternatives)
	 * @return a copy drilled down to that value
	 */
	public SearchRequest withFilter(String field, String value) {
		Map<String, List<String>> copy = new LinkedHashMap<>(filters);
		copy.merge(field, List.of(value), (a, b) -> {
			List<String> both = new java.util.ArrayList<>(a);
			both.addAll(b);
			return both;
		});
		return new SearchRequest(query, copy, sort, offset, limit, facets);
	}
}
