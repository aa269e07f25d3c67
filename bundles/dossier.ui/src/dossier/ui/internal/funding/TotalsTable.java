package dossier.ui.internal.funding;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnPixelData;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.widgets.Composite;

import dossier.ui.internal.funding.FundingTotals.Total;

/**
 * Totals of the facts shown, by recipient or by year: a first row for them all (in bold),
 * then one per recipient or year, in the order {@link FundingTotals} gives.
 */
final class TotalsTable {

	private final TableViewer viewer;

	/**
	 * @param parent a composite of its own, laid out by the table
	 * @param what the first column's title ("Recipient", "Year")
	 */
	TotalsTable(Composite parent, String what) {
		TableColumnLayout layout = new TableColumnLayout();
		parent.setLayout(layout);
		viewer = new TableViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.VIRTUAL | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		column(layout, what, 60, 120, SWT.LEFT, Total::label);
		column(layout, "Total", 0, 95, SWT.RIGHT, t -> AmountFormat.brief(t.pounds(), FundingTotals.GBP)); //$NON-NLS-1$
		column(layout, "In pounds", 0, 150, SWT.RIGHT, t -> AmountFormat.exact(t.pounds())); //$NON-NLS-1$
		column(layout, "Facts", 0, 55, SWT.RIGHT, t -> Integer.toString(t.facts())); //$NON-NLS-1$
		column(layout, "Other currencies", 40, 110, SWT.LEFT, Total::othersText); //$NON-NLS-1$
	}

	/** A column of a weight and a least width, or of a fixed width if its weight is 0. */
	private void column(TableColumnLayout layout, String title, int weight, int width, int alignment,
			Function<Total, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, alignment);
		column.getColumn().setText(title);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((Total) element);
			}

			@Override
			public Font getFont(Object element) {
				return ((Total) element).isOverall() ? JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT) : null;
			}
		});
		layout.setColumnData(column.getColumn(),
				weight == 0 ? new ColumnPixelData(width, true) : new ColumnWeightData(weight, width));
	}

	/**
	 * Shows new totals, keeping the row of the same key selected if there is one.
	 *
	 * @param totals the totals, the overall row first
	 */
	void show(List<Total> totals) {
		String selected = selectedKey();
		boolean hadSelection = !viewer.getStructuredSelection().isEmpty();
		viewer.getTable().setRedraw(false);
		try {
			viewer.setInput(totals);
			if (hadSelection) {
				totals.stream().filter(t -> Objects.equals(t.key(), selected)).findFirst()
						.ifPresent(t -> viewer.setSelection(new StructuredSelection(t), true));
			}
		} finally {
			viewer.getTable().setRedraw(true);
		}
	}

	/**
	 * Selects the row of a key, as if the user had.
	 *
	 * @param key a recipient's id or a year, or {@code null} for the overall row
	 * @return whether there is such a row
	 */
	boolean select(String key) {
		@SuppressWarnings("unchecked")
		List<Total> totals = (List<Total>) viewer.getInput();
		Total row = totals == null ? null
				: totals.stream().filter(t -> Objects.equals(t.key(), key)).findFirst().orElse(null);
		if (row != null) {
			viewer.setSelection(new StructuredSelection(row), true);
		}
		return row != null;
	}

	/** @return the key of the row selected, or {@code null} for the overall row or none */
	String selectedKey() {
		return viewer.getStructuredSelection().getFirstElement() instanceof Total total ? total.key() : null;
	}

	TableViewer viewer() {
		return viewer;
	}
}
