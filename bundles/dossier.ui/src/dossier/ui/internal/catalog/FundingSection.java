package dossier.ui.internal.catalog;

import java.util.Comparator;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IWorkbenchPartSite;

import dossier.core.catalog.EntityPage;
import dossier.core.catalog.FundingFact;

/**
 * The Funding tab of an entity page: the amounts the collection says it receives, with
 * period, purpose and document. Amounts that are not funding (fines, prices) are left out.
 * Enter or a double-click opens the document with the amount selected.
 */
final class FundingSection implements PageSection {

	private final FilteredTable<FundingFact> table;

	/**
	 * @param parent where to create it
	 * @param site the editor's site, for the context menu
	 * @param focus tracks the editor's tables
	 */
	FundingSection(Composite parent, IWorkbenchPartSite site, FocusedViewer focus) {
		table = new FilteredTable<>(parent, "amounts", "Filter by amount, period, purpose or document", //$NON-NLS-1$ //$NON-NLS-2$
				f -> f.surface() + '\n' + f.period() + '\n' + f.purpose() + '\n' + f.document().title() + '\n'
						+ Documents.date(f.document()));
		GridDataFactory.fillDefaults().grab(true, true).applyTo(table.control());
		RowTable<FundingFact> rows = table.table();
		rows.column("Amount", 12, SWT.RIGHT, f -> Money.format(f.amount(), f.currency()), //$NON-NLS-1$
				Comparator.comparing(FundingFact::amount), true);
		rows.textColumn("As written", 12, FundingFact::surface); //$NON-NLS-1$
		rows.textColumn("Period", 14, FundingFact::period); //$NON-NLS-1$
		rows.textColumn("Purpose", 24, FundingFact::purpose); //$NON-NLS-1$
		rows.fit(rows.column("Date", 10, SWT.LEFT, f -> Documents.date(f.document()), //$NON-NLS-1$
				Comparator.comparing(f -> Documents.date(f.document())), true), Documents.SAMPLE_DATE);
		rows.textColumn("Document", 28, f -> f.document().title()); //$NON-NLS-1$
		RowMenu.attach(site, rows, "&Open Document at the Amount", //$NON-NLS-1$
				f -> Documents.open(site.getPage(), f.document(), f.start(), f.end()), "funding.csv"); //$NON-NLS-1$
		focus.track(rows.viewer());
	}

	@Override
	public void show(EntityPage page) {
		table.setRows(funding(page));
	}

	/**
	 * @param page an entity page, or null
	 * @return the amounts that are funding
	 */
	static List<FundingFact> funding(EntityPage page) {
		return page == null ? List.of() : page.funding().stream().filter(FundingFact::funding).toList();
	}

	/** @return the table */
	RowTable<FundingFact> rows() {
		return table.table();
	}

	@Override
	public Control control() {
		return table.control();
	}
}
