package dossier.extract.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;

import dossier.core.document.SourceDocument;
import dossier.core.entity.EntityExtractor;
import dossier.core.entity.Mention;

/**
 * Runs the contributed recognizers in order, each seeing the mentions found before it.
 * A recognizer that throws, or returns a mention outside the text, is logged once with its
 * id and disabled for the rest of the session, so that a broken plugin never stops an import.
 */
public final class DefaultEntityExtractor implements EntityExtractor {

	private static final ILog LOG = ILog.of(DefaultEntityExtractor.class);
	private List<RecognizerDescriptor> recognizers;
	private final Set<String> disabled = ConcurrentHashMap.newKeySet();

	/** For Declarative Services: the recognizers come from the extension registry. */
	public DefaultEntityExtractor() {
	}

	/** @param recognizers the recognizers to run, in order */
	public DefaultEntityExtractor(List<RecognizerDescriptor> recognizers) {
		this.recognizers = List.copyOf(recognizers);
	}

	/**
	 * Recognizers can be switched off for a session with the system property
	 * {@value #DISABLED_PROPERTY}: {@code all}, or a comma-separated list of recognizer ids
	 * (to measure extraction's cost, or to work around a faulty plugin).
	 */
	public static final String DISABLED_PROPERTY = "dossier.recognizers.disabled"; //$NON-NLS-1$

	/**
	 * The preference (instance scope, node {@value #PREFERENCE_NODE}) with the ids of the
	 * recognizers the user switched off, comma-separated; read again when it changes.
	 */
	public static final String DISABLED_PREFERENCE = "disabledRecognizers"; //$NON-NLS-1$
	/** The preference node of {@link #DISABLED_PREFERENCE}. */
	public static final String PREFERENCE_NODE = "dossier.extract"; //$NON-NLS-1$

	private boolean listening;

	private synchronized List<RecognizerDescriptor> recognizers() {
		if (recognizers == null) {
			IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode(PREFERENCE_NODE);
			if (!listening) {
				preferences.addPreferenceChangeListener(e -> {
					if (DISABLED_PREFERENCE.equals(e.getKey())) {
						reread();
					}
				});
				listening = true;
			}
			String off = System.getProperty(DISABLED_PROPERTY, "").strip(); //$NON-NLS-1$
			Set<String> switchedOff = new HashSet<>(ids(off));
			switchedOff.addAll(ids(preferences.get(DISABLED_PREFERENCE, ""))); //$NON-NLS-1$
			recognizers = RecognizerRegistry.read(RegistryFactory.getRegistry()).stream()
					.filter(d -> !off.equals("all") && !switchedOff.contains(d.id())).toList(); //$NON-NLS-1$
		}
		return recognizers;
	}

	private synchronized void reread() {
		recognizers = null;
	}

	private static List<String> ids(String list) {
		return Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList(); //$NON-NLS-1$
	}

	@Override
	public List<Mention> extract(SourceDocument document) {
		List<Mention> found = new ArrayList<>();
		for (RecognizerDescriptor descriptor : recognizers()) {
			if (disabled.contains(descriptor.id())) {
				continue;
			}
			try {
				List<Mention> mentions = descriptor.recognizer().recognize(document, List.copyOf(found));
				for (Mention mention : mentions) {
					if (mention.end() > document.text().length()) {
						throw new IllegalStateException("it returned a mention outside the text: " + mention); //$NON-NLS-1$
					}
				}
				found.addAll(mentions);
			} catch (RuntimeException | LinkageError e) {
				if (disabled.add(descriptor.id())) {
					LOG.error("Recognizer " + descriptor.id() + " failed on " + document.id() //$NON-NLS-1$ //$NON-NLS-2$
							+ " and is disabled for this session", e); //$NON-NLS-1$
				}
			}
		}
		found.sort(Comparator.comparingInt(Mention::start).thenComparingInt(Mention::end));
		return found;
	}

	/** @return the ids of the recognizers that failed and were disabled */
	public Set<String> disabled() {
		return Set.copyOf(disabled);
	}
}
