package dossier.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;

/** Opens Dossier's About dialog in place of the platform's. */
public final class AboutHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		new AboutDossierDialog(HandlerUtil.getActiveShell(event)).open();
		return null;
	}
}
