package dossier.app.internal;

/** The command line cannot be used as given; the message says why. Exit code 2. */
final class UsageException extends Exception {

	private static final long serialVersionUID = 1L;

	UsageException(String message) {
		super(message);
	}
}
