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
import java.util.function.Function;

import dossier.core.document.SourceDocument;
import dossier.core.index.SearchException;
import dossier.core.index.SearchRequest;

/** {@code dossier export QUERY --format csv|json}: writes every matching document. */
final class ExportCommand implements Command {

	/** The CSV columns, in order. */
	static final List<String> COLUMNS = List.of("id", "title", "kind", "house", "department", "uin", "asking", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
			"answering", "tabled", "answered", "heading", "question", "answer", "source", "url"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
	private static final List<Function<SourceDocument, String>> VALUES = List.of(SourceDocument::id,
			SourceDocument::title, SourceDocument::kind, SourceDocument::house, SourceDocument::department,
			SourceDocument::uin, SourceDocument::askingMember, SourceDocument::answeringMember,
			d -> d.dateTabled().map(Object::toString).orElse(""), //$NON-NLS-1$
			d -> d.dateAnswered().map(Object::toString).orElse(""), //$NON-NLS-1$
			SourceDocument::heading, SourceDocument::question, SourceDocument::answer, SourceDocument::source,
			SourceDocument::url);

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
		int[] count = { 0 };
		try (Writer writer = file == null ? new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8))
				: Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			if (format.equals("csv")) { //$NON-NLS-1$
				writer.write(String.join(",", COLUMNS) + "\r\n"); //$NON-NLS-1$ //$NON-NLS-2$
			} else {
				writer.write("[\n"); //$NON-NLS-1$
			}
			engine.index().forEachMatch(request, doc -> {
				try {
					if (format.equals("csv")) { //$NON-NLS-1$
						writer.write(csvRow(doc));
					} else {
						writer.write((count[0] == 0 ? "" : ",\n") + JsonOutput.line(JsonOutput.document(doc))); //$NON-NLS-1$ //$NON-NLS-2$
					}
					count[0]++;
				} catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			});
			if (format.equals("json")) { //$NON-NLS-1$
				writer.write("\n]\n"); //$NON-NLS-1$
			}
		} catch (SearchException e) {
			throw new UsageException(e.getMessage());
		}
		if (file != null) {
			err.printf("Exported %d documents to %s%n", count[0], file); //$NON-NLS-1$
		}
		return OK;
	}

	static String csvRow(SourceDocument doc) {
		StringBuilder row = new StringBuilder();
		for (Function<SourceDocument, String> value : VALUES) {
			if (!row.isEmpty()) {
				row.append(',');
			}
			row.append(csvField(value.apply(doc)));
		}
		return row.append("\r\n").toString(); //$NON-NLS-1$
	}

	/** RFC 4180: quote fields holding commas, quotes or line breaks; double the quotes. */
	static String csvField(String value) {
		if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
			return value;
		}
		return '"' + value.replace("\"", "\"\"") + '"'; //$NON-NLS-1$ //$NON-NLS-2$
	}
}
