package dossier.ui.countries.internal.page;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

import dossier.countries.CountryBrief;
import dossier.countries.FactbookNote;

/**
 * The CIA World Factbook notes of a country for one edition, chosen in a combo of the
 * editions that have notes on it (newest first): each section's name in bold, the
 * trafficking note's tier rating beside it, then the note's text.
 */
final class FactbookPanel {

	private static final Color TIER = new Color(0xb1, 0x00, 0x26);

	private final Composite composite;
	private final Combo years;
	private final StyledText text;
	private CountryBrief brief;
	private List<Integer> editions = List.of();

	/** @param parent where to create it */
	FactbookPanel(Composite parent) {
		composite = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).margins(8, 4).spacing(8, 4).applyTo(composite);
		Label title = new Label(composite, SWT.NONE);
		title.setText("CIA World Factbook, &edition:"); //$NON-NLS-1$
		years = new Combo(composite, SWT.READ_ONLY);
		years.setToolTipText("The Factbook editions that have notes on this country"); //$NON-NLS-1$
		// wide enough for a year, whatever the items when the layout is made
		years.setItems("0000"); //$NON-NLS-1$
		int width = years.computeSize(SWT.DEFAULT, SWT.DEFAULT).x + 8;
		years.removeAll();
		GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.CENTER).grab(true, false).hint(width, SWT.DEFAULT)
				.applyTo(years);
		years.addListener(SWT.Selection, e -> showYear());
		text = new StyledText(composite, SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
		text.setMargins(6, 4, 6, 4);
		text.setCaret(null);
		GridDataFactory.fillDefaults().grab(true, true).span(2, 1).hint(200, 80).applyTo(text);
	}

	/** @param newBrief the country's brief, or null to show nothing */
	void show(CountryBrief newBrief) {
		Integer chosen = selectedYear();
		brief = newBrief;
		editions = brief == null ? List.of() : brief.noteYears();
		years.setItems(editions.stream().map(String::valueOf).toArray(String[]::new));
		years.setEnabled(!editions.isEmpty());
		if (!editions.isEmpty()) {
			int keep = chosen == null ? -1 : editions.indexOf(chosen);
			years.select(keep < 0 ? 0 : keep);
		}
		showYear();
	}

	/**
	 * @param year a Factbook edition
	 * @return whether the country has notes in it (and it is now shown)
	 */
	boolean selectYear(int year) {
		int index = editions.indexOf(year);
		if (index < 0) {
			return false;
		}
		years.select(index);
		showYear();
		return true;
	}

	private Integer selectedYear() {
		int index = years.getSelectionIndex();
		return index < 0 || index >= editions.size() ? null : editions.get(index);
	}

	private void showYear() {
		Integer year = selectedYear();
		if (brief == null) {
			text.setText(""); //$NON-NLS-1$
			return;
		}
		if (year == null) {
			text.setText("The Factbook editions Dossier ships (2006 to 2010, 2022) have no notes on " //$NON-NLS-1$
					+ brief.country().name() + "."); //$NON-NLS-1$
			return;
		}
		StringBuilder out = new StringBuilder();
		List<StyleRange> styles = new ArrayList<>();
		for (FactbookNote note : brief.notes(year)) {
			if (!out.isEmpty()) {
				out.append("\n\n"); //$NON-NLS-1$
			}
			styles.add(new StyleRange(out.length(), note.section().length(), null, null, SWT.BOLD));
			out.append(note.section());
			if (!note.tier().isEmpty()) {
				String tier = " (" + note.tier() + ")"; //$NON-NLS-1$ //$NON-NLS-2$
				styles.add(new StyleRange(out.length(), tier.length(), TIER, null, SWT.BOLD));
				out.append(tier);
			}
			// the trafficking note's tier rating on a line of its own
			out.append('\n').append(note.text().replace(" tier rating: ", "\ntier rating: ")); //$NON-NLS-1$ //$NON-NLS-2$
		}
		text.setText(out.toString());
		text.setStyleRanges(styles.toArray(StyleRange[]::new));
		text.setTopIndex(0);
	}

	/** @return the editions in the combo, newest first */
	List<Integer> years() {
		return editions;
	}

	/** @return the notes' text as shown */
	String text() {
		return text.getText();
	}

	/** @return the combo of editions */
	Combo combo() {
		return years;
	}

	/** @return the panel */
	Control control() {
		return composite;
	}
}
