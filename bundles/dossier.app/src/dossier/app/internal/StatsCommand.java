package dossier.app.internal;

import java.io.PrintStream;
import java.util.List;
import java.util.Set;

import com.google.gson.JsonObject;

import dossier.core.index.Facet;
import dossier.core.index.IndexField;
import dossier.core.index.SearchRequest;
import dossier.core.index.SearchResult;

/** {@code dossier stats}: what the index holds, by facet. */
final class StatsCommand implements Command {

	@Override
	public String name() {
		return "stats"; //$NON-NLS-1$
	}

	@Override
	public String summary() {
		return "print how many documents the index holds, by kind, house, year and department"; //$NON-NLS-1$
	}

	@Override
	public String help() {
		return """
				Usage: dossier stats [--json] [--workspace DIR]
				Prints the number of documents and the most frequent values of each facet.
				"""; //$NON-NLS-1$
	}

	@Override
	public int run(List<String> args, Engine engine, PrintStream out, PrintStream err) throws Exception {
		Arguments arguments = new Arguments(args, Set.of(), Set.of("json")); //$NON-NLS-1$
		if (!arguments.positional().isEmpty()) {
			throw new UsageException("stats takes no arguments"); //$NON-NLS-1$
		}
		List<String> facets = List.of(IndexField.KIND, IndexField.HOUSE, IndexField.YEAR, IndexField.DEPARTMENT);
		SearchResult all = engine.index().search(SearchRequest.of("").withLimit(0).withFacets(facets)); //$NON-NLS-1$
		if (arguments.has("json")) { //$NON-NLS-1$
			JsonObject json = new JsonObject();
			json.addProperty("documents", all.totalHits()); //$NON-NLS-1$
			for (Facet facet : all.facets()) {
				JsonObject values = new JsonObject();
				facet.values().forEach(v -> values.addProperty(v.value(), v.count()));
				json.add(facet.field(), values);
			}
			out.println(JsonOutput.pretty(json));
			return OK;
		}
		out.printf("%d documents%n", all.totalHits()); //$NON-NLS-1$
		for (Facet facet : all.facets()) {
			out.println();
			out.println(facet.field() + ":"); //$NON-NLS-1$
			facet.values().forEach(v -> out.printf("  %8d  %s%n", v.count(), v.value())); //$NON-NLS-1$
		}
		return OK;
	}
}
