package dossier.ui.internal.tables;

import java.util.function.Supplier;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.IWorkbenchPartSite;
import org.eclipse.ui.handlers.IHandlerService;

/**
 * Edit &gt; Copy (Ctrl+C) in a view with a table: the selected rows as tab-separated text,
 * or the selected text when the cursor is in a text field (such as the filter box).
 */
public final class CopyRowsHandler extends AbstractHandler {

	private final Supplier<TableViewer> viewer;

	private CopyRowsHandler(Supplier<TableViewer> viewer) {
		this.viewer = viewer;
	}

	/**
	 * Makes Edit &gt; Copy copy the table's selected rows while the part is active.
	 *
	 * @param site the part's site
	 * @param viewer its table
	 */
	public static void activate(IWorkbenchPartSite site, TableViewer viewer) {
		activate(site, () -> viewer);
	}

	/**
	 * Makes Edit &gt; Copy copy the selected rows of one of the part's tables (such as the
	 * one that last had the focus) while the part is active.
	 *
	 * @param site the part's site
	 * @param viewer gives the table to copy from, or {@code null} for none
	 */
	public static void activate(IWorkbenchPartSite site, Supplier<TableViewer> viewer) {
		site.getService(IHandlerService.class).activateHandler(IWorkbenchCommandConstants.EDIT_COPY,
				new CopyRowsHandler(viewer));
	}

	@Override
	public Object execute(ExecutionEvent event) {
		Display display = Display.getCurrent();
		Control focus = display.getFocusControl();
		if (focus instanceof Text text) {
			text.copy();
			return null;
		}
		TableViewer table = viewer.get();
		String rows = table == null || table.getControl().isDisposed() ? "" : TableRows.selectedAsText(table); //$NON-NLS-1$
		if (!rows.isEmpty()) {
			Clipboard clipboard = new Clipboard(display);
			try {
				clipboard.setContents(new Object[] { rows }, new Transfer[] { TextTransfer.getInstance() });
			} finally {
				clipboard.dispose();
			}
		}
		return null;
	}
}
