package dossier.ui.countries.internal.page;

import java.util.Comparator;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IWorkbenchPartSite;

import dossier.core.catalog.EntityPage;
import dossier.core.catalog.FundingFact;
import dossier.ui.internal.catalog.Documents;
import dossier.ui.internal.catalog.FilteredTable;
import dossier.ui.internal.catalog.FocusedViewer;
import dossier.ui.internal.catalog.Money;
import dossier.ui.internal.catalog.PageSection;
import dossier.ui.internal.catalog.RowMenu;
import dossier.ui.internal.catalog.RowTable;

/**
 * The Funding tab of a country page: the amounts of funding stated in the documents that
 * mention the country, newest document first, with the agency funded. Enter or a
 * double-click opens the document at the amount.
 */
final class FundingInDocuments implements PageSection {

	private final FilteredTable<FundingFact> table;

	/**
	 * @param parent where to create it
	 * @param site the editor's site, for the context menu
	 * @param focus tracks the editor's tables
	 */
	FundingInDocuments(Composite parent, IWorkbenchPartSite site, FocusedViewer focus) {
		table = new FilteredTable<>(parent, "amounts", "Filter by amount, recipient, purpose or document", //$NON-NLS-1$ //$NON-NLS-2$
				f -> f.surface() + '\n' + f.recipientName() + '\n' + f.recipientId() + '\n' + f.period() + '\n'
						+ f.purpose() + '\n' + f.document().title() + '\n' + Documents.date(f.document()));
		GridDataFactory.fillDefaults().grab(true, true).applyTo(table.control());
		RowTable<FundingFact> rows = table.table();
		rows.column("Amount", 11, SWT.RIGHT, f -> Money.format(f.amount(), f.currency()), //$NON-NLS-1$
				Comparator.comparing(FundingFact::amount), true);
		rows.textColumn("Recipient", 16, FundingFact::recipientName); //$NON-NLS-1$
		rows.textColumn("Period", 10, FundingFact::period); //$NON-NLS-1$
		rows.textColumn("Purpose", 22, FundingFact::purpose); //$NON-NLS-1$
		rows.fit(rows.column("Date", 10, SWT.LEFT, f -> Documents.date(f.document()), //$NON-NLS-1$
				Comparator.comparing(f -> Documents.date(f.document())), true), Documents.SAMPLE_DATE);
		rows.textColumn("Document", 26, f -> f.document().title()); //$NON-NLS-1$
		RowMenu.attach(site, rows, "&Open Document at the Amount", //$NON-NLS-1$
				f -> Documents.open(site.getPage(), f.document(), f.start(), f.end()), "funding.csv"); //$NON-NLS-1$
		focus.track(rows.viewer());
	}

	@Override
	public void show(EntityPage page) {
		table.setRows(page == null ? List.of() : page.funding());
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
