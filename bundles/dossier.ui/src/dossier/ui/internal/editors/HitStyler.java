package dossier.ui.internal.editors;

import org.eclipse.jface.viewers.StyledString.Styler;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.TextStyle;
import org.eclipse.swt.widgets.Display;

/** How a query hit looks wherever text is shown: black on a marker yellow. */
public final class HitStyler extends Styler {

	/** The one styler. */
	public static final HitStyler INSTANCE = new HitStyler();

	private HitStyler() {
	}

	@Override
	public void applyStyles(TextStyle style) {
		Display display = Display.getCurrent();
		style.background = background(display);
		style.foreground = display.getSystemColor(SWT.COLOR_BLACK);
	}

	/**
	 * @param offset first character
	 * @param length number of characters
	 * @return a style range marking a hit
	 */
	static StyleRange range(int offset, int length) {
		StyleRange range = new StyleRange();
		range.start = offset;
		range.length = length;
		INSTANCE.applyStyles(range);
		range.fontStyle = SWT.BOLD;
		return range;
	}

	private static Color background(Display display) {
		// a system colour needs no disposal; SWT's yellow is too loud for reading
		Color marker = display.getSystemColor(SWT.COLOR_INFO_BACKGROUND);
		return marker.getRed() > 200 && marker.getGreen() > 200 && marker.getBlue() < 235 ? marker
				: display.getSystemColor(SWT.COLOR_YELLOW);
	}
}
