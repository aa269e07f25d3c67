package dossier.ui.internal.catalog;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;

import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnPixelData;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.ILazyContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;

/**
 * A virtual table of rows held in memory ({@link FilteredRows}): only the rows on screen
 * are turned into items, so tens of thousands of rows filter and sort at once. Clicking a
 * column header sorts by it (numbers most first, texts A to Z), a second click reverses;
 * Enter or a double-click opens the selected row. The viewer's input is the list of rows
 * shown, as {@link dossier.ui.internal.tables.TableRows} reads it for Copy and export.
 *
 * @param <T> the row type
 */
public final class RowTable<T> {

	/** Room for a header's sort arrow and padding, in pixels. */
	private static final int HEADER_EXTRA = 36;
	/** Room for a cell's padding, in pixels. */
	private static final int CELL_EXTRA = 16;

	private final Composite area;
	private final TableColumnLayout layout = new TableColumnLayout();
	private final TableViewer viewer;
	private final FilteredRows<T> rows;
	private final Map<TableColumn, Comparator<? super T>> orders = new HashMap<>();
	private Runnable changed = () -> {
	};
	private TableColumn sortColumn;
	private boolean descending;

	/**
	 * @param parent where to create the table
	 * @param searchText the text of a row the filter words are looked for in
	 */
	public RowTable(Composite parent, Function<T, String> searchText) {
		area = new Composite(parent, SWT.NONE);
		area.setLayout(layout);
		viewer = new TableViewer(area, SWT.VIRTUAL | SWT.MULTI | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		rows = new FilteredRows<>(searchText, null);
		viewer.setContentProvider(new ILazyContentProvider() {
			@Override
			public void updateElement(int index) {
				List<T> shown = rows.shown();
				if (index < shown.size()) {
					viewer.replace(shown.get(index), index);
				}
			}

			@Override
			public void inputChanged(Viewer v, Object oldInput, Object newInput) {
				// the input is the live list of rows shown
			}
		});
		viewer.setInput(new AbstractList<T>() {
			@Override
			public T get(int index) {
				return rows.shown().get(index);
			}

			@Override
			public int size() {
				return rows.shown().size();
			}
		});
	}

	/**
	 * Adds a column of text sorted A to Z.
	 *
	 * @param title the header
	 * @param weight its share of the width
	 * @param text a row's cell
	 * @return the column
	 */
	public TableViewerColumn textColumn(String title, int weight, Function<T, String> text) {
		return column(title, weight, SWT.LEFT, text,
				Comparator.comparing(text, String.CASE_INSENSITIVE_ORDER), false);
	}

	/**
	 * Adds a right-aligned column of a number, sorted most first.
	 *
	 * @param title the header
	 * @param weight its share of the width
	 * @param number a row's number
	 * @return the column
	 */
	public TableViewerColumn numberColumn(String title, int weight, ToLongFunction<T> number) {
		TableViewerColumn column = column(title, weight, SWT.RIGHT, t -> Long.toString(number.applyAsLong(t)),
				Comparator.comparingLong(number), true);
		fit(column, "000,000"); //$NON-NLS-1$
		return column;
	}

	/**
	 * Gives a column a fixed width (the user can still resize it): enough for its header
	 * with the sort arrow and for a sample cell, such as a date or a count.
	 *
	 * @param column one of this table's columns
	 * @param sample the widest text its cells hold
	 */
	public void fit(TableViewerColumn column, String sample) {
		TableColumn c = column.getColumn();
		GC gc = new GC(viewer.getTable());
		try {
			int header = gc.textExtent(c.getText()).x + HEADER_EXTRA;
			int cell = gc.textExtent(sample).x + CELL_EXTRA;
			layout.setColumnData(c, new ColumnPixelData(Math.max(header, cell), true));
		} finally {
			gc.dispose();
		}
	}

	/**
	 * Adds a column.
	 *
	 * @param title the header
	 * @param weight its share of the width
	 * @param alignment {@link SWT#LEFT} or {@link SWT#RIGHT}
	 * @param text a row's cell
	 * @param order the order of rows when sorted by this column, ascending
	 * @param mostFirst whether the first click sorts descending (for counts and amounts)
	 * @return the column
	 */
	public TableViewerColumn column(String title, int weight, int alignment, Function<T, String> text,
			Comparator<? super T> order, boolean mostFirst) {
		return column(title, weight, alignment, new ColumnLabelProvider() {
			@Override
			@SuppressWarnings("unchecked")
			public String getText(Object element) {
				String cell = text.apply((T) element);
				return cell == null ? "" : cell; //$NON-NLS-1$
			}
		}, order, mostFirst);
	}

	/**
	 * Adds a column whose cells a label provider draws (with fonts or colours); its text is
	 * what Copy and export write.
	 *
	 * @param title the header
	 * @param weight its share of the width
	 * @param alignment {@link SWT#LEFT} or {@link SWT#RIGHT}
	 * @param cells the label provider
	 * @param order the order of rows when sorted by this column, ascending
	 * @param mostFirst whether the first click sorts descending (for counts and amounts)
	 * @return the column
	 */
	public TableViewerColumn column(String title, int weight, int alignment, ColumnLabelProvider cells,
			Comparator<? super T> order, boolean mostFirst) {
		TableViewerColumn column = new TableViewerColumn(viewer, alignment);
		column.getColumn().setText(title);
		column.getColumn().setMoveable(true);
		column.setLabelProvider(cells);
		layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, 40));
		column.getColumn().addListener(SWT.Selection, e -> sortBy(column.getColumn(), order,
				column.getColumn() == sortColumn ? !descending : mostFirst));
		orders.put(column.getColumn(), order);
		return column;
	}

	/**
	 * Sorts by a column.
	 *
	 * @param column one of this table's columns
	 * @param mostFirst whether to sort descending
	 */
	public void sortBy(TableViewerColumn column, boolean mostFirst) {
		sortBy(column.getColumn(), orders.get(column.getColumn()), mostFirst);
	}

	private void sortBy(TableColumn column, Comparator<? super T> order, boolean mostFirst) {
		sortColumn = column;
		descending = mostFirst;
		Comparator<? super T> direction = mostFirst ? Collections.reverseOrder(order) : order;
		rows.setOrder(direction);
		viewer.getTable().setSortColumn(column);
		viewer.getTable().setSortDirection(mostFirst ? SWT.DOWN : SWT.UP);
		refresh();
	}

	/** @param newRows the rows, replacing the previous ones; the filter and sort stay */
	public void setRows(List<T> newRows) {
		rows.setAll(newRows);
		refresh();
	}

	/** @param filter words that the rows shown must all contain */
	public void setFilter(String filter) {
		if (rows.setFilter(filter)) {
			refresh();
		}
	}

	/** @return the rows shown, filtered and sorted */
	public List<T> shown() {
		return rows.shown();
	}

	/** @return how many rows there are, filtered or not */
	public int total() {
		return rows.total();
	}

	/** @return the selected rows, in the order shown */
	@SuppressWarnings("unchecked")
	public List<T> selected() {
		return viewer.getStructuredSelection().toList();
	}

	/**
	 * Selects the first row shown that matches and scrolls it into view, quietly (selection
	 * listeners are not told, so that following another view's selection echoes nothing).
	 *
	 * @param wanted which row
	 * @return whether a row shown matched
	 */
	public boolean reveal(Predicate<T> wanted) {
		List<T> shown = rows.shown();
		for (int i = 0; i < shown.size(); i++) {
			if (wanted.test(shown.get(i))) {
				viewer.getTable().setSelection(i);
				viewer.getTable().showSelection();
				return true;
			}
		}
		return false;
	}

	/** @param open what to do with a row opened by Enter or a double-click */
	@SuppressWarnings("unchecked")
	public void onOpen(Consumer<T> open) {
		viewer.addOpenListener(e -> {
			Object first = viewer.getStructuredSelection().getFirstElement();
			if (first != null) {
				open.accept((T) first);
			}
		});
	}

	/** @param listener told whenever the rows shown change */
	public void onChange(Runnable listener) {
		changed = listener;
	}

	/** @return the viewer */
	public TableViewer viewer() {
		return viewer;
	}

	/** @return the composite holding the table, for layout data */
	public Composite control() {
		return area;
	}

	/** Shows the rows again, keeping the selected rows selected where they are still shown. */
	private void refresh() {
		Table table = viewer.getTable();
		List<T> selected = table.getSelectionCount() == 0 ? List.of() : selected();
		List<T> shown = rows.shown();
		table.setRedraw(false);
		try {
			viewer.setItemCount(shown.size());
			table.clearAll();
			if (selected.isEmpty()) {
				table.deselectAll();
			} else {
				table.setSelection(indices(shown, selected));
			}
		} finally {
			table.setRedraw(true);
		}
		changed.run();
	}

	private static <T> int[] indices(List<T> shown, List<T> selected) {
		Map<T, Boolean> wanted = new IdentityHashMap<>();
		selected.forEach(s -> wanted.put(s, Boolean.TRUE));
		int[] found = new int[selected.size()];
		int count = 0;
		for (int i = 0; i < shown.size() && count < found.length; i++) {
			if (wanted.containsKey(shown.get(i))) {
				found[count++] = i;
			}
		}
		return Arrays.copyOf(found, count);
	}
}
