package dossier.app.internal;

import java.io.PrintStream;
import java.util.List;

/** One headless command, such as {@code search}. */
interface Command {

	/** Exit code: done, no problems. */
	int OK = 0;
	/** Exit code: done, but some inputs had errors. */
	int SOME_ERRORS = 1;
	/** Exit code: the arguments cannot be used. */
	int USAGE = 2;

	/** @return the word that names the command */
	String name();

	/** @return one line saying what the command does */
	String summary();

	/** @return the command's full help text */
	String help();

	/**
	 * @param args the words after the command's name
	 * @param engine the index and import services
	 * @param out where results go
	 * @param err where progress and problems go
	 * @return the exit code
	 * @throws UsageException if the arguments cannot be used
	 * @throws Exception if the command fails
	 */
	int run(List<String> args, Engine engine, PrintStream out, PrintStream err) throws Exception;
}
