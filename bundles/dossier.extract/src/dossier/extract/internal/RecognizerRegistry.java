package dossier.extract.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;

import dossier.core.entity.Recognizer;

/**
 * Reads the recognizers contributed to {@code dossier.core.recognizers}. A bad declaration
 * is logged with its contributor and left out; the others still run.
 */
public final class RecognizerRegistry {

	/** The extension point's full id. */
	public static final String EXTENSION_POINT = "dossier.core.recognizers"; //$NON-NLS-1$
	private static final ILog LOG = ILog.of(RecognizerRegistry.class);

	private RecognizerRegistry() {
	}

	/**
	 * @param registry the extension registry
	 * @return the declared recognizers, in the order they run
	 */
	public static List<RecognizerDescriptor> read(IExtensionRegistry registry) {
		List<RecognizerDescriptor> descriptors = new ArrayList<>();
		for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
			String id = element.getAttribute("id"); //$NON-NLS-1$
			String kinds = element.getAttribute("kinds"); //$NON-NLS-1$
			if (id == null || element.getAttribute("class") == null || kinds == null) { //$NON-NLS-1$
				LOG.warn("A recognizer of " + element.getContributor().getName() //$NON-NLS-1$
						+ " is left out: it needs an id, a class and kinds"); //$NON-NLS-1$
				continue;
			}
			int order;
			try {
				String value = element.getAttribute("order"); //$NON-NLS-1$
				order = value == null || value.isBlank() ? 100 : Integer.parseInt(value.strip());
			} catch (NumberFormatException e) {
				LOG.warn("Recognizer " + id + " of " + element.getContributor().getName() //$NON-NLS-1$ //$NON-NLS-2$
						+ " is left out: its order is not a whole number"); //$NON-NLS-1$
				continue;
			}
			List<String> kindList = Arrays.stream(kinds.split(",")).map(String::strip).filter(k -> !k.isEmpty()).toList(); //$NON-NLS-1$
			descriptors.add(new RecognizerDescriptor(id, kindList, order, () -> create(element, id)));
		}
		descriptors.sort(Comparator.comparingInt(RecognizerDescriptor::order).thenComparing(RecognizerDescriptor::id));
		return descriptors;
	}

	private static Recognizer create(IConfigurationElement element, String id) {
		Object created;
		try {
			created = element.createExecutableExtension("class"); //$NON-NLS-1$
		} catch (CoreException | RuntimeException | LinkageError e) {
			throw new IllegalStateException("the recognizer " + id + " of " + element.getContributor().getName() //$NON-NLS-1$ //$NON-NLS-2$
					+ " cannot be created: " + e.getMessage(), e); //$NON-NLS-1$
		}
		if (created instanceof Recognizer recognizer) {
			return recognizer;
		}
		throw new IllegalStateException("the recognizer " + id + " of " + element.getContributor().getName() //$NON-NLS-1$ //$NON-NLS-2$
				+ " is not a Recognizer"); //$NON-NLS-1$
	}
}
