package dossier.core.index;

/**
 * A search could not be run, most often because the query is not valid syntax. The
 * message is written for the user.
 *
 * @since 0.1
 */
public class SearchException extends Exception {

	private static final long serialVersionUID = 1L;

	/**
	 * @param message what went wrong, for the user
	 * @param cause the underlying failure
	 */
	public SearchException(String message, Throwable cause) {
		super(message, cause);
	}
}
