package dossier.ui.internal;

import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.service.datalocation.Location;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;

/** Starts the Dossier workbench on the workspace given by {@code -data}. */
public final class DossierApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) throws Exception {
		Display.setAppName("Dossier"); //$NON-NLS-1$
		Display display = PlatformUI.createDisplay();
		try {
			if (!lockWorkspace(display)) {
				return EXIT_OK;
			}
			int code = PlatformUI.createAndRunWorkbench(display, new DossierWorkbenchAdvisor());
			return code == PlatformUI.RETURN_RESTART ? EXIT_RESTART : EXIT_OK;
		} finally {
			display.dispose();
			Location instance = Platform.getInstanceLocation();
			if (instance != null && instance.isLocked()) {
				instance.release();
			}
		}
	}

	/** Two Dossiers writing one index would corrupt it: the second one says so and stops. */
	private static boolean lockWorkspace(Display display) throws Exception {
		Location instance = Platform.getInstanceLocation();
		if (instance == null || !instance.isSet()) {
			return true;
		}
		if (instance.isLocked() || instance.lock()) {
			return true;
		}
		MessageDialog.openError(null, "Dossier", //$NON-NLS-1$
				"Another Dossier is already using the workspace " + instance.getURL().getFile() //$NON-NLS-1$
						+ ". Close it first, or start Dossier with -data and another folder."); //$NON-NLS-1$
		return false;
	}

	@Override
	public void stop() {
		if (!PlatformUI.isWorkbenchRunning()) {
			return;
		}
		Display display = PlatformUI.getWorkbench().getDisplay();
		display.syncExec(() -> {
			if (!display.isDisposed()) {
				PlatformUI.getWorkbench().close();
			}
		});
	}
}
