package dossier.ui.internal.catalog;

import java.io.IOException;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;

import dossier.core.catalog.EntityCatalog;
import dossier.ui.internal.Services;

/**
 * Asks the {@link EntityCatalog} something for a part: at once on the UI thread when the
 * catalog is current and the question is answered from memory, else in a Job whose answer
 * is handed back to the UI thread, unless the part's control is gone by then. Asking again
 * cancels the previous question.
 *
 * @param <R> the answer's type
 */
public final class CatalogCall<R> {

	/** The family of the jobs that read the catalog. */
	public static final Object FAMILY = new Object();

	/** A question to the catalog. */
	@FunctionalInterface
	public interface Question<R> {
		R ask(EntityCatalog catalog, IProgressMonitor monitor) throws IOException;
	}

	private final String name;
	private final Question<R> question;
	private final boolean fromMemory;
	private Job running;

	/**
	 * @param name what the job does, for the Progress view ("Reading the agencies")
	 * @param question what to ask
	 * @param fromMemory whether a current catalog answers the question from memory, so that
	 *                   it may be asked on the UI thread; {@code false} for questions that
	 *                   read the index (such as entity pages, whose passages come from the
	 *                   documents' texts)
	 */
	public CatalogCall(String name, Question<R> question, boolean fromMemory) {
		this.name = name;
		this.question = question;
		this.fromMemory = fromMemory;
	}

	/**
	 * Asks, cancelling the previous question if it is still running.
	 *
	 * @param owner the control the answer is for
	 * @param answered takes the answer, on the UI thread
	 * @param failed takes a message saying why there is no answer, on the UI thread
	 * @return whether the answer was given before this returned
	 */
	public boolean ask(Control owner, Consumer<R> answered, Consumer<String> failed) {
		if (running != null) {
			running.cancel();
			running = null;
		}
		EntityCatalog catalog;
		try {
			catalog = Services.get(EntityCatalog.class);
		} catch (IllegalStateException e) {
			failed.accept(e.getMessage());
			return true;
		}
		if (fromMemory && catalog.isCurrent()) {
			try {
				answered.accept(question.ask(catalog, new NullProgressMonitor()));
			} catch (IOException | RuntimeException e) {
				failed.accept(reason(e));
			}
			return true;
		}
		Display display = owner.getDisplay();
		Job job = new Job(name) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				try {
					R answer = question.ask(catalog, monitor);
					if (monitor.isCanceled()) {
						return Status.CANCEL_STATUS;
					}
					deliver(display, owner, this, () -> answered.accept(answer));
					return Status.OK_STATUS;
				} catch (OperationCanceledException e) {
					return Status.CANCEL_STATUS;
				} catch (IOException | RuntimeException e) {
					deliver(display, owner, this, () -> failed.accept(reason(e)));
					return Status.error(name + ": " + reason(e), e); //$NON-NLS-1$
				}
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == FAMILY;
			}
		};
		running = job;
		job.schedule();
		return false;
	}

	private void deliver(Display display, Control owner, Job job, Runnable answer) {
		if (display.isDisposed()) {
			return;
		}
		display.asyncExec(() -> {
			if (!owner.isDisposed() && running == job) {
				running = null;
				answer.run();
			}
		});
	}

	private static String reason(Exception e) {
		return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
	}
}
