package dossier.index.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;

import dossier.core.index.IndexField;
import dossier.core.index.SearchException;

/**
 * Turns what the user typed into a Lucene query: English analysis for text fields, whole
 * values for exact fields (so {@code department:"Home Office"} and date ranges work), and
 * drill-down on facet filters.
 */
final class QueryFactory {

	private final Analyzer analyzer;
	private final FacetsConfig facets;

	QueryFactory(FacetsConfig facets) {
		this.facets = facets;
		// text fields get English analysis; every other field (metadata, entity kinds) holds whole values
		Map<String, Analyzer> text = new HashMap<>();
		EnglishAnalyzer english = new EnglishAnalyzer();
		IndexField.TEXT_FIELDS.forEach(f -> text.put(f, english));
		this.analyzer = new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), text);
	}

	/** @return the analyzer for indexing and highlighting */
	Analyzer analyzer() {
		return analyzer;
	}

	/**
	 * @param query what the user typed; blank matches everything
	 * @return the parsed query, without filters
	 * @throws SearchException if the query is not valid
	 */
	Query parse(String query) throws SearchException {
		if (query == null || query.isBlank()) {
			return new MatchAllDocsQuery();
		}
		QueryParser parser = new MultiFieldQueryParser(IndexField.DEFAULT_SEARCHED.toArray(String[]::new), analyzer);
		parser.setDefaultOperator(QueryParser.Operator.AND);
		parser.setAllowLeadingWildcard(true);
		try {
			return parser.parse(query);
		} catch (ParseException | IllegalArgumentException e) {
			String reason = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse(""); //$NON-NLS-1$ //$NON-NLS-2$
			throw new SearchException("Cannot read the query \"" + query + "\": " + reason, e); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/**
	 * @param base a parsed query
	 * @param filters facet field to accepted values
	 * @return the query restricted to documents with the filter values
	 * @throws SearchException if a filter names a field that is not a facet
	 */
	Query filter(Query base, Map<String, List<String>> filters) throws SearchException {
		if (filters.isEmpty()) {
			return base;
		}
		DrillDownQuery drillDown = new DrillDownQuery(facets, base);
		for (Map.Entry<String, List<String>> filter : filters.entrySet()) {
			if (!IndexField.ALL_FACETS.contains(filter.getKey())) {
				throw new SearchException("There is no facet named " + filter.getKey() + "; facets are " //$NON-NLS-1$ //$NON-NLS-2$
						+ String.join(", ", IndexField.ALL_FACETS), null); //$NON-NLS-1$
			}
			for (String value : filter.getValue()) {
				drillDown.add(filter.getKey(), value);
			}
		}
		return drillDown;
	}
}
