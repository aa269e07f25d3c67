package dossier.app.internal;

import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dossier.core.document.SourceDocument;

/** {@code dossier show ID}: prints one document with its metadata. */
final class ShowCommand implements Command {

	@Override
	public String name() {
		return "show"; //$NON-NLS-1$
	}

	@Override
	public String summary() {
		return "print one document, with its metadata"; //$NON-NLS-1$
	}

	@Override
	public String help() {
		return """
				Usage: dossier show ID [--json] [--workspace DIR]
				Prints the document with that id (as search lists it): metadata, then the text.
				Exit code 1 when there is no such document.
				"""; //$NON-NLS-1$
	}

	@Override
	public int run(List<String> args, Engine engine, PrintStream out, PrintStream err) throws Exception {
		Arguments arguments = new Arguments(args, Set.of(), Set.of("json")); //$NON-NLS-1$
		if (arguments.positional().size() != 1) {
			throw new UsageException("give exactly one document id"); //$NON-NLS-1$
		}
		String id = arguments.positional().get(0);
		Optional<SourceDocument> found = engine.index().get(id);
		if (found.isEmpty()) {
			err.println("There is no document " + id + " in the index."); //$NON-NLS-1$ //$NON-NLS-2$
			return SOME_ERRORS;
		}
		SourceDocument doc = found.get();
		if (arguments.has("json")) { //$NON-NLS-1$
			out.println(JsonOutput.pretty(JsonOutput.document(doc)));
			return OK;
		}
		out.println(doc.title());
		line(out, "Id", doc.id());
		line(out, "Kind", doc.kind());
		line(out, "House", doc.house());
		line(out, "Department", doc.department());
		line(out, "Question number", doc.uin());
		line(out, "Asked by", doc.askingMember());
		line(out, "Answered by", doc.answeringMember());
		line(out, "Tabled", doc.dateTabled().map(Object::toString).orElse("")); //$NON-NLS-1$
		line(out, "Answered", doc.dateAnswered().map(Object::toString).orElse("")); //$NON-NLS-1$
		line(out, "Hansard", doc.url());
		line(out, "Source", doc.source());
		if (doc.truncated()) {
			line(out, "Note", "the source gives only the start of the text");
		}
		out.println();
		out.println(doc.text());
		return OK;
	}

	private static void line(PrintStream out, String label, String value) {
		if (!value.isEmpty()) {
			out.printf("%-16s %s%n", label + ":", value); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}
}
