package dossier.importers.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import dossier.core.importer.ImportProblem;
import dossier.core.importer.ImportSource;

/**
 * Turns what the user picked, files and folders, into the sources to import. Folders are
 * walked recursively in path order, skipping hidden files and folders and never following
 * links; {@code .zip} archives, picked or found in a folder, become one source per entry,
 * named {@code <archive>!/<entry>}. Nested archives are not opened.
 * <p>
 * An archive is untrusted input: entries with absolute names or {@code ..} segments are
 * reported and never read, and the number of entries, their sizes and their compression
 * ratios are limited so that a small archive cannot expand without bound. An entry's
 * declared sizes can lie, so its stream also stops at the declared size.
 */
public final class SourceExpander {

	/**
	 * Bounds on what an archive may hold.
	 *
	 * @param maxEntries the most entries one archive may have
	 * @param maxEntryBytes the largest uncompressed entry
	 * @param maxTotalBytes the most all entries of one archive may hold uncompressed
	 * @param maxRatio the highest compression ratio allowed for an entry above {@code ratioFloorBytes}
	 * @param ratioFloorBytes entries up to this size may have any ratio (small text compresses well)
	 */
	record Limits(int maxEntries, long maxEntryBytes, long maxTotalBytes, long maxRatio, long ratioFloorBytes) {
	}

	/** The limits applied unless a test asks otherwise. */
	static final Limits DEFAULT_LIMITS = new Limits(100_000, PlainTextImporter.DEFAULT_MAX_BYTES, 8L << 30, 100,
			10L * 1024 * 1024);

	/**
	 * What expanding found.
	 *
	 * @param sources the sources to import, in order
	 * @param problems what could not be expanded or was refused, each with its reason
	 */
	public record Result(List<ImportSource> sources, List<ImportProblem> problems) {

		/** Copies the lists. */
		public Result {
			sources = List.copyOf(sources);
			problems = List.copyOf(problems);
		}
	}

	private static final String SEPARATOR = "!/"; //$NON-NLS-1$
	// archives written on old Windows tools name entries in the DOS code page
	private static final String LEGACY_ZIP_CHARSET = "IBM437"; //$NON-NLS-1$

	private final Limits limits;

	/** An expander with the default limits. */
	public SourceExpander() {
		this(DEFAULT_LIMITS);
	}

	/** @param limits bounds on archives */
	SourceExpander(Limits limits) {
		this.limits = limits;
	}

	/**
	 * Expands the user's choice. A file or folder picked by the user is taken even when it
	 * is hidden or a link; only what is found inside folders is filtered.
	 *
	 * @param picked files, folders and archives, in the order picked
	 * @return the sources, each once, and the problems met
	 */
	public Result expand(List<Path> picked) {
		Map<String, ImportSource> sources = new LinkedHashMap<>();
		List<ImportProblem> problems = new ArrayList<>();
		for (Path path : picked) {
			if (Files.isDirectory(path)) {
				for (Path file : walk(path, problems)) {
					add(file, sources, problems);
				}
			} else if (Files.isRegularFile(path)) {
				add(path, sources, problems);
			} else {
				problems.add(new ImportProblem(path.toString(), "there is no such file or folder")); //$NON-NLS-1$
			}
		}
		return new Result(new ArrayList<>(sources.values()), problems);
	}

	private void add(Path file, Map<String, ImportSource> sources, List<ImportProblem> problems) {
		if (isZip(file.getFileName().toString())) {
			for (ImportSource entry : expandZip(file, problems)) {
				sources.putIfAbsent(entry.name(), entry);
			}
		} else {
			ImportSource source = ImportSource.of(file);
			sources.putIfAbsent(source.name(), source);
		}
	}

	private static boolean isZip(String name) {
		return name.toLowerCase(Locale.ROOT).endsWith(".zip"); //$NON-NLS-1$
	}

