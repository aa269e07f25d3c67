package dossier.app.internal;

import java.util.Locale;
import java.util.Set;

import dossier.core.index.IndexField;
import dossier.core.index.SearchRequest;

/** The query, filter and order options shared by {@code search} and {@code export}. */
final class SearchOptions {

	static final Set<String> VALUED = Set.of("field", "filter", "sort"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	static final String HELP = """
			  --field F        search only field F (heading, question, answer, body, department, ...)
			  --filter F=V     only documents whose facet F has value V (repeatable)
			  --sort S         relevance (default), newest or oldest
			"""; //$NON-NLS-1$

	private SearchOptions() {
	}

	static SearchRequest request(Arguments arguments) throws UsageException {
		if (arguments.positional().size() > 1) {
			throw new UsageException("give the query as one argument, in quotes: " //$NON-NLS-1$
					+ String.join(" ", arguments.positional())); //$NON-NLS-1$
		}
		String query = arguments.positional().isEmpty() ? "" : arguments.positional().get(0); //$NON-NLS-1$
		if (arguments.value("field").isPresent() && !query.isBlank()) { //$NON-NLS-1$
			query = arguments.value("field").get() + ":(" + query + ")"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		SearchRequest request = SearchRequest.of(query).withSort(sort(arguments));
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
		return request;
	}

	private static SearchRequest.Sort sort(Arguments arguments) throws UsageException {
		String sort = arguments.value("sort").orElse("relevance").toUpperCase(Locale.ROOT); //$NON-NLS-1$ //$NON-NLS-2$
		try {
			return SearchRequest.Sort.valueOf(sort);
		} catch (IllegalArgumentException e) {
			throw new UsageException("--sort takes relevance, newest or oldest"); //$NON-NLS-1$
		}
	}
}
