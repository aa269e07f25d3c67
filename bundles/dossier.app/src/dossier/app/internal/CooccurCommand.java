package dossier.app.internal;

import java.io.PrintStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import dossier.core.entity.EntityCount;
import dossier.core.index.SearchException;
import dossier.core.xref.CooccurrenceMatrix;
import dossier.core.xref.CrossReference;

/** {@code dossier cooccur KIND KIND}: how many documents mention an entity of each kind together. */
final class CooccurCommand implements Command {

	@Override
	public String name() {
		return "cooccur"; //$NON-NLS-1$
	}

	@Override
	public String summary() {
		return "count the documents mentioning entities of two kinds together (agency country)"; //$NON-NLS-1$
	}

	@Override
	public String help() {
		return """
				Usage: dossier cooccur KIND KIND [--query Q] [--filter F=V] [--rows N] [--columns N] [--json] [--workspace DIR]
				Prints the co-occurrence matrix of two entity kinds (agency, operation, country, funding):
				for each entity of the first kind (rows) and of the second (columns), how many documents
				mention both. Rows and columns are the entities in the most documents; plain output shows
				the first 20 rows and 10 columns unless --rows and --columns say otherwise, --json gives
				every row and column (or as many as asked) with the counts as a matrix.
				""" + XrefOptions.HELP; //$NON-NLS-1$
	}

	@Override
	public int run(List<String> args, Engine engine, PrintStream out, PrintStream err) throws Exception {
		Set<String> valued = new HashSet<>(XrefOptions.VALUED);
		valued.addAll(Set.of("rows", "columns")); //$NON-NLS-1$ //$NON-NLS-2$
		Arguments arguments = new Arguments(args, valued, Set.of("json")); //$NON-NLS-1$
		if (arguments.positional().size() != 2) {
			throw new UsageException("give two entity kinds, such as: agency country"); //$NON-NLS-1$
		}
		boolean json = arguments.has("json"); //$NON-NLS-1$
		int rows = arguments.intValue("rows", json ? Integer.MAX_VALUE : 20); //$NON-NLS-1$
		int columns = arguments.intValue("columns", json ? Integer.MAX_VALUE : 10); //$NON-NLS-1$
		CooccurrenceMatrix matrix;
		try {
			matrix = engine.service(CrossReference.class).cooccurrence(arguments.positional().get(0),
					arguments.positional().get(1), XrefOptions.restriction(arguments), new NullProgressMonitor());
		} catch (SearchException e) {
			throw new UsageException(e.getMessage());
		}
		int r = Math.min(rows, matrix.rows().size());
		int c = Math.min(columns, matrix.columns().size());
		if (json) {
			out.println(JsonOutput.pretty(json(matrix, r, c)));
			return OK;
		}
		out.printf("%s x %s: %d x %d entities share documents%s%n", matrix.rowKind(), matrix.columnKind(), //$NON-NLS-1$
				matrix.rows().size(), matrix.columns().size(),
				matrix.restriction() == null ? "" : " (within the search)"); //$NON-NLS-1$ //$NON-NLS-2$
		StringBuilder header = new StringBuilder(String.format("%-32s %6s", "", "docs")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		for (int j = 0; j < c; j++) {
			header.append(String.format(" %8s", shorten(matrix.columns().get(j).id(), 8))); //$NON-NLS-1$
		}
		out.println(header);
		for (int i = 0; i < r; i++) {
			EntityCount row = matrix.rows().get(i);
			StringBuilder line = new StringBuilder(String.format("%-32s %6d", shorten(row.name(), 32), row.documents())); //$NON-NLS-1$
			for (int j = 0; j < c; j++) {
				line.append(String.format(" %8d", matrix.count(i, j))); //$NON-NLS-1$
			}
			out.println(line);
		}
		return OK;
	}

	private static String shorten(String s, int width) {
		return s.length() <= width ? s : s.substring(0, width - 1) + '…';
	}

	static JsonObject json(CooccurrenceMatrix matrix, int rows, int columns) {
		JsonObject json = new JsonObject();
		json.addProperty("rowKind", matrix.rowKind()); //$NON-NLS-1$
		json.addProperty("columnKind", matrix.columnKind()); //$NON-NLS-1$
		if (matrix.restriction() != null) {
			json.addProperty("query", matrix.restriction().query()); //$NON-NLS-1$
		}
		json.add("rows", entities(matrix.rows().subList(0, rows))); //$NON-NLS-1$
		json.add("columns", entities(matrix.columns().subList(0, columns))); //$NON-NLS-1$
		JsonArray counts = new JsonArray();
		for (int i = 0; i < rows; i++) {
			JsonArray row = new JsonArray();
			for (int j = 0; j < columns; j++) {
				row.add(matrix.count(i, j));
			}
			counts.add(row);
		}
		json.add("counts", counts); //$NON-NLS-1$
		return json;
	}

	private static JsonArray entities(List<EntityCount> entities) {
		JsonArray array = new JsonArray();
		for (EntityCount entity : entities) {
			JsonObject e = new JsonObject();
			e.addProperty("kind", entity.kind()); //$NON-NLS-1$
			e.addProperty("id", entity.id()); //$NON-NLS-1$
			e.addProperty("name", entity.name()); //$NON-NLS-1$
			e.addProperty("documents", entity.documents()); //$NON-NLS-1$
			e.addProperty("mentions", entity.mentions()); //$NON-NLS-1$
			array.add(e);
		}
		return array;
	}
}
