package dossier.ui.internal.preferences;

import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.preference.ColorFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.service.datalocation.Location;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.osgi.framework.Bundle;

import dossier.core.entity.EntityKinds;

/**
 * Window &gt; Preferences &gt; Dossier: where the collection lives (the workspace, chosen at
 * launch with {@code --workspace}, and the index folder in it), and the colour of each
 * entity kind in the document viewer.
 */
public final class DossierPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

	/** The page's id, as in plugin.xml. */
	public static final String ID = "dossier.ui.preferences.dossier"; //$NON-NLS-1$

	/** Creates the page. */
	public DossierPreferencePage() {
		super(GRID);
		setDescription("Where Dossier keeps the collection, and how the document viewer marks entities."); //$NON-NLS-1$
	}

	@Override
	public void init(IWorkbench workbench) {
		setPreferenceStore(UiPreferences.store());
	}

	@Override
	protected void createFieldEditors() {
		Composite parent = getFieldEditorParent();
		folder(parent, "&Workspace:", workspace(), //$NON-NLS-1$
				"Chosen when Dossier starts: dossier --workspace FOLDER (or -data FOLDER)."); //$NON-NLS-1$
		folder(parent, "&Index folder:", indexFolder(), //$NON-NLS-1$
				"The Lucene index of the collection, inside the workspace. Back it up with the workspace."); //$NON-NLS-1$
		Label colours = new Label(parent, SWT.NONE);
		colours.setText("Colours of entity mentions in the document viewer:"); //$NON-NLS-1$
		GridDataFactory.fillDefaults().span(2, 1).indent(0, 12).applyTo(colours);
		addField(new ColorFieldEditor(UiPreferences.colourKey(EntityKinds.AGENCY), "&Agencies:", parent)); //$NON-NLS-1$
		addField(new ColorFieldEditor(UiPreferences.colourKey(EntityKinds.OPERATION), "&Operations:", parent)); //$NON-NLS-1$
		addField(new ColorFieldEditor(UiPreferences.colourKey(EntityKinds.FUNDING), "&Funding:", parent)); //$NON-NLS-1$
		addField(new ColorFieldEditor(UiPreferences.colourKey(EntityKinds.COUNTRY), "&Countries:", parent)); //$NON-NLS-1$
	}

	private static void folder(Composite parent, String label, String path, String tip) {
		new Label(parent, SWT.NONE).setText(label);
		Text text = new Text(parent, SWT.READ_ONLY | SWT.BORDER);
		text.setText(path);
		text.setToolTipText(tip);
		GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(text);
	}

	/** @return the workspace folder, or a note that there is none */
	static String workspace() {
		Location location = Platform.getInstanceLocation();
		return location == null || location.getURL() == null ? "(none)" : location.getURL().getPath(); //$NON-NLS-1$
	}

	/** @return the index folder: the index bundle's state location in the workspace */
	static String indexFolder() {
		Bundle index = Platform.getBundle("dossier.index"); //$NON-NLS-1$
		if (index == null || Platform.getInstanceLocation() == null) {
			return "(none)"; //$NON-NLS-1$
		}
		IPath state = Platform.getStateLocation(index);
		return state.append("index").toOSString(); //$NON-NLS-1$
	}
}
