package dossier.ui.internal.editors;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Display;

import dossier.core.entity.Mention;
import dossier.ui.internal.preferences.UiPreferences;

/** How entity mentions look in the document viewer: coloured by kind and underlined. */
public final class MentionStyles {

	private MentionStyles() {
	}

	/**
	 * @param mentions a document's mentions, in text order
	 * @param display the display whose system colours to use
	 * @return style ranges for them, not overlapping (a mention inside an earlier one is left unstyled)
	 */
	public static List<StyleRange> ranges(List<Mention> mentions, Display display) {
		List<StyleRange> ranges = new ArrayList<>();
		int covered = 0;
		for (Mention mention : mentions) {
			if (mention.start() < covered) {
				continue;
			}
			StyleRange range = new StyleRange();
			range.start = mention.start();
			range.length = mention.end() - mention.start();
			range.foreground = colour(mention.kind(), display);
			range.underline = true;
			range.underlineStyle = SWT.UNDERLINE_SINGLE;
			ranges.add(range);
			covered = mention.end();
		}
		return ranges;
	}

	/**
	 * @param kind an entity kind
	 * @param display the display the colour is for
	 * @return the colour its mentions are shown in, as the preferences set it
	 */
	public static Color colour(String kind, Display display) {
		return UiPreferences.colour(kind);
	}

	/**
	 * @param mentions a document's mentions
	 * @param offset a character offset
	 * @return the mention at that offset, if any
	 */
	public static Optional<Mention> at(List<Mention> mentions, int offset) {
		return mentions.stream().filter(m -> m.start() <= offset && offset < m.end()).findFirst();
	}

	/**
	 * @param mention a mention
	 * @return what a hover says of it: kind, canonical entity and its facts
	 */
	public static String describe(Mention mention) {
		StringBuilder text = new StringBuilder(mention.kind()).append(": ").append(mention.entityName()); //$NON-NLS-1$
		if (!mention.entityName().equals(mention.entityId())) {
			text.append(" (").append(mention.entityId()).append(')'); //$NON-NLS-1$
		}
		mention.attributes().forEach((k, v) -> text.append('\n').append(k).append(": ").append(v)); //$NON-NLS-1$
		return text.toString();
	}
}
