package dossier.importers.internal;

import java.util.Locale;

/**
 * Reads a source's file name out of the names sources go by: a full path, a Windows
 * path, or an archive entry such as {@code archive.zip!/entry.json}.
 */
final class SourceNames {

	private SourceNames() {
	}

	/**
	 * @param name a source's name
	 * @return its last path segment in lower case, for matching file extensions
	 */
	static String fileName(String name) {
		String trimmed = name.strip();
		int cut = Math.max(trimmed.lastIndexOf('/'), Math.max(trimmed.lastIndexOf('\\'), trimmed.lastIndexOf('!')));
		return trimmed.substring(cut + 1).toLowerCase(Locale.ROOT);
	}

	/**
	 * @param name a source's name
	 * @param extensions file name endings with their dot, in lower case
	 * @return whether the last path segment has a name before one of the endings
	 */
	static boolean hasExtension(String name, String... extensions) {
		String file = fileName(name);
		for (String extension : extensions) {
			if (file.length() > extension.length() && file.endsWith(extension)) {
				return true;
			}
		}
		return false;
	}
}
