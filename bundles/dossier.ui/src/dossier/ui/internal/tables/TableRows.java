package dossier.ui.internal.tables;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.jface.viewers.CellLabelProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.widgets.TableColumn;

import dossier.core.export.CsvExport;

/**
 * The rows of a table viewer as text, in the order and with the filters the user sees,
 * read through the columns' label providers so that virtual tables work too: for
 * Edit &gt; Copy (tab-separated) and for export (CSV).
 */
public final class TableRows {

	private TableRows() {
	}

	/**
	 * @param viewer a table viewer whose input is an array or a collection
	 * @return the elements shown, filtered and sorted as the viewer shows them
	 */
	public static List<Object> shown(TableViewer viewer) {
		Object input = viewer.getInput();
		Object[] elements = input instanceof Object[] array ? array.clone()
				: input instanceof Collection<?> c ? c.toArray() : new Object[0];
		for (ViewerFilter filter : viewer.getFilters()) {
			elements = filter.filter(viewer, input, elements);
		}
		if (viewer.getComparator() != null) {
			viewer.getComparator().sort(viewer, elements);
		}
		return Arrays.asList(elements);
	}

	/**
	 * @param viewer a table viewer
	 * @return the selected rows as tab-separated lines under a header line, or the empty
	 *         string when nothing is selected
	 */
	public static String selectedAsText(TableViewer viewer) {
		IStructuredSelection selection = viewer.getStructuredSelection();
		if (selection.isEmpty()) {
			return ""; //$NON-NLS-1$
		}
		// a set, so that copying all of a large table stays linear
		Set<Object> selected = Collections.newSetFromMap(new IdentityHashMap<>());
		selected.addAll(selection.toList());
		List<Object> shown = new ArrayList<>(shown(viewer));
		shown.removeIf(row -> !selected.contains(row));
		StringBuilder text = new StringBuilder(String.join("\t", headers(viewer))).append('\n'); //$NON-NLS-1$
		for (Object element : shown) {
			text.append(String.join("\t", cells(viewer, element, s -> s.replace('\t', ' ').replace('\n', ' ')))).append('\n'); //$NON-NLS-1$
		}
		return text.toString();
	}

	/**
	 * Writes every row shown as CSV with a header line.
	 *
	 * @param viewer a table viewer
	 * @param out where to write
	 * @return how many rows were written
	 * @throws IOException if writing fails
	 */
	public static int writeCsv(TableViewer viewer, Writer out) throws IOException {
		out.write(String.join(",", headers(viewer).stream().map(CsvExport::field).toList())); //$NON-NLS-1$
		out.write("\r\n"); //$NON-NLS-1$
		List<Object> shown = shown(viewer);
		for (Object element : shown) {
			out.write(String.join(",", cells(viewer, element, CsvExport::field))); //$NON-NLS-1$
			out.write("\r\n"); //$NON-NLS-1$
		}
		return shown.size();
	}

	private static List<String> headers(TableViewer viewer) {
		return Arrays.stream(viewer.getTable().getColumns()).map(TableColumn::getText).toList();
	}

	private static List<String> cells(TableViewer viewer, Object element, Function<String, String> escape) {
		int columns = viewer.getTable().getColumnCount();
		List<String> cells = new ArrayList<>(columns);
		for (int i = 0; i < columns; i++) {
			CellLabelProvider provider = viewer.getLabelProvider(i);
			String text = provider instanceof ColumnLabelProvider column ? column.getText(element) : ""; //$NON-NLS-1$
			cells.add(escape.apply(text == null ? "" : text)); //$NON-NLS-1$
		}
		return cells;
	}
}
