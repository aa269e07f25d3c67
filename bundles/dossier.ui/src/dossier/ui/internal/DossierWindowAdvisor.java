package dossier.ui.internal;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/** Shapes the main window: its title, size, status line and progress area. */
final class DossierWindowAdvisor extends WorkbenchWindowAdvisor {

	DossierWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		super(configurer);
	}

	@Override
	public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer configurer) {
		return new DossierActionBarAdvisor(configurer);
	}

	/**
	 * @return most of the screen on a first start (the list views, a document and the funding
	 *         table want room), at least 1280x800; later starts restore the size the user left
	 */
	private static Point initialSize() {
		Rectangle screen = Display.getDefault().getPrimaryMonitor().getClientArea();
		return new Point(Math.max(1280, screen.width * 9 / 10), Math.max(800, screen.height * 9 / 10));
	}

	@Override
	public void preWindowOpen() {
		IWorkbenchWindowConfigurer configurer = getWindowConfigurer();
		configurer.setInitialSize(initialSize());
		configurer.setShowCoolBar(false);
		configurer.setShowStatusLine(true);
		configurer.setShowProgressIndicator(true);
		configurer.setShowPerspectiveBar(true);
		configurer.setTitle("Dossier"); //$NON-NLS-1$
	}
}
