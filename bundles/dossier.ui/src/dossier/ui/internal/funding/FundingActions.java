package dossier.ui.internal.funding;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;

import dossier.ui.internal.tables.ExportRowsAction;

/**
 * The Funding view's toolbar and menu: Refresh, and export of the facts shown (also on the
 * toolbar) and of either totals, as CSV.
 */
final class FundingActions {

	private final ExportRowsAction exportFacts;

	FundingActions(IActionBars bars, FundingLayout ui, Runnable reload) {
		Action refresh = new Action("Refresh") { //$NON-NLS-1$
			@Override
			public void run() {
				reload.run();
			}
		};
		refresh.setToolTipText("Count the funding in the collection again"); //$NON-NLS-1$
		exportFacts = new ExportRowsAction(ui.facts().viewer(), "funding.csv"); //$NON-NLS-1$
		exportFacts.setImageDescriptor(
				PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(ISharedImages.IMG_ETOOL_SAVEAS_EDIT));
		ExportRowsAction exportRecipients = new ExportRowsAction(ui.recipients().viewer(), "funding-by-recipient.csv"); //$NON-NLS-1$
		exportRecipients.setText("Export Totals by Recipient as CSV\u2026"); //$NON-NLS-1$
		ExportRowsAction exportYears = new ExportRowsAction(ui.years().viewer(), "funding-by-year.csv"); //$NON-NLS-1$
		exportYears.setText("Export Totals by Year as CSV\u2026"); //$NON-NLS-1$
		IToolBarManager toolBar = bars.getToolBarManager();
		toolBar.add(refresh);
		toolBar.add(exportFacts);
		IMenuManager menu = bars.getMenuManager();
		menu.add(refresh);
		menu.add(new Separator());
		menu.add(exportFacts);
		menu.add(exportRecipients);
		menu.add(exportYears);
	}

	/** @return the action exporting the facts shown */
	ExportRowsAction exportFacts() {
		return exportFacts;
	}
}