	/** @return the regular files under a folder, sorted by path, hidden ones and links left out */
	private static List<Path> walk(Path folder, List<ImportProblem> problems) {
		List<Path> files = new ArrayList<>();
		try {
			// without FOLLOW_LINKS a link is visited as itself, and neither a file nor a folder
			Files.walkFileTree(folder, new SimpleFileVisitor<>() {
				@Override
				public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
					return !dir.equals(folder) && isHidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
				}

				@Override
				public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
					if (attrs.isRegularFile() && !isHidden(file)) {
						files.add(file);
					}
					return FileVisitResult.CONTINUE;
				}

				@Override
				public FileVisitResult visitFileFailed(Path file, IOException e) {
					problems.add(new ImportProblem(file.toString(), "cannot be read: " + message(e))); //$NON-NLS-1$
					return FileVisitResult.CONTINUE;
				}
			});
		} catch (IOException e) {
			problems.add(new ImportProblem(folder.toString(), "cannot be read: " + message(e))); //$NON-NLS-1$
		}
		Collections.sort(files);
		return files;
	}

	private static boolean isHidden(Path path) {
		Path name = path.getFileName();
		if (name != null && name.toString().startsWith(".")) { //$NON-NLS-1$
			return true;
		}
		try {
			// the dot is the Unix convention; Windows marks hidden files with an attribute
			return Files.isHidden(path);
		} catch (IOException e) {
			return false;
		}
	}

	private List<ImportSource> expandZip(Path zip, List<ImportProblem> problems) {
		String fingerprint = ImportSource.of(zip).fingerprint();
		try (ZipFile archive = openZip(zip)) {
			if (archive.size() > limits.maxEntries()) {
				problems.add(new ImportProblem(zip.toString(), "zip bomb suspected: " + archive.size() //$NON-NLS-1$
						+ " entries, more than the limit of " + limits.maxEntries())); //$NON-NLS-1$
				return List.of();
			}
			List<ZipEntry> entries = new ArrayList<>();
			long total = 0;
			for (ZipEntry entry : Collections.list(archive.entries())) {
				String name = entry.getName();
				String sourceName = zip + SEPARATOR + name;
				if (!isSafeEntryName(name)) {
					problems.add(new ImportProblem(sourceName,
							"unsafe entry name (absolute or with '..'), not read")); //$NON-NLS-1$
					continue;
				}
				if (entry.isDirectory() || isHiddenEntry(name)) {
					continue;
				}
				String bomb = bombReason(entry);
				if (bomb != null) {
					problems.add(new ImportProblem(sourceName, bomb));
					continue;
				}
				total += Math.max(0, entry.getSize());
				if (total > limits.maxTotalBytes()) {
					problems.add(new ImportProblem(zip.toString(), "zip bomb suspected: its entries hold more than " //$NON-NLS-1$
							+ limits.maxTotalBytes() + " bytes uncompressed")); //$NON-NLS-1$
					return List.of();
				}
				entries.add(entry);
			}
			entries.sort((a, b) -> a.getName().compareTo(b.getName()));
			List<ImportSource> sources = new ArrayList<>();
			for (ZipEntry entry : entries) {
				sources.add(new ZipEntrySource(zip, entry.getName(), entry.getSize(), entry.getCrc(), fingerprint,
						limits.maxEntryBytes()));
			}
			return sources;
		} catch (IOException | RuntimeException e) {
			problems.add(new ImportProblem(zip.toString(), "not a readable zip archive: " + message(e))); //$NON-NLS-1$
			return List.of();
		}
	}

	/** @return why an entry looks like a zip bomb, or null when its declared sizes are acceptable */
	private String bombReason(ZipEntry entry) {
		long size = entry.getSize();
		long compressed = entry.getCompressedSize();
		if (size > limits.maxEntryBytes()) {
			return "zip bomb suspected: the entry holds " + size + " bytes, more than the limit of " //$NON-NLS-1$ //$NON-NLS-2$
					+ limits.maxEntryBytes();
		}
		if (size > limits.ratioFloorBytes() && size / Math.max(1, compressed) > limits.maxRatio()) {
			return "zip bomb suspected: the entry expands from " + compressed + " to " + size //$NON-NLS-1$ //$NON-NLS-2$
					+ " bytes, a ratio above " + limits.maxRatio(); //$NON-NLS-1$
		}
		return null;
	}

	static boolean isSafeEntryName(String name) {
		if (name.isEmpty() || name.startsWith("/") || name.startsWith("\\") //$NON-NLS-1$ //$NON-NLS-2$
				|| name.matches("^[A-Za-z]:.*")) { //$NON-NLS-1$
			return false;
		}
		for (String segment : name.split("[/\\\\]")) { //$NON-NLS-1$
			if (segment.equals("..")) { //$NON-NLS-1$
				return false;
			}
		}
		return true;
	}

	private static boolean isHiddenEntry(String name) {
		for (String segment : name.split("[/\\\\]")) { //$NON-NLS-1$
			// also drops the "._name" resource forks macOS adds to archives
			if (segment.startsWith(".") && !segment.equals("..")) { //$NON-NLS-1$ //$NON-NLS-2$
				return true;
			}
		}
		return false;
	}

	private static ZipFile openZip(Path zip) throws IOException {
		try {
			return new ZipFile(zip.toFile(), StandardCharsets.UTF_8);
		} catch (ZipException e) {
			// entry names that are not UTF-8 make the central directory unreadable as such
			if (!Charset.isSupported(LEGACY_ZIP_CHARSET)) {
				throw e;
			}
			return new ZipFile(zip.toFile(), Charset.forName(LEGACY_ZIP_CHARSET));
		}
	}

	private static String message(Exception e) {
		String message = e.getMessage();
		return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
	}

	/** An archive entry, reopened on each read so that expanding holds no file open. */
	private static final class ZipEntrySource implements ImportSource {
		private final Path zip;
		private final String entryName;
		private final long size;
		private final long crc;
		private final String zipFingerprint;
		private final long maxBytes;

		ZipEntrySource(Path zip, String entryName, long size, long crc, String zipFingerprint, long maxBytes) {
			this.zip = zip;
			this.entryName = entryName;
			this.size = size;
			this.crc = crc;
			this.zipFingerprint = zipFingerprint;
			this.maxBytes = maxBytes;
		}

		@Override
		public String name() {
			return zip + SEPARATOR + entryName;
		}

		@Override
		public InputStream open() throws IOException {
			ZipFile archive = openZip(zip);
			try {
				ZipEntry entry = archive.getEntry(entryName);
				// the checks made when expanding hold only for the entry as it was then
				if (entry == null || entry.getSize() != size || entry.getCrc() != crc) {
					throw new IOException("the archive changed since it was listed"); //$NON-NLS-1$
				}
				long limit = size >= 0 ? size : maxBytes;
				return new BoundedInputStream(archive.getInputStream(entry), limit,
						"entry exceeds its declared size of " + limit + " bytes", archive); //$NON-NLS-1$ //$NON-NLS-2$
			} catch (IOException | RuntimeException e) {
				archive.close();
				throw e;
			}
		}

		@Override
		public long size() {
			return size;
		}

		@Override
		public String fingerprint() {
			return zipFingerprint.isEmpty() ? "" : zipFingerprint + SEPARATOR + Long.toHexString(crc) + ":" + size; //$NON-NLS-1$ //$NON-NLS-2$
		}
	}
}
