package dossier.ui.internal.jobs;

/** The job family of every import, so that views can refresh when one ends. */
public final class ImportJobs {

	/** The family object that import jobs belong to. */
	public static final Object FAMILY = new Object();

	private ImportJobs() {
	}
}
