package dossier.app.internal;

import java.io.PrintStream;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import dossier.core.xref.CrossReference;
import dossier.core.xref.EntityRef;
import dossier.core.xref.RelatedDocument;

/** {@code dossier related ID}: the documents most like one, with the terms and entities they share. */
final class RelatedCommand implements Command {

	@Override
	public String name() {
		return "related"; //$NON-NLS-1$
	}

	@Override
	public String summary() {
		return "list the documents most like one, with the terms and entities they share"; //$NON-NLS-1$
	}

	@Override
	public String help() {
		return """
				Usage: dossier related ID [--limit N] [--json] [--workspace DIR]
				Lists the documents most like document ID (10 unless --limit says otherwise): alike in
				wording (Lucene's MoreLikeThis over title and text) and in the entities they name, each
				with a score from 0 to 1, the distinctive terms it shares (as indexed, stemmed) and the
				entities both mention. Exit code 1 when the index has no document ID.
				"""; //$NON-NLS-1$
	}

	@Override
	public int run(List<String> args, Engine engine, PrintStream out, PrintStream err) throws Exception {
		Arguments arguments = new Arguments(args, Set.of("limit"), Set.of("json")); //$NON-NLS-1$ //$NON-NLS-2$
		if (arguments.positional().size() != 1) {
			throw new UsageException("give one document id, as search lists them"); //$NON-NLS-1$
		}
		String id = arguments.positional().get(0);
		int limit = arguments.intValue("limit", 10); //$NON-NLS-1$
		if (engine.index().get(id).isEmpty()) {
			err.println("There is no document " + id + " in the index."); //$NON-NLS-1$ //$NON-NLS-2$
			return SOME_ERRORS;
		}
		List<RelatedDocument> related = engine.service(CrossReference.class).related(id, limit, new NullProgressMonitor());
		if (arguments.has("json")) { //$NON-NLS-1$
			JsonArray json = new JsonArray();
			for (RelatedDocument r : related) {
				json.add(json(r));
			}
			out.println(JsonOutput.pretty(json));
			return OK;
		}
		out.printf("%d documents like %s%n", related.size(), id); //$NON-NLS-1$
		for (RelatedDocument r : related) {
			out.printf("%n%.3f  %s  %s%s%n", r.score(), r.document().id(), r.document().title(), //$NON-NLS-1$
					r.document().date().map(d -> "  (" + d + ')').orElse("")); //$NON-NLS-1$ //$NON-NLS-2$
			out.println("       terms: " + String.join(", ", r.sharedTerms())); //$NON-NLS-1$ //$NON-NLS-2$
			out.println("       entities: " + String.join(", ", r.sharedEntities().stream().map(EntityRef::key).toList())); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return OK;
	}

	static JsonObject json(RelatedDocument r) {
		JsonObject json = new JsonObject();
		json.addProperty("id", r.document().id()); //$NON-NLS-1$
		json.addProperty("title", r.document().title()); //$NON-NLS-1$
		json.addProperty("answered", r.document().date().map(Object::toString).orElse(null)); //$NON-NLS-1$
		json.addProperty("score", r.score()); //$NON-NLS-1$
		JsonArray terms = new JsonArray();
		r.sharedTerms().forEach(terms::add);
		json.add("sharedTerms", terms); //$NON-NLS-1$
		JsonArray entities = new JsonArray();
		for (EntityRef e : r.sharedEntities()) {
			JsonObject entity = new JsonObject();
			entity.addProperty("kind", e.kind()); //$NON-NLS-1$
			entity.addProperty("id", e.id()); //$NON-NLS-1$
			entity.addProperty("name", e.name()); //$NON-NLS-1$
			entities.add(entity);
		}
		json.add("sharedEntities", entities); //$NON-NLS-1$
		return json;
	}
}
