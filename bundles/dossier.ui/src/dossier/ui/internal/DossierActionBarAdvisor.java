package dossier.ui.internal;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ContributionItemFactory;
import org.eclipse.ui.actions.ActionFactory.IWorkbenchAction;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;

/** The menu bar: File, Window and Help, with the platform's standard actions. */
final class DossierActionBarAdvisor extends ActionBarAdvisor {

	private IWorkbenchAction close;
	private IWorkbenchAction closeAll;
	private IWorkbenchAction importWizards;
	private IWorkbenchAction quit;
	private IWorkbenchAction resetPerspective;
	private IWorkbenchAction preferences;
	private IAction about;

	DossierActionBarAdvisor(IActionBarConfigurer configurer) {
		super(configurer);
	}

	@Override
	protected void makeActions(IWorkbenchWindow window) {
		close = register(ActionFactory.CLOSE.create(window));
		closeAll = register(ActionFactory.CLOSE_ALL.create(window));
		importWizards = register(ActionFactory.IMPORT.create(window));
		quit = register(ActionFactory.QUIT.create(window));
		resetPerspective = register(ActionFactory.RESET_PERSPECTIVE.create(window));
		preferences = register(ActionFactory.PREFERENCES.create(window));
		// Dossier's own About (version and third-party licences); the platform's handler
		// for org.eclipse.ui.help.aboutAction cannot be overridden without a conflict
		about = new Action("&About Dossier") { //$NON-NLS-1$
			@Override
			public void run() {
				new AboutDossierDialog(window.getShell()).open();
			}
		};
		about.setId("dossier.ui.actions.about"); //$NON-NLS-1$
	}

	private IWorkbenchAction register(IWorkbenchAction action) {
		super.register(action);
		return action;
	}

	@Override
	protected void fillMenuBar(IMenuManager menuBar) {
		MenuManager file = new MenuManager("&File", IWorkbenchActionConstants.M_FILE); //$NON-NLS-1$
		file.add(close);
		file.add(closeAll);
		file.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		file.add(importWizards);
		file.add(new Separator());
		file.add(quit);
		MenuManager window = new MenuManager("&Window", IWorkbenchActionConstants.M_WINDOW); //$NON-NLS-1$
		MenuManager perspectives = new MenuManager("&Open Perspective"); //$NON-NLS-1$
		perspectives.add(ContributionItemFactory.PERSPECTIVES_SHORTLIST.create(getActionBarConfigurer().getWindowConfigurer().getWindow()));
		MenuManager views = new MenuManager("Show &View"); //$NON-NLS-1$
		views.add(ContributionItemFactory.VIEWS_SHORTLIST.create(getActionBarConfigurer().getWindowConfigurer().getWindow()));
		window.add(perspectives);
		window.add(views);
		window.add(new Separator());
		window.add(resetPerspective);
		window.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		window.add(preferences);
		MenuManager help = new MenuManager("&Help", IWorkbenchActionConstants.M_HELP); //$NON-NLS-1$
		help.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		help.add(about);
		menuBar.add(file);
		menuBar.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		menuBar.add(window);
		menuBar.add(help);
	}
}
