package dossier.app.internal;

import dossier.core.importer.ImportService;
import dossier.core.index.DocumentIndex;

/**
 * The services a command works with.
 *
 * @param index the collection's index
 * @param importer the import service
 * @param services the other services, looked up when a command first asks for them
 */
record Engine(DocumentIndex index, ImportService importer, Services services) {

	/** Finds a service of the running platform, waiting for it to start. */
	interface Services {

		/**
		 * @param <T> the service's type
		 * @param type the service's interface
		 * @return the service
		 * @throws InterruptedException if interrupted while waiting
		 * @throws IllegalStateException if it does not start in time
		 */
		<T> T get(Class<T> type) throws InterruptedException;
	}

	/**
	 * @param <T> the service's type
	 * @param type the service's interface
	 * @return the service
	 * @throws InterruptedException if interrupted while waiting
	 */
	<T> T service(Class<T> type) throws InterruptedException {
		return services.get(type);
	}
}
