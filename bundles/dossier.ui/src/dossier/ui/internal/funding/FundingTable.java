package dossier.ui.internal.funding;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnPixelData;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.ILazyContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;

import dossier.core.catalog.FundingFact;

/**
 * The funding facts, one a row, in a virtual table that creates only the rows in sight, so
 * that a hundred thousand facts show at once. Clicking a header asks for that order (the
 * view sorts all the facts, then filters them).
 */
final class FundingTable {

	private static final Comparator<String> TEXT = String.CASE_INSENSITIVE_ORDER;

	private final TableViewer viewer;
	private List<FundingFact> rows = List.of();
	private TableColumn sortColumn;
	private boolean descending;

	FundingTable(Composite parent, Consumer<Comparator<FundingFact>> sortRequest) {
		TableColumnLayout layout = new TableColumnLayout();
		parent.setLayout(layout);
		viewer = new TableViewer(parent, SWT.MULTI | SWT.FULL_SELECTION | SWT.VIRTUAL | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setUseHashlookup(true);
		viewer.setContentProvider(new LazyRows());
		ColumnViewerToolTipSupport.enableFor(viewer);
		Comparator<FundingFact> byAmount = Comparator.comparing(FundingFact::amount);
		Comparator<FundingFact> byDate = Comparator.comparing(f -> f.document().date().orElse(LocalDate.MIN));
		column(layout, "Recipient", 12, 110, SWT.LEFT, FundingFact::recipientName, null, sortRequest); //$NON-NLS-1$
		column(layout, "Amount", 0, 75, SWT.RIGHT, f -> AmountFormat.brief(f.amount(), f.currency()), //$NON-NLS-1$
				byAmount.thenComparing(FundingFact::currency), sortRequest);
		column(layout, "Exact", 0, 105, SWT.RIGHT, f -> AmountFormat.exact(f.amount()), byAmount, sortRequest); //$NON-NLS-1$
		column(layout, "Currency", 0, 65, SWT.LEFT, FundingFact::currency, null, sortRequest); //$NON-NLS-1$
		column(layout, "Period", 8, 70, SWT.LEFT, FundingFact::period, null, sortRequest); //$NON-NLS-1$
		column(layout, "Purpose", 12, 90, SWT.LEFT, FundingFact::purpose, null, sortRequest); //$NON-NLS-1$
		column(layout, "Date", 0, 85, SWT.LEFT, FundingTable::date, byDate, sortRequest); //$NON-NLS-1$
		column(layout, "Document", 15, 120, SWT.LEFT, f -> f.document().title(), null, sortRequest); //$NON-NLS-1$
		column(layout, "Sentence", 35, 200, SWT.LEFT, FundingFact::sentence, null, sortRequest); //$NON-NLS-1$
	}

	/**
	 * A column sorted by its order, or by its text when it has none; numbers and dates most
	 * first. A weight of 0 keeps it at its width; others share what is left.
	 */
	private void column(TableColumnLayout layout, String title, int weight, int width, int alignment,
			Function<FundingFact, String> text, Comparator<FundingFact> order,
			Consumer<Comparator<FundingFact>> sortRequest) {
		TableViewerColumn column = new TableViewerColumn(viewer, alignment);
		column.getColumn().setText(title);
		column.getColumn().setMoveable(true);
		column.setLabelProvider(new FactLabels(text));
		layout.setColumnData(column.getColumn(),
				weight == 0 ? new ColumnPixelData(width, true) : new ColumnWeightData(weight, width));
		Comparator<FundingFact> ascending = order != null ? order : Comparator.comparing(text, TEXT);
		column.getColumn().addListener(SWT.Selection, e -> {
			descending = sortColumn == column.getColumn() ? !descending : order != null;
			sortColumn = column.getColumn();
			viewer.getTable().setSortColumn(sortColumn);
			viewer.getTable().setSortDirection(descending ? SWT.DOWN : SWT.UP);
			sortRequest.accept(descending ? ascending.reversed() : ascending);
		});
	}

	private static String date(FundingFact fact) {
		return fact.document().date().map(LocalDate::toString).orElse(""); //$NON-NLS-1$
	}

	/**
	 * Shows new rows, keeping a single selected fact selected if it is among them. The
	 * selection is dropped before the input changes: JFace would look for it by creating
	 * every row of the virtual table.
	 *
	 * @param facts the rows to show, in order; the list is kept, not copied
	 */
	void show(List<FundingFact> facts) {
		Table table = viewer.getTable();
		int[] selected = table.getSelectionIndices();
		FundingFact kept = selected.length == 1 && selected[0] < rows.size() ? rows.get(selected[0]) : null;
		table.deselectAll();
		if (facts.size() < rows.size() - rows.size() / 4) {
			// GTK drops a virtual table's surplus rows one by one, several times slower than all at once
			table.removeAll();
		}
		rows = facts;
		viewer.setInput(facts);
		viewer.setItemCount(facts.size());
		int index = kept == null ? -1 : facts.indexOf(kept);
		if (index >= 0) {
			table.setSelection(index); // the same fact: the selection's listeners have nothing new to hear
		} else if (selected.length > 0) {
			viewer.setSelection(StructuredSelection.EMPTY);
		}
	}

	/**
	 * Selects a row as a click would, telling the selection's listeners, without creating
	 * the rows before it (which selecting by element would in a virtual table).
	 *
	 * @param index the row
	 */
	void select(int index) {
		Table table = viewer.getTable();
		table.setSelection(index);
		Event click = new Event();
		click.item = table.getItem(index);
		table.notifyListeners(SWT.Selection, click);
	}

	TableViewer viewer() {
		return viewer;
	}

	/** Hands the virtual table the rows it scrolls into sight. */
	private final class LazyRows implements ILazyContentProvider {
		@Override
		public void updateElement(int index) {
			if (index < rows.size()) {
				viewer.replace(rows.get(index), index);
			}
		}

		@Override
		public void inputChanged(Viewer v, Object oldInput, Object newInput) {
			// the rows are set with the input in show()
		}
	}

	/** A column's text; amounts that are not funding in grey, the sentence as the tooltip. */
	private static final class FactLabels extends ColumnLabelProvider {
		private final Function<FundingFact, String> text;

		FactLabels(Function<FundingFact, String> text) {
			this.text = text;
		}

		@Override
		public String getText(Object element) {
			return text.apply((FundingFact) element);
		}

		@Override
		public Color getForeground(Object element) {
			return ((FundingFact) element).funding() ? null : Display.getCurrent().getSystemColor(SWT.COLOR_DARK_GRAY);
		}

		@Override
		public String getToolTipText(Object element) {
			FundingFact fact = (FundingFact) element;
			return fact.surface() + " = " + AmountFormat.exact(fact.amount()) + ' ' + fact.currency() //$NON-NLS-1$
					+ (fact.funding() ? "" : " (not funding)") + '\n' + fact.sentence(); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}
}
