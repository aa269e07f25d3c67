package dossier.ui.internal.views;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.RowLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

/**
 * The active drill-down filters as a row of chips, "Department: Home Office ×"; clicking a
 * chip (or Delete on it) removes that filter. The row is hidden when there is no filter.
 */
final class FilterBar {

	/** The chip's label ends with this, so it reads as a remove button. */
	static final String REMOVE_MARK = " \u00d7"; //$NON-NLS-1$
	private final Composite bar;
	private final Consumer<FacetValue> remove;
	private final Runnable clear;
	private final List<Button> chips = new ArrayList<>();

	FilterBar(Composite parent, Consumer<FacetValue> remove, Runnable clear) {
		this.remove = remove;
		this.clear = clear;
		bar = new Composite(parent, SWT.NONE);
		RowLayoutFactory.fillDefaults().wrap(true).spacing(4).applyTo(bar);
		GridDataFactory.fillDefaults().grab(true, false).exclude(true).applyTo(bar);
		bar.setVisible(false);
	}

	/** @param filters the active filters, field to values */
	void show(Map<String, List<String>> filters) {
		for (Control child : bar.getChildren()) {
			child.dispose();
		}
		chips.clear();
		filters.forEach((field, values) -> values.forEach(value -> chips.add(chip(new FacetValue(field, value, 0)))));
		if (chips.size() > 1) {
			Button all = new Button(bar, SWT.PUSH | SWT.FLAT);
			all.setText("Clear all" + REMOVE_MARK); //$NON-NLS-1$
			all.addListener(SWT.Selection, e -> all.getDisplay().asyncExec(clear));
		}
		boolean any = !chips.isEmpty();
		((org.eclipse.swt.layout.GridData) bar.getLayoutData()).exclude = !any;
		bar.setVisible(any);
		bar.getParent().layout(true, true);
	}

	private Button chip(FacetValue filter) {
		Button chip = new Button(bar, SWT.PUSH | SWT.FLAT);
		chip.setText(FieldLabels.of(filter.field()) + ": " + filter.value() + REMOVE_MARK); //$NON-NLS-1$
		chip.setToolTipText("Remove this filter"); //$NON-NLS-1$
		chip.setData(filter);
		// later, as the bar rebuilds its chips, which disposes this one
		Runnable removeLater = () -> chip.getDisplay().asyncExec(() -> remove.accept(filter));
		chip.addListener(SWT.Selection, e -> removeLater.run());
		chip.addListener(SWT.KeyDown, e -> {
			if (e.keyCode == SWT.DEL || e.keyCode == SWT.BS) {
				removeLater.run();
			}
		});
		return chip;
	}

	/** @return one button per active filter, in order */
	List<Button> chips() {
		return List.copyOf(chips);
	}
}
