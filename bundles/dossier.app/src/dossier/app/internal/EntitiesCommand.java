package dossier.app.internal;

import java.io.PrintStream;
import java.util.List;
import java.util.Set;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import dossier.core.entity.EntityCount;
import dossier.core.entity.EntityKinds;
import dossier.core.index.SearchException;
import dossier.core.index.SearchRequest;

/** {@code dossier entities --kind K}: the entities of a kind with mention and document counts. */
final class EntitiesCommand implements Command {

	@Override
	public String name() {
		return "entities"; //$NON-NLS-1$
	}

	@Override
	public String summary() {
		return "list the agencies, operations, funding recipients or countries mentioned, with counts"; //$NON-NLS-1$
	}

	@Override
	public String help() {
		return """
				Usage: dossier entities --kind agency|operation|funding|country [QUERY] [--limit N] [--json] [--workspace DIR]
				Lists the entities of that kind that the documents mention (only the documents matching
				QUERY, if given), most documents first, with the number of documents and of mentions.
				"""; //$NON-NLS-1$
	}

	@Override
	public int run(List<String> args, Engine engine, PrintStream out, PrintStream err) throws Exception {
		Arguments arguments = new Arguments(args, Set.of("kind", "limit"), Set.of("json")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		String kind = arguments.value("kind").orElseThrow(() -> new UsageException("--kind is needed: " //$NON-NLS-1$ //$NON-NLS-2$
				+ String.join(", ", EntityKinds.BUILT_IN))); //$NON-NLS-1$
		if (arguments.positional().size() > 1) {
			throw new UsageException("give the query as one argument, in quotes"); //$NON-NLS-1$
		}
		String query = arguments.positional().isEmpty() ? "" : arguments.positional().get(0); //$NON-NLS-1$
		int limit = arguments.intValue("limit", Integer.MAX_VALUE); //$NON-NLS-1$
		List<EntityCount> entities;
		try {
			entities = engine.index().entities(kind, SearchRequest.of(query));
		} catch (SearchException e) {
			throw new UsageException(e.getMessage());
		}
		entities = entities.subList(0, Math.min(limit, entities.size()));
		if (arguments.has("json")) { //$NON-NLS-1$
			JsonArray json = new JsonArray();
			for (EntityCount entity : entities) {
				JsonObject e = new JsonObject();
				e.addProperty("kind", entity.kind()); //$NON-NLS-1$
				e.addProperty("id", entity.id()); //$NON-NLS-1$
				e.addProperty("name", entity.name()); //$NON-NLS-1$
				e.addProperty("documents", entity.documents()); //$NON-NLS-1$
				e.addProperty("mentions", entity.mentions()); //$NON-NLS-1$
				json.add(e);
			}
			out.println(JsonOutput.pretty(json));
			return OK;
		}
		out.printf("%d %s entities%n", entities.size(), kind); //$NON-NLS-1$
		out.printf("%9s %9s  %s%n", "documents", "mentions", "entity"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		for (EntityCount entity : entities) {
			String label = entity.name().equals(entity.id()) ? entity.id() : entity.id() + "  " + entity.name(); //$NON-NLS-1$
			out.printf("%9d %9d  %s%n", entity.documents(), entity.mentions(), label); //$NON-NLS-1$
		}
		return OK;
	}
}
