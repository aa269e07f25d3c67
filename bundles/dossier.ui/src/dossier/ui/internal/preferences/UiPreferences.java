package dossier.ui.internal.preferences;

import java.util.Map;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.preference.PreferenceConverter;
import org.eclipse.jface.resource.ColorRegistry;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

import dossier.core.entity.EntityKinds;

/**
 * The workbench's preferences (instance scope, node {@code dossier.ui}) and their
 * defaults: the colour of each entity kind's mentions.
 */
public final class UiPreferences extends AbstractPreferenceInitializer {

	private static final String NODE = "dossier.ui"; //$NON-NLS-1$
	private static final String COLOUR_PREFIX = "colour."; //$NON-NLS-1$
	/** Dark colours that read well as text on white and tell the four kinds apart. */
	private static final Map<String, RGB> DEFAULT_COLOURS = Map.of(EntityKinds.AGENCY, new RGB(0, 0, 160),
			EntityKinds.OPERATION, new RGB(140, 0, 140), EntityKinds.FUNDING, new RGB(0, 120, 0), EntityKinds.COUNTRY,
			new RGB(170, 0, 0));
	private static final RGB OTHER_KIND = new RGB(0, 120, 140);
	private static ScopedPreferenceStore store;

	/** @return the preference store of the workbench */
	public static synchronized IPreferenceStore store() {
		if (store == null) {
			store = new ScopedPreferenceStore(InstanceScope.INSTANCE, NODE);
			new UiPreferences().initializeDefaultPreferences();
		}
		return store;
	}

	@Override
	public void initializeDefaultPreferences() {
		IPreferenceStore s = store();
		DEFAULT_COLOURS.forEach((kind, rgb) -> PreferenceConverter.setDefault(s, colourKey(kind), rgb));
	}

	/**
	 * @param kind an entity kind
	 * @return the preference holding the colour of its mentions
	 */
	public static String colourKey(String kind) {
		return COLOUR_PREFIX + kind;
	}

	/**
	 * @param kind an entity kind
	 * @return the colour its mentions are shown in, as the user set it; shared, not to be disposed
	 */
	public static Color colour(String kind) {
		IPreferenceStore s = store();
		RGB rgb = s.contains(colourKey(kind)) || DEFAULT_COLOURS.containsKey(kind)
				? PreferenceConverter.getColor(s, colourKey(kind))
				: OTHER_KIND;
		ColorRegistry registry = JFaceResources.getColorRegistry();
		String key = "dossier.ui." + colourKey(kind) + '.' + rgb; //$NON-NLS-1$
		if (!registry.hasValueFor(key)) {
			registry.put(key, rgb);
		}
		return registry.get(key);
	}
}
