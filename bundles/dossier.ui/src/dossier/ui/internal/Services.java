package dossier.ui.internal;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/** Looks up Dossier's engine services (index, import) in the OSGi service registry. */
public final class Services {

	private Services() {
	}

	/**
	 * @param <T> the service type
	 * @param type the service interface
	 * @return the service
	 * @throws IllegalStateException if no bundle offers it, which means the product is
	 *                               incomplete
	 */
	public static <T> T get(Class<T> type) {
		BundleContext context = FrameworkUtil.getBundle(Services.class).getBundleContext();
		ServiceReference<T> reference = context == null ? null : context.getServiceReference(type);
		T service = reference == null ? null : context.getService(reference);
		if (service == null) {
			throw new IllegalStateException("Dossier's " + type.getSimpleName() //$NON-NLS-1$
					+ " service is not available: the bundle that provides it did not start"); //$NON-NLS-1$
		}
		return service;
	}
}
