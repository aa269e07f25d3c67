package dossier.ui.internal.preferences;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.osgi.service.prefs.BackingStoreException;

/**
 * Window &gt; Preferences &gt; Dossier &gt; Recognizers: which entity recognizers run during
 * import, the built-in ones and those of plugins. Stored where the extractor reads it
 * (node {@code dossier.extract}, key {@code disabledRecognizers}).
 */
public final class RecognizersPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

	private static final String EXTENSION_POINT = "dossier.core.recognizers"; //$NON-NLS-1$
	private static final String NODE = "dossier.extract"; //$NON-NLS-1$
	private static final String KEY = "disabledRecognizers"; //$NON-NLS-1$

	/** A recognizer as declared. */
	record Declared(String id, String name, String kinds) {
	}

	private CheckboxTableViewer viewer;

	@Override
	public void init(IWorkbench workbench) {
		setDescription("Recognizers find entities while documents are imported. Changes apply to documents imported" //$NON-NLS-1$
				+ " from now on; import a file again to apply them to it."); //$NON-NLS-1$
	}

	@Override
	protected Control createContents(Composite parent) {
		Composite area = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(area);
		new Label(area, SWT.NONE).setText("&Recognizers to run:"); //$NON-NLS-1$
		viewer = CheckboxTableViewer.newCheckList(area, SWT.BORDER | SWT.FULL_SELECTION);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				Declared d = (Declared) element;
				return d.name() + "  (" + d.kinds() + ")"; //$NON-NLS-1$ //$NON-NLS-2$
			}
		});
		List<Declared> declared = declared();
		viewer.setInput(declared);
		Set<String> off = disabled(node().get(KEY, "")); //$NON-NLS-1$
		viewer.setCheckedElements(declared.stream().filter(d -> !off.contains(d.id())).toArray());
		GridDataFactory.fillDefaults().grab(true, true).hint(400, 160).applyTo(viewer.getControl());
		return area;
	}

	static List<Declared> declared() {
		return Arrays.stream(RegistryFactory.getRegistry().getConfigurationElementsFor(EXTENSION_POINT))
				.filter(e -> "recognizer".equals(e.getName())) //$NON-NLS-1$
				.map(RecognizersPreferencePage::declared).toList();
	}

	private static Declared declared(IConfigurationElement e) {
		String name = e.getAttribute("name"); //$NON-NLS-1$
		return new Declared(e.getAttribute("id"), name == null ? e.getAttribute("id") : name, e.getAttribute("kinds")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	static Set<String> disabled(String value) {
		return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()) //$NON-NLS-1$
				.collect(Collectors.toCollection(HashSet::new));
	}

	private static IEclipsePreferences node() {
		return InstanceScope.INSTANCE.getNode(NODE);
	}

	@Override
	protected void performDefaults() {
		viewer.setAllChecked(true);
		super.performDefaults();
	}

	@Override
	public boolean performOk() {
		Set<Object> on = Set.of(viewer.getCheckedElements());
		String off = declared().stream().filter(d -> !on.contains(d)).map(Declared::id).collect(Collectors.joining(",")); //$NON-NLS-1$
		IEclipsePreferences node = node();
		if (off.isEmpty()) {
			node.remove(KEY);
		} else {
			node.put(KEY, off);
		}
		try {
			node.flush();
		} catch (BackingStoreException e) {
			setErrorMessage("Could not save the recognizer settings: " + e.getMessage()); //$NON-NLS-1$
			return false;
		}
		return true;
	}
}
