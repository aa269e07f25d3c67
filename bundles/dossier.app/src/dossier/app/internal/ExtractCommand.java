package dossier.app.internal;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import dossier.core.document.SourceDocument;
import dossier.core.entity.Mention;
import dossier.core.importer.ImportException;

/** {@code dossier extract FILE}: the mentions found in one file, without importing it. */
final class ExtractCommand implements Command {

	@Override
	public String name() {
		return "extract"; //$NON-NLS-1$
	}

	@Override
	public String summary() {
		return "print the entity mentions found in one file, without importing it"; //$NON-NLS-1$
	}

	@Override
	public String help() {
		return """
				Usage: dossier extract FILE [--json]
				Reads FILE with the importer for its type and prints, for each document in it, the
				mentions found: kind, character span, surface text, canonical id and name, attributes.
				Exit code 1 when the file cannot be read.
				"""; //$NON-NLS-1$
	}

	@Override
	public int run(List<String> args, Engine engine, PrintStream out, PrintStream err) throws Exception {
		Arguments arguments = new Arguments(args, Set.of(), Set.of("json")); //$NON-NLS-1$
		if (arguments.positional().size() != 1) {
			throw new UsageException("give exactly one file"); //$NON-NLS-1$
		}
		Path file = Path.of(arguments.positional().get(0)).toAbsolutePath().normalize();
		if (!Files.isRegularFile(file)) {
			throw new UsageException("there is no file " + file); //$NON-NLS-1$
		}
		List<SourceDocument> documents;
		try {
			documents = engine.importer().read(file);
		} catch (ImportException e) {
			err.println("error: " + file + ": " + e.getMessage()); //$NON-NLS-1$ //$NON-NLS-2$
			return SOME_ERRORS;
		}
		if (arguments.has("json")) { //$NON-NLS-1$
			JsonArray json = new JsonArray();
			for (SourceDocument doc : documents) {
				JsonObject d = new JsonObject();
				d.addProperty("id", doc.id()); //$NON-NLS-1$
				d.addProperty("title", doc.title()); //$NON-NLS-1$
				JsonArray mentions = new JsonArray();
				for (Mention m : doc.mentions()) {
					mentions.add(mention(m));
				}
				d.add("mentions", mentions); //$NON-NLS-1$
				json.add(d);
			}
			out.println(JsonOutput.pretty(json));
			return OK;
		}
		for (SourceDocument doc : documents) {
			out.println(doc.id() + "  " + doc.title()); //$NON-NLS-1$
			for (Mention m : doc.mentions()) {
				out.printf("  %-9s %6d-%-6d %-40s -> %s%s%n", m.kind(), m.start(), m.end(), m.surface(), m.entityId(), //$NON-NLS-1$
						m.attributes().isEmpty() ? "" : "  " + m.attributes()); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		return OK;
	}

	static JsonObject mention(Mention m) {
		JsonObject json = new JsonObject();
		json.addProperty("kind", m.kind()); //$NON-NLS-1$
		json.addProperty("start", m.start()); //$NON-NLS-1$
		json.addProperty("end", m.end()); //$NON-NLS-1$
		json.addProperty("surface", m.surface()); //$NON-NLS-1$
		json.addProperty("id", m.entityId()); //$NON-NLS-1$
		json.addProperty("name", m.entityName()); //$NON-NLS-1$
		JsonObject attributes = new JsonObject();
		m.attributes().forEach(attributes::addProperty);
		json.add("attributes", attributes); //$NON-NLS-1$
		return json;
	}
}
