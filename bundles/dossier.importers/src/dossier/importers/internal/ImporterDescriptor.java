package dossier.importers.internal;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import dossier.core.importer.DocumentImporter;

/**
 * An importer as declared: which file names it reads, and how to create it. The importer
 * itself is created on first use, so its bundle stays inactive until a file of its type
 * comes in.
 */
public final class ImporterDescriptor {

	private final String id;
	private final String name;
	private final List<String> extensions;
	private final Pattern namePattern;
	private final int priority;
	private final Supplier<DocumentImporter> factory;
	private DocumentImporter importer;

	/**
	 * @param id the importer's id
	 * @param name the file type as users know it
	 * @param extensions file name endings without the dot, lower case
	 * @param namePattern a pattern the lower-case file name must match, or null
	 * @param priority higher wins when several match
	 * @param factory creates the importer; may throw if its class cannot be loaded
	 */
	public ImporterDescriptor(String id, String name, List<String> extensions, Pattern namePattern, int priority,
			Supplier<DocumentImporter> factory) {
		this.id = Objects.requireNonNull(id);
		this.name = name;
		this.extensions = extensions.stream().map(e -> "." + e.strip().toLowerCase(Locale.ROOT)).toList(); //$NON-NLS-1$
		this.namePattern = namePattern;
		this.priority = priority;
		this.factory = factory;
	}

	/**
	 * @param importer an importer instance
	 * @param extensions the endings it reads
	 * @return a descriptor for an importer that already exists (tests, built-ins)
	 */
	public static ImporterDescriptor of(DocumentImporter importer, String... extensions) {
		return new ImporterDescriptor(importer.getClass().getName(), importer.getClass().getSimpleName(),
				List.of(extensions), null, 0, () -> importer);
	}

	/** @return the importer's id */
	public String id() {
		return id;
	}

	/** @return the file type as users know it */
	public String name() {
		return name;
	}

	/** @return higher wins when several importers match a file */
	public int priority() {
		return priority;
	}

	/**
	 * @param sourceName a source's name (a path, or an archive entry {@code a.zip!/b.xml})
	 * @return whether the declaration claims it, from the name alone
	 */
	public boolean matches(String sourceName) {
		String fileName = SourceNames.fileName(sourceName);
		return extensions.stream().anyMatch(fileName::endsWith)
				&& (namePattern == null || namePattern.matcher(fileName).matches());
	}

	/** @return the importer, created on the first call */
	public synchronized DocumentImporter importer() {
		if (importer == null) {
			importer = factory.get();
		}
		return importer;
	}

	@Override
	public String toString() {
		return id;
	}
}
