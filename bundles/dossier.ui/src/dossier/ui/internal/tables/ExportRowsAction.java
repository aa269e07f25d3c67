package dossier.ui.internal.tables;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;

/**
 * "Export Rows as CSV…": every row the table shows, with its filter and sort, into a CSV
 * file the user picks. Written to a temporary file first and moved into place, so a failed
 * export leaves no half file behind.
 */
public final class ExportRowsAction extends Action {

	private final TableViewer viewer;
	private final String fileName;

	/**
	 * @param viewer the table
	 * @param fileName the file name proposed, such as {@code agencies.csv}
	 */
	public ExportRowsAction(TableViewer viewer, String fileName) {
		super("Export Rows as CSV…"); //$NON-NLS-1$
		this.viewer = viewer;
		this.fileName = fileName;
		setToolTipText("Export the rows shown to a CSV file"); //$NON-NLS-1$
	}

	@Override
	public void run() {
		FileDialog dialog = new FileDialog(viewer.getControl().getShell(), SWT.SAVE);
		dialog.setFileName(fileName);
		dialog.setFilterExtensions(new String[] { "*.csv", "*.*" }); //$NON-NLS-1$ //$NON-NLS-2$
		dialog.setOverwrite(true);
		String chosen = dialog.open();
		if (chosen != null) {
			export(Path.of(chosen));
		}
	}

	/**
	 * @param file where to write
	 * @return how many rows were written, or -1 if writing failed (the user was told why)
	 */
	public int export(Path file) {
		try {
			Path temporary = Files.createTempFile(file.toAbsolutePath().getParent(), ".dossier-export", ".csv"); //$NON-NLS-1$ //$NON-NLS-2$
			int rows;
			try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
				rows = TableRows.writeCsv(viewer, out);
			} catch (IOException | RuntimeException e) {
				Files.deleteIfExists(temporary);
				throw e;
			}
			Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
			return rows;
		} catch (IOException e) {
			MessageDialog.openError(viewer.getControl().getShell(), "Export Failed", //$NON-NLS-1$
					"Could not write " + file + ": " + e.getMessage()); //$NON-NLS-1$ //$NON-NLS-2$
			return -1;
		}
	}
}
