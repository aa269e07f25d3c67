package dossier.core.importer;

/**
 * A source could not be imported. The message names the problem in words for the user;
 * the import service adds the source's name.
 *
 * @since 0.1
 */
public class ImportException extends Exception {

	private static final long serialVersionUID = 1L;

	/** @param message the problem, for the user */
	public ImportException(String message) {
		super(message);
	}

	/**
	 * @param message the problem, for the user
	 * @param cause the underlying failure
	 */
	public ImportException(String message, Throwable cause) {
		super(message, cause);
	}
}
