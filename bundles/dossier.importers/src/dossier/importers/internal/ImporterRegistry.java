package dossier.importers.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IExtensionRegistry;

import dossier.core.importer.DocumentImporter;

/**
 * Reads the importers contributed to {@code dossier.core.importers}. A bad declaration is
 * logged with its contributor and left out; the others still work.
 */
public final class ImporterRegistry {

	/** The extension point's full id. */
	public static final String EXTENSION_POINT = "dossier.core.importers"; //$NON-NLS-1$
	private static final ILog LOG = ILog.of(ImporterRegistry.class);

	private ImporterRegistry() {
	}

	/**
	 * @param registry the extension registry
	 * @return the declared importers, highest priority first, then by id
	 */
	public static List<ImporterDescriptor> read(IExtensionRegistry registry) {
		List<ImporterDescriptor> descriptors = new ArrayList<>();
		for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
			try {
				descriptors.add(descriptor(element));
			} catch (IllegalArgumentException e) {
				LOG.warn("Importer " + element.getAttribute("id") + " of " + element.getContributor().getName() //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
						+ " is left out: " + e.getMessage()); //$NON-NLS-1$
			}
		}
		descriptors.sort(Comparator.comparingInt(ImporterDescriptor::priority).reversed()
				.thenComparing(ImporterDescriptor::id));
		return descriptors;
	}

	private static ImporterDescriptor descriptor(IConfigurationElement element) {
		String id = required(element, "id"); //$NON-NLS-1$
		String name = required(element, "name"); //$NON-NLS-1$
		required(element, "class"); //$NON-NLS-1$
		List<String> extensions = Arrays.stream(required(element, "extensions").split(",")) //$NON-NLS-1$ //$NON-NLS-2$
				.map(String::strip).filter(s -> !s.isEmpty()).toList();
		Pattern pattern = null;
		String patternText = element.getAttribute("namePattern"); //$NON-NLS-1$
		if (patternText != null && !patternText.isBlank()) {
			try {
				pattern = Pattern.compile(patternText);
			} catch (PatternSyntaxException e) {
				throw new IllegalArgumentException("its namePattern is not a valid regular expression: " + e.getDescription()); //$NON-NLS-1$
			}
		}
		int priority;
		try {
			String value = element.getAttribute("priority"); //$NON-NLS-1$
			priority = value == null || value.isBlank() ? 0 : Integer.parseInt(value.strip());
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException("its priority is not a whole number"); //$NON-NLS-1$
		}
		return new ImporterDescriptor(id, name, extensions, pattern, priority, () -> create(element, id));
	}

	private static DocumentImporter create(IConfigurationElement element, String id) {
		Object created;
		try {
			created = element.createExecutableExtension("class"); //$NON-NLS-1$
		} catch (CoreException | RuntimeException | LinkageError e) {
			throw new IllegalStateException("the importer " + id + " of " + element.getContributor().getName() //$NON-NLS-1$ //$NON-NLS-2$
					+ " cannot be created: " + e.getMessage(), e); //$NON-NLS-1$
		}
		if (created instanceof DocumentImporter importer) {
			return importer;
		}
		throw new IllegalStateException("the importer " + id + " of " + element.getContributor().getName() //$NON-NLS-1$ //$NON-NLS-2$
				+ " is not a DocumentImporter"); //$NON-NLS-1$
	}

	private static String required(IConfigurationElement element, String attribute) {
		String value = element.getAttribute(attribute);
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException("it has no " + attribute); //$NON-NLS-1$
		}
		return value;
	}
}
