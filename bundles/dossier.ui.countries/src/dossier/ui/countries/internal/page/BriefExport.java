package dossier.ui.countries.internal.page;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

import dossier.countries.CountryBrief;

/**
 * Writes a country's brief as two files side by side: Markdown ({@code .md}) and one
 * self-contained HTML page ({@code .html}, styles inline, nothing fetched). Each is written
 * to a temporary file in the same folder and then moved over the target, so that a failed
 * export leaves no half-written brief.
 */
final class BriefExport {

	private BriefExport() {
	}

	/**
	 * Asks where to write the brief.
	 *
	 * @param shell the dialog's parent
	 * @param brief the brief
	 * @return the Markdown file chosen (the HTML file goes beside it), or null if cancelled
	 */
	static Path ask(Shell shell, CountryBrief brief) {
		FileDialog dialog = new FileDialog(shell, SWT.SAVE);
		dialog.setText("Export the Brief of " + brief.country().name()); //$NON-NLS-1$
		dialog.setFilterExtensions(new String[] { "*.md" }); //$NON-NLS-1$
		dialog.setFilterNames(new String[] { "Markdown and HTML (*.md, *.html)" }); //$NON-NLS-1$
		dialog.setFileName(fileName(brief));
		dialog.setOverwrite(true);
		String chosen = dialog.open();
		return chosen == null ? null : markdownFile(Path.of(chosen));
	}

	/**
	 * @param brief a brief
	 * @return the file name proposed: "nigeria-brief.md"
	 */
	static String fileName(CountryBrief brief) {
		String stem = brief.country().name().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-") //$NON-NLS-1$ //$NON-NLS-2$
				.replaceAll("^-|-$", ""); //$NON-NLS-1$ //$NON-NLS-2$
		return (stem.isEmpty() ? brief.country().alpha2().toLowerCase(Locale.ROOT) : stem) + "-brief.md"; //$NON-NLS-1$
	}

	/**
	 * Writes the brief.
	 *
	 * @param brief the brief
	 * @param markdown where to write the Markdown; the HTML goes beside it with {@code .html}
	 * @return the files written, Markdown first
	 * @throws IOException if a file cannot be written
	 */
	static List<Path> write(CountryBrief brief, Path markdown) throws IOException {
		Path md = markdownFile(markdown);
		String stem = md.getFileName().toString().replaceFirst("\\.md$", ""); //$NON-NLS-1$ //$NON-NLS-2$
		Path html = md.resolveSibling(stem + ".html"); //$NON-NLS-1$
		writeAtomically(md, brief.markdown());
		writeAtomically(html, brief.html());
		return List.of(md, html);
	}

	private static Path markdownFile(Path chosen) {
		String name = chosen.getFileName().toString();
		String lower = name.toLowerCase(Locale.ROOT);
		if (lower.endsWith(".md")) { //$NON-NLS-1$
			return chosen;
		}
		if (lower.endsWith(".html") || lower.endsWith(".htm")) { //$NON-NLS-1$ //$NON-NLS-2$
			return chosen.resolveSibling(name.substring(0, name.lastIndexOf('.')) + ".md"); //$NON-NLS-1$
		}
		return chosen.resolveSibling(name + ".md"); //$NON-NLS-1$
	}

	private static void writeAtomically(Path target, String content) throws IOException {
		Path folder = target.toAbsolutePath().getParent();
		Files.createDirectories(folder);
		Path temp = Files.createTempFile(folder, "." + target.getFileName(), ".part"); //$NON-NLS-1$ //$NON-NLS-2$
		try {
			Files.writeString(temp, content, StandardCharsets.UTF_8);
			try {
				Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
			}
		} finally {
			Files.deleteIfExists(temp);
		}
	}
}
