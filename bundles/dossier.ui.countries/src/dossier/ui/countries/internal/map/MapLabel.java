package dossier.ui.countries.internal.map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;

/** The label over the map that names a country and gives its counts, kept inside the view. */
final class MapLabel {

	private static final int PADDING = 6;

	private MapLabel() {
	}

	/**
	 * @param gc where to paint
	 * @param name the country's name, in bold
	 * @param counts its counts, below
	 * @param bold the bold font
	 * @param at where the label's top left corner should be
	 * @param area the view, which the label stays inside
	 * @param border the colour of the label's border
	 */
	static void paint(GC gc, String name, String counts, Font bold, Point at, Rectangle area, Color border) {
		Font font = gc.getFont();
		gc.setFont(bold);
		Point nameSize = gc.textExtent(name);
		gc.setFont(font);
		Point countsSize = gc.textExtent(counts);
		int width = Math.max(nameSize.x, countsSize.x) + 2 * PADDING;
		int height = nameSize.y + countsSize.y + 2 * PADDING + 2;
		int x = Math.max(2, Math.min(at.x, area.width - width - 2));
		int y = at.y + height > area.height - 2 ? at.y - height - 24 : at.y;
		y = Math.max(2, y);
		gc.setBackground(gc.getDevice().getSystemColor(SWT.COLOR_INFO_BACKGROUND));
		gc.setForeground(gc.getDevice().getSystemColor(SWT.COLOR_INFO_FOREGROUND));
		gc.fillRoundRectangle(x, y, width, height, 6, 6);
		gc.setFont(bold);
		gc.drawText(name, x + PADDING, y + PADDING, true);
		gc.setFont(font);
		gc.drawText(counts, x + PADDING, y + PADDING + nameSize.y + 2, true);
		gc.setForeground(border);
		gc.drawRoundRectangle(x, y, width, height, 6, 6);
	}
}
