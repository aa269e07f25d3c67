package dossier.app.internal;

import java.io.PrintStream;

import org.eclipse.core.runtime.NullProgressMonitor;

/**
 * Shows an import's progress as one line rewritten in place on a terminal; prints nothing
 * when the output is not a terminal, so scripts get clean output.
 */
final class TerminalProgress extends NullProgressMonitor {

	private final PrintStream err;
	private final boolean terminal;
	private int total;
	private double done;
	private long lastPrint;

	TerminalProgress(PrintStream err, boolean terminal) {
		this.err = err;
		this.terminal = terminal;
	}

	@Override
	public void beginTask(String name, int totalWork) {
		total = totalWork;
	}

	@Override
	public void internalWorked(double work) {
		done += work;
	}

	@Override
	public void worked(int work) {
		internalWorked(work);
	}

	@Override
	public void subTask(String name) {
		long now = System.currentTimeMillis();
		if (!terminal || now - lastPrint < 200) {
			return;
		}
		lastPrint = now;
		int percent = total <= 0 ? 0 : (int) Math.min(100, 100 * done / total);
		String shown = name.length() > 60 ? "\u2026" + name.substring(name.length() - 59) : name; //$NON-NLS-1$
		err.print(String.format("\r[%3d%%] %-60s", percent, shown)); //$NON-NLS-1$
		err.flush();
	}

	@Override
	public void done() {
		if (terminal && lastPrint > 0) {
			err.print("\r" + " ".repeat(68) + "\r"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			err.flush();
		}
	}
}
