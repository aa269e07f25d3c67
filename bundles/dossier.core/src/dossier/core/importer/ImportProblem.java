package dossier.core.importer;

/**
 * A source that could not be imported, and why.
 *
 * @param source the source's name
 * @param message the reason, for the user
 * @since 0.1
 */
public record ImportProblem(String source, String message) {

	@Override
	public String toString() {
		return source + ": " + message; //$NON-NLS-1$
	}
}
