package dossier.app.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dossier.core.export.DocumentExport;
import dossier.core.index.SearchException;
import dossier.core.index.SearchRequest;

/** {@code dossier export QUERY --format csv|json}: writes every matching document. */
final class ExportCommand implements Command {

	@Override
	public String name() {
		return "export"; //$NON-NLS-1$
	}

	@Override
	public String summary() {
		return "write every document matching a query as CSV or JSON"; //$NON-NLS-1$
	}

	@Override
	public String help() {
		return "Usage: dossier export QUERY --format csv|json [--output FILE] [options] [--workspace DIR]\n" //$NON-NLS-1$
				+ "Writes all matching documents (no cap) to FILE or to standard output.\n" //$NON-NLS-1$
				+ SearchOptions.HELP;
	}

	@Override
	public int run(List<String> args, Engine engine, PrintStream out, PrintStream err) throws Exception {
		Set<String> valued = new HashSet<>(SearchOptions.VALUED);
		valued.addAll(Set.of("format", "output")); //$NON-NLS-1$ //$NON-NLS-2$
		Arguments arguments = new Arguments(args, valued, Set.of());
		String format = arguments.value("format").orElseThrow(() -> new UsageException("--format csv or --format json is needed")); //$NON-NLS-1$ //$NON-NLS-2$
		if (!format.equals("csv") && !format.equals("json")) { //$NON-NLS-1$ //$NON-NLS-2$
			throw new UsageException("--format takes csv or json, not " + format); //$NON-NLS-1$
		}
		SearchRequest request = SearchOptions.request(arguments);
		Path file = arguments.value("output").map(Path::of).orElse(null); //$NON-NLS-1$
		long count;
		try (Writer writer = file == null ? new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8))
				: Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			DocumentExport export = new DocumentExport(writer, DocumentExport.Format.named(format).orElseThrow());
			engine.index().forEachMatch(request, doc -> {
				try {
					export.write(doc);
				} catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			});
			export.finish();
			count = export.count();
		} catch (SearchException e) {
			throw new UsageException(e.getMessage());
		}
		if (file != null) {
			err.printf("Exported %d documents to %s%n", count, file); //$NON-NLS-1$
		}
		return OK;
	}
}
