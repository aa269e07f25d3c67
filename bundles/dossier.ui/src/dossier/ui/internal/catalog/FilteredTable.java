package dossier.ui.internal.catalog;

import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;

/**
 * A filter box and a count line over a {@link RowTable}: typing filters the rows at once
 * ("12 of 340 agencies"); Down or Enter in the box moves to the table, Up on the table's
 * first row moves back.
 *
 * @param <T> the row type
 */
public final class FilteredTable<T> {

	private final Composite composite;
	private final Text filter;
	private final Label status;
	private final RowTable<T> table;
	private final String noun;
	private String message;

	/**
	 * @param parent where to create it
	 * @param noun what the rows are, plural ("agencies"), for the count line
	 * @param hint what the filter matches ("Filter by name, acronym, alias or type")
	 * @param searchText the text of a row the filter words are looked for in
	 */
	public FilteredTable(Composite parent, String noun, String hint, Function<T, String> searchText) {
		this.noun = noun;
		composite = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).margins(4, 4).spacing(8, 4).applyTo(composite);
		filter = new Text(composite, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		filter.setMessage(hint);
		filter.setToolTipText(hint + ": every word must match, \"quotes\" keep a phrase together. Down or Enter goes to the table"); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).hint(100, SWT.DEFAULT).applyTo(filter);
		status = new Label(composite, SWT.RIGHT);
		GridDataFactory.fillDefaults().align(SWT.END, SWT.CENTER).hint(200, SWT.DEFAULT).applyTo(status);
		table = new RowTable<>(composite, searchText);
		// a size hint, or the table's preferred width (its columns' widths) stops it from ever narrowing
		GridDataFactory.fillDefaults().grab(true, true).span(2, 1).hint(100, 60).applyTo(table.control());
		table.onChange(this::updateStatus);
		filter.addListener(SWT.Modify, e -> table.setFilter(filter.getText()));
		filter.addListener(SWT.KeyDown, e -> {
			if (e.keyCode == SWT.ARROW_DOWN) {
				e.doit = false;
				focusTable();
			}
		});
		filter.addListener(SWT.DefaultSelection, e -> {
			if (e.detail != SWT.ICON_CANCEL) {
				focusTable();
			}
		});
		table.viewer().getTable().addListener(SWT.KeyDown, e -> {
			Table t = table.viewer().getTable();
			if (e.keyCode == SWT.ARROW_UP && t.getSelectionIndex() <= 0 && (e.stateMask & SWT.MODIFIER_MASK) == 0) {
				e.doit = false;
				filter.setFocus();
			}
		});
		updateStatus();
	}

	private void focusTable() {
		Table t = table.viewer().getTable();
		t.setFocus();
		if (t.getSelectionCount() == 0 && !table.shown().isEmpty()) {
			// through the viewer, so that selection listeners hear of it; the first row is found at once
			table.viewer().setSelection(new StructuredSelection(table.shown().get(0)));
		}
	}

	/** @param rows the rows, replacing the previous ones; the filter and sort stay */
	public void setRows(List<T> rows) {
		message = null;
		table.setRows(rows);
	}

	/** @param text a message for the count line while there are no rows to count ("Loading…"), or null */
	public void setMessage(String text) {
		message = text;
		updateStatus();
	}

	private void updateStatus() {
		if (status.isDisposed()) {
			return;
		}
		status.setText(message != null ? message : table.shown().size() + " of " + table.total() + " " + noun); //$NON-NLS-1$ //$NON-NLS-2$
		status.setToolTipText(status.getText());
	}

	/** @return the table */
	public RowTable<T> table() {
		return table;
	}

	/** @return the filter box */
	public Text filter() {
		return filter;
	}

	/** @return the count line's text */
	public String statusText() {
		return status.getText();
	}

	/** @return the composite holding it all, for layout data */
	public Composite control() {
		return composite;
	}
}
