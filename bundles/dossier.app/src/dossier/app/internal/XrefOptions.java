package dossier.app.internal;

import java.util.Set;

import dossier.core.index.IndexField;
import dossier.core.index.SearchRequest;

/** The restriction to a search that {@code cooccur} and {@code graph} take: {@code --query} and {@code --filter}. */
final class XrefOptions {

	static final Set<String> VALUED = Set.of("query", "filter"); //$NON-NLS-1$ //$NON-NLS-2$
	static final String HELP = """
			  --query Q        count only the documents matching query Q (Lucene syntax, as for search)
			  --filter F=V     only documents whose facet F has value V (repeatable)
			"""; //$NON-NLS-1$

	private XrefOptions() {
	}

	/** @return the restriction, or {@code null} for the whole collection */
	static SearchRequest restriction(Arguments arguments) throws UsageException {
		SearchRequest request = SearchRequest.of(arguments.value("query").orElse("")); //$NON-NLS-1$ //$NON-NLS-2$
		for (String filter : arguments.values("filter")) { //$NON-NLS-1$
			int equals = filter.indexOf('=');
			if (equals <= 0) {
				throw new UsageException("--filter takes FIELD=VALUE, not " + filter); //$NON-NLS-1$
			}
			String field = filter.substring(0, equals);
			if (!IndexField.ALL_FACETS.contains(field)) {
				throw new UsageException("--filter: no facet " + field + "; facets are " + String.join(", ", IndexField.ALL_FACETS)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			}
			request = request.withFilter(field, filter.substring(equals + 1));
		}
		return request.query().isEmpty() && request.filters().isEmpty() ? null : request;
	}
}
