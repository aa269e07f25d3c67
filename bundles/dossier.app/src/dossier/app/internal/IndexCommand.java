package dossier.app.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import dossier.core.importer.ImportProblem;
import dossier.core.importer.ImportReport;

/** {@code dossier index PATH...}: imports files, folders and zip archives. */
final class IndexCommand implements Command {

	private final boolean terminal;

	IndexCommand(boolean terminal) {
		this.terminal = terminal;
	}

	@Override
	public String name() {
		return "index"; //$NON-NLS-1$
	}

	@Override
	public String summary() {
		return "import files, folders and .zip archives into the workspace's index"; //$NON-NLS-1$
	}

	@Override
	public String help() {
		return """
				Usage: dossier index PATH... [--workspace DIR]
				Imports files, folders (recursively) and .zip archives. Files that have not changed
				since they were last imported are skipped; changed files replace their documents.
				A file that cannot be read is reported and the rest still go in.
				Exit code: 0 all went in, 1 some files had errors, 2 unusable arguments.
				"""; //$NON-NLS-1$
	}

	@Override
	public int run(List<String> args, Engine engine, PrintStream out, PrintStream err) throws Exception {
		Arguments arguments = new Arguments(args, Set.of(), Set.of());
		if (arguments.positional().isEmpty()) {
			throw new UsageException("name at least one file or folder to import"); //$NON-NLS-1$
		}
		List<Path> paths = arguments.positional().stream().map(p -> Path.of(p).toAbsolutePath().normalize()).toList();
		long start = System.nanoTime();
		ImportReport report = engine.importer().importPaths(paths, new TerminalProgress(err, terminal));
		double seconds = (System.nanoTime() - start) / 1e9;
		out.printf("Imported %d documents in %.1f s; %d files unchanged, %d skipped (no importer), %d with errors%s%n", //$NON-NLS-1$
				report.documents(), seconds, report.unchanged(), report.skipped().size(), report.problems().size(),
				report.cancelled() ? "; cancelled" : ""); //$NON-NLS-1$ //$NON-NLS-2$
		out.printf("The index holds %d documents.%n", engine.index().size()); //$NON-NLS-1$
		for (ImportProblem problem : report.problems()) {
			err.println("error: " + problem.source() + ": " + problem.message()); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return report.clean() ? OK : SOME_ERRORS;
	}
}
