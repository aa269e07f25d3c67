package dossier.app.internal;

import java.io.PrintStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dossier.core.index.Facet;
import dossier.core.index.IndexField;
import dossier.core.index.SearchException;
import dossier.core.index.SearchHit;
import dossier.core.index.SearchRequest;
import dossier.core.index.SearchResult;

/** {@code dossier search QUERY}: prints hits with highlighted passages, and facet counts. */
final class SearchCommand implements Command {

	@Override
	public String name() {
		return "search"; //$NON-NLS-1$
	}

	@Override
	public String summary() {
		return "search the index (Lucene query syntax) and print hits, passages and facets"; //$NON-NLS-1$
	}

	@Override
	public String help() {
		return "Usage: dossier search QUERY [options] [--workspace DIR]\n" //$NON-NLS-1$
				+ "QUERY uses Lucene's syntax: words (all required), OR, NOT, \"phrases\", \"a b\"~5, word~,\n" //$NON-NLS-1$
				+ "wild*, department:\"Home Office\", answered:[2024-01-01 TO 2024-06-30].\n" //$NON-NLS-1$
				+ SearchOptions.HELP + """
						  --facet F        count the values of facet F over all hits (repeatable; "all" for every facet)
						  --limit N        hits per page (default 10)
						  --offset N       hits to skip (paging)
						  --json           print the result as JSON, with highlight offsets
						"""; //$NON-NLS-1$
	}

	@Override
	public int run(List<String> args, Engine engine, PrintStream out, PrintStream err) throws Exception {
		Set<String> valued = new HashSet<>(SearchOptions.VALUED);
		valued.addAll(Set.of("facet", "limit", "offset")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		Arguments arguments = new Arguments(args, valued, Set.of("json")); //$NON-NLS-1$
		SearchRequest request = SearchOptions.request(arguments).withLimit(arguments.intValue("limit", 10)) //$NON-NLS-1$
				.withOffset(arguments.intValue("offset", 0)).withFacets(facets(arguments)); //$NON-NLS-1$
		SearchResult result;
		try {
			result = engine.index().search(request);
		} catch (SearchException e) {
			throw new UsageException(e.getMessage());
		}
		if (arguments.has("json")) { //$NON-NLS-1$
			out.println(JsonOutput.toJson(result));
		} else {
			print(result, out);
		}
		return OK;
	}

	private static List<String> facets(Arguments arguments) throws UsageException {
		List<String> facets = arguments.values("facet"); //$NON-NLS-1$
		if (facets.contains("all")) { //$NON-NLS-1$
			return IndexField.ALL_FACETS;
		}
		for (String facet : facets) {
			if (!IndexField.ALL_FACETS.contains(facet)) {
				throw new UsageException("--facet: no facet " + facet + "; facets are " + String.join(", ", IndexField.ALL_FACETS)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			}
		}
		return facets;
	}

	private static void print(SearchResult result, PrintStream out) {
		SearchRequest request = result.request();
		out.printf("%d documents match%s (showing %d-%d)%n", result.totalHits(), //$NON-NLS-1$
				request.query().isEmpty() ? "" : " " + request.query(), //$NON-NLS-1$ //$NON-NLS-2$
				result.hits().isEmpty() ? 0 : request.offset() + 1, request.offset() + result.hits().size());
		for (SearchHit hit : result.hits()) {
			out.println();
			out.println(hit.id() + "  " + hit.title()); //$NON-NLS-1$
			String meta = String.join("  ", List.of(hit.answerDate().map(Object::toString).orElse(""), hit.house(), //$NON-NLS-1$ //$NON-NLS-2$
					hit.department()).stream().filter(s -> !s.isEmpty()).toList());
			if (!meta.isEmpty()) {
				out.println("    " + meta); //$NON-NLS-1$
			}
			out.println("    " + JsonOutput.marked(hit.snippet()).replace('\n', ' ')); //$NON-NLS-1$
		}
		for (Facet facet : result.facets()) {
			out.println();
			out.println(facet.field() + ":"); //$NON-NLS-1$
			facet.values().forEach(v -> out.printf("  %6d  %s%n", v.count(), v.value())); //$NON-NLS-1$
		}
	}
}
