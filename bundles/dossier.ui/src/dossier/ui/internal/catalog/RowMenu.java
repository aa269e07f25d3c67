package dossier.ui.internal.catalog;

import java.util.function.Consumer;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.IWorkbenchPartSite;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.menus.CommandContributionItem;
import org.eclipse.ui.menus.CommandContributionItemParameter;

import dossier.ui.internal.tables.ExportRowsAction;

/**
 * The context menu of a table of entities, passages or documents: open the selected row
 * (what Enter does), Copy (Ctrl+C) and Export Rows as CSV…, plus what other plugins add.
 */
public final class RowMenu {

	private RowMenu() {
	}

	/**
	 * @param site the part's site
	 * @param rows the table
	 * @param openLabel the label of the open action ("&amp;Open Entity Page")
	 * @param open what opening a row does
	 * @param csvName the file name the export proposes
	 * @return the export action, for a toolbar
	 * @param <T> the row type
	 */
	public static <T> ExportRowsAction attach(IWorkbenchPartSite site, RowTable<T> rows, String openLabel, Consumer<T> open,
			String csvName) {
		ExportRowsAction export = new ExportRowsAction(rows.viewer(), csvName);
		export.setImageDescriptor(
				PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(ISharedImages.IMG_ETOOL_SAVEAS_EDIT));
		IAction openAction = new Action(openLabel + "\tEnter") { //$NON-NLS-1$
			@Override
			public void run() {
				rows.selected().stream().findFirst().ifPresent(open);
			}
		};
		MenuManager menu = new MenuManager();
		menu.add(openAction);
		menu.add(new Separator());
		menu.add(new CommandContributionItem(new CommandContributionItemParameter(site, null,
				IWorkbenchCommandConstants.EDIT_COPY, CommandContributionItem.STYLE_PUSH)));
		menu.add(export);
		menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		menu.addMenuListener(m -> openAction.setEnabled(!rows.selected().isEmpty()));
		rows.viewer().getControl().setMenu(menu.createContextMenu(rows.viewer().getControl()));
		String stem = csvName.replaceFirst("\\.csv$", ""); //$NON-NLS-1$ //$NON-NLS-2$
		site.registerContextMenu(site.getId() + "." + stem, menu, rows.viewer()); //$NON-NLS-1$
		rows.onOpen(open);
		return export;
	}
}
