package dossier.ui.internal.funding;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * The Funding view's filters: a text looked for in the facts, a year, whether amounts that
 * are not funding show; and a line saying what is shown. Every change is reported at once
 * (filtering runs in memory).
 */
final class FilterRow {

	private static final String ALL_YEARS = "All years"; //$NON-NLS-1$

	private final Text text;
	private final Combo year;
	private final Button nonFunding;
	private final Label status;
	private List<Integer> years = List.of();

	/**
	 * @param parent the view's composite
	 * @param changed told after each change of a filter
	 * @param leave told when Enter or the down arrow in the text asks to go to the rows
	 */
	FilterRow(Composite parent, Runnable changed, Runnable leave) {
		Composite row = new Composite(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(row);
		GridLayoutFactory.fillDefaults().numColumns(4).margins(4, 4).applyTo(row);
		text = new Text(row, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		text.setMessage("Filter by recipient, purpose, period, sentence or document"); //$NON-NLS-1$
		text.addListener(SWT.Modify, e -> changed.run());
		text.addListener(SWT.DefaultSelection, e -> leave.run());
		text.addListener(SWT.KeyDown, e -> {
			if (e.keyCode == SWT.ARROW_DOWN) {
				e.doit = false;
				leave.run();
			}
		});
		GridDataFactory.fillDefaults().grab(true, false).hint(280, SWT.DEFAULT).minSize(160, SWT.DEFAULT).applyTo(text);
		year = new Combo(row, SWT.READ_ONLY);
		year.setItems(ALL_YEARS);
		year.select(0);
		year.setToolTipText("The year the amount is for: the period's first year, else the document's"); //$NON-NLS-1$
		year.addListener(SWT.Selection, e -> changed.run());
		nonFunding = new Button(row, SWT.CHECK);
		nonFunding.setText("&Include amounts that are not funding"); //$NON-NLS-1$
		nonFunding.setToolTipText("Fines, prices, thresholds and other amounts the recognizer marked as not funding"); //$NON-NLS-1$
		nonFunding.addListener(SWT.Selection, e -> changed.run());
		status = new Label(row, SWT.NONE);
		// the counts are last: in a narrow view they are what is cut (the tooltip has them)
		GridDataFactory.fillDefaults().align(SWT.END, SWT.CENTER).hint(200, SWT.DEFAULT).applyTo(status);
	}

	/** @return the filter the controls describe, for any recipient */
	FundingFilter filter() {
		int index = year.getSelectionIndex();
		Integer chosen = index > 0 ? years.get(index - 1) : null;
		return new FundingFilter(text.getText(), chosen, null, nonFunding.getSelection());
	}

	/** @param newYears the years to offer, newest first; the chosen year stays if offered */
	void setYears(List<Integer> newYears) {
		Integer chosen = filter().year();
		years = List.copyOf(newYears);
		List<String> items = new ArrayList<>(years.size() + 1);
		items.add(ALL_YEARS);
		years.forEach(y -> items.add(y.toString()));
		year.setItems(items.toArray(String[]::new));
		year.select(chosen == null ? 0 : years.indexOf(chosen) + 1);
	}

	/**
	 * @param chosen a year, or {@code null} for all
	 */
	void selectYear(Integer chosen) {
		year.select(chosen == null ? 0 : years.indexOf(chosen) + 1);
		year.notifyListeners(SWT.Selection, null);
	}

	/** @param line what is shown */
	void setStatus(String line) {
		status.setText(line);
		status.setToolTipText(line);
	}

	Text text() {
		return text;
	}

	Combo year() {
		return year;
	}

	Button nonFunding() {
		return nonFunding;
	}

	String status() {
		return status.getText();
	}
}
