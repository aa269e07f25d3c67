package dossier.ui.internal.views;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/** Shows the Search view and puts the cursor in its query field (Ctrl+Alt+F). */
public final class FocusSearchHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
		try {
			SearchView view = (SearchView) window.getActivePage().showView(SearchView.ID);
			view.focusQuery();
		} catch (PartInitException e) {
			throw new ExecutionException("Cannot open the Search view", e); //$NON-NLS-1$
		}
		return null;
	}
}
