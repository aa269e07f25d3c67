package dossier.app.internal;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import dossier.core.importer.ImportService;
import dossier.core.index.DocumentIndex;

/**
 * Dossier's headless commands ({@code dossier index|search|show|stats|export|entities|extract|country|cooccur|related|graph}), run by the
 * product's launch script on the workspace given by {@code --workspace} (passed on as
 * {@code -data}). Exit codes: 0 ok, 1 errors in some inputs, 2 unusable arguments.
 */
public final class CommandLineApplication implements IApplication {

	private static final long SERVICE_WAIT_SECONDS = 30;

	@Override
	public Object start(IApplicationContext context) throws Exception {
		String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		context.applicationRunning();
		return run(args == null ? List.of() : Arrays.asList(args), System.out, System.err);
	}

	static List<Command> commands(boolean terminal) {
		return List.of(new IndexCommand(terminal), new SearchCommand(), new ShowCommand(), new StatsCommand(),
				new ExportCommand(), new EntitiesCommand(), new ExtractCommand(), new CountryCommand(), new CooccurCommand(),
				new RelatedCommand(), new GraphCommand());
	}

	/**
	 * @param args the command and its arguments
	 * @param out where results go
	 * @param err where messages go
	 * @return the exit code
	 */
	int run(List<String> args, PrintStream out, PrintStream err) {
		List<Command> commands = commands(System.console() != null);
		if (args.isEmpty() || args.get(0).equals("--help") || args.get(0).equals("help")) { //$NON-NLS-1$ //$NON-NLS-2$
			if (args.size() > 1) {
				return helpFor(args.get(1), commands, out, err);
			}
			out.println(usage(commands));
			return args.isEmpty() ? Command.USAGE : Command.OK;
		}
		Optional<Command> command = commands.stream().filter(c -> c.name().equals(args.get(0))).findFirst();
		if (command.isEmpty()) {
			err.println("dossier: unknown command " + args.get(0) + "\n\n" + usage(commands)); //$NON-NLS-1$ //$NON-NLS-2$
			return Command.USAGE;
		}
		List<String> rest = args.subList(1, args.size());
		if (rest.contains("--help")) { //$NON-NLS-1$
			out.print(command.get().help());
			return Command.OK;
		}
		try {
			return command.get().run(rest, engine(), out, err);
		} catch (UsageException e) {
			err.println("dossier " + command.get().name() + ": " + e.getMessage()); //$NON-NLS-1$ //$NON-NLS-2$
			err.println("Try: dossier " + command.get().name() + " --help"); //$NON-NLS-1$ //$NON-NLS-2$
			return Command.USAGE;
		} catch (Exception e) {
			err.println("dossier " + command.get().name() + " failed: " + describe(e)); //$NON-NLS-1$ //$NON-NLS-2$
			return Command.SOME_ERRORS;
		}
	}

	private static int helpFor(String name, List<Command> commands, PrintStream out, PrintStream err) {
		Optional<Command> command = commands.stream().filter(c -> c.name().equals(name)).findFirst();
		if (command.isEmpty()) {
			err.println("dossier: unknown command " + name); //$NON-NLS-1$
			return Command.USAGE;
		}
		out.print(command.get().help());
		return Command.OK;
	}

	static String usage(List<Command> commands) {
		StringBuilder usage = new StringBuilder("Usage: dossier COMMAND [ARGS] [--workspace DIR]\n" //$NON-NLS-1$
				+ "Without a command, dossier opens the workbench.\n\nCommands:\n"); //$NON-NLS-1$
		for (Command command : commands) {
			usage.append(String.format("  %-8s %s%n", command.name(), command.summary())); //$NON-NLS-1$
		}
		return usage.append("\n'dossier COMMAND --help' says more. --workspace DIR chooses the workspace (default ~/dossier-workspace).") //$NON-NLS-1$
				.toString();
	}

	private static String describe(Throwable e) {
		String message = e.getMessage();
		if (e.getClass().getName().equals("org.apache.lucene.store.LockObtainFailedException")) { //$NON-NLS-1$
			return "the workspace's index is in use by another Dossier; close it or use another --workspace"; //$NON-NLS-1$
		}
		return message == null ? e.getClass().getName() : message;
	}

	private Engine engine() throws InterruptedException {
		BundleContext context = FrameworkUtil.getBundle(CommandLineApplication.class).getBundleContext();
		return new Engine(service(context, DocumentIndex.class), service(context, ImportService.class),
				new Engine.Services() {
					@Override
					public <T> T get(Class<T> type) throws InterruptedException {
						return service(context, type);
					}
				});
	}

	private static <T> T service(BundleContext context, Class<T> type) throws InterruptedException {
		ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
		tracker.open();
		T service = tracker.waitForService(TimeUnit.SECONDS.toMillis(SERVICE_WAIT_SECONDS));
		if (service == null) {
			throw new IllegalStateException("Dossier's " + type.getSimpleName() + " service did not start"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return service;
	}

	@Override
	public void stop() {
		// commands are short; nothing to interrupt
	}
}
