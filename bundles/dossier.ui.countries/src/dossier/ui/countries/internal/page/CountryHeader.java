package dossier.ui.countries.internal.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.FontDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

import dossier.countries.Country;
import dossier.countries.CountryBrief;
import dossier.ui.countries.internal.Counts;

/**
 * The head of a country page, without a flag: the name, large; the official name, codes,
 * region and subregion, capital and demonym; how often the collection mentions it; and the
 * Export Brief… button.
 */
final class CountryHeader {

	private final Composite composite;
	private final Label name;
	private final Label facts;
	private final Label counts;
	private final Button export;

	/**
	 * @param parent where to create it
	 * @param exportBrief what the Export Brief… button does
	 */
	CountryHeader(Composite parent, Runnable exportBrief) {
		composite = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).margins(10, 8).spacing(12, 2).applyTo(composite);
		LocalResourceManager resources = new LocalResourceManager(JFaceResources.getResources(), composite);
		name = new Label(composite, SWT.NONE);
		name.setFont(resources.create(FontDescriptor.createFrom(JFaceResources.getHeaderFont()).increaseHeight(4)));
		GridDataFactory.fillDefaults().grab(true, false).applyTo(name);
		export = new Button(composite, SWT.PUSH);
		export.setText("E&xport Brief\u2026"); //$NON-NLS-1$
		export.setToolTipText("Write this page as a brief: a Markdown file and a self-contained HTML page"); //$NON-NLS-1$
		export.setEnabled(false);
		export.addListener(SWT.Selection, e -> exportBrief.run());
		GridDataFactory.fillDefaults().align(SWT.END, SWT.CENTER).span(1, 3).applyTo(export);
		facts = new Label(composite, SWT.WRAP);
		// no width hint: GridLayout wraps the facts at the width it gives them
		GridDataFactory.fillDefaults().grab(true, false).applyTo(facts);
		counts = new Label(composite, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(counts);
	}

	/**
	 * @param title the name to show
	 * @param message what to say instead of the facts ("Loading…")
	 */
	void message(String title, String message) {
		name.setText(title);
		facts.setText(message);
		counts.setText(""); //$NON-NLS-1$
		export.setEnabled(false);
		relayout();
	}

	/** @param brief the country's brief */
	void show(CountryBrief brief) {
		Country country = brief.country();
		name.setText(escape(country.name()));
		facts.setText(escape(facts(country)));
		counts.setText(brief.mentionCount() == 0 ? "The collection does not mention it." //$NON-NLS-1$
				: "Mentioned " + Counts.of(brief.mentionCount(), "time") + " in " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
						+ Counts.of(brief.documentCount(), "document") + " of the collection."); //$NON-NLS-1$ //$NON-NLS-2$
		export.setEnabled(true);
		relayout();
	}

	/** Lays the page out again: the header may now need more or fewer lines. */
	private void relayout() {
		composite.getParent().layout(true, true);
	}

	/**
	 * @param country a country
	 * @return its facts on one line: "Federal Republic of Nigeria · NG · NGA · 566 · Africa,
	 *         Western Africa · capital Abuja · Nigerian"
	 */
	static String facts(Country country) {
		List<String> parts = new ArrayList<>();
		if (!country.officialName().equals(country.name())) {
			parts.add(country.officialName());
		}
		parts.add(country.alpha2());
		if (!country.alpha3().isEmpty()) {
			parts.add(country.alpha3());
		}
		if (!country.numeric().isEmpty()) {
			parts.add(country.numeric());
		}
		String region = country.subregion().isEmpty() || country.subregion().equals(country.region()) ? country.region()
				: country.region() + ", " + country.subregion(); //$NON-NLS-1$
		if (!region.isEmpty()) {
			parts.add(region);
		}
		if (!country.capitals().isEmpty()) {
			parts.add((country.capitals().size() == 1 ? "capital " : "capitals ") + String.join(", ", country.capitals())); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		if (!country.demonym().isEmpty()) {
			parts.add(country.demonym());
		}
		if (country.area() > 0) {
			parts.add(String.format(Locale.UK, "%,.0f km\u00b2", country.area())); //$NON-NLS-1$
		}
		if (!country.independent()) {
			parts.add("not independent"); //$NON-NLS-1$
		}
		return String.join(" \u00b7 ", parts); //$NON-NLS-1$
	}

	/** @return the header's text, for tests */
	String text() {
		return name.getText() + '\n' + facts.getText() + '\n' + counts.getText();
	}

	/** @return the Export Brief… button */
	Button exportButton() {
		return export;
	}

	/** @return the header */
	Control control() {
		return composite;
	}

	private static String escape(String text) {
		return text.replace("&", "&&"); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
