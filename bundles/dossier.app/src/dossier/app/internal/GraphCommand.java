package dossier.app.internal;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;

import dossier.core.index.SearchException;
import dossier.core.xref.CrossReference;
import dossier.core.xref.EntityGraph;
import dossier.core.xref.GraphExport;

/** {@code dossier graph}: the entity network linked by co-mention, as GEXF or GraphML for Gephi. */
final class GraphCommand implements Command {

	@Override
	public String name() {
		return "graph"; //$NON-NLS-1$
	}

	@Override
	public String summary() {
		return "write the network of entities named together as GEXF or GraphML, for Gephi"; //$NON-NLS-1$
	}

	@Override
	public String help() {
		return """
				Usage: dossier graph [--format gexf|graphml] [--top N] [--min-weight W] [--kind K]... [--output FILE] [--workspace DIR]
				Writes the network of the entities in the most documents (--top, default 200, at most
				2000), an edge joining two entities that documents mention together, weighted by how
				many do (only edges of at least --min-weight documents, default 1). Nodes carry their
				kind (colour), document and mention counts (size). --kind limits it to some kinds
				(repeatable; default agency, operation, country). GEXF 1.3 by default; written to FILE, or
				printed when there is no --output.
				""" + XrefOptions.HELP; //$NON-NLS-1$
	}

	@Override
	public int run(List<String> args, Engine engine, PrintStream out, PrintStream err) throws Exception {
		Set<String> valued = new HashSet<>(XrefOptions.VALUED);
		valued.addAll(Set.of("format", "top", "min-weight", "kind", "output")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		Arguments arguments = new Arguments(args, valued, Set.of());
		if (!arguments.positional().isEmpty()) {
			throw new UsageException("unexpected " + String.join(" ", arguments.positional())); //$NON-NLS-1$ //$NON-NLS-2$
		}
		GraphExport.Format format;
		try {
			format = GraphExport.Format.valueOf(arguments.value("format").orElse("gexf").toUpperCase(Locale.ROOT)); //$NON-NLS-1$ //$NON-NLS-2$
		} catch (IllegalArgumentException e) {
			throw new UsageException("--format takes gexf or graphml"); //$NON-NLS-1$
		}
		int top = arguments.intValue("top", 200); //$NON-NLS-1$
		int minWeight = arguments.intValue("min-weight", 1); //$NON-NLS-1$
		EntityGraph graph;
		try {
			graph = engine.service(CrossReference.class).graph(arguments.values("kind"), top, minWeight, //$NON-NLS-1$
					XrefOptions.restriction(arguments), new NullProgressMonitor());
		} catch (SearchException e) {
			throw new UsageException(e.getMessage());
		}
		Optional<String> output = arguments.value("output"); //$NON-NLS-1$
		if (output.isEmpty()) {
			Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
			GraphExport.write(graph, format, writer);
			writer.flush();
			return OK;
		}
		Path file = Path.of(output.get());
		try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			GraphExport.write(graph, format, writer);
		}
		out.printf("%d entities and %d links written to %s (%s)%n", graph.nodes().size(), graph.edges().size(), file, //$NON-NLS-1$
				format.extension());
		return OK;
	}
}
