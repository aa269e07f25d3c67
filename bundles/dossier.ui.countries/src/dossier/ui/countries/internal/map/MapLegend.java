package dossier.ui.countries.internal.map;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;

/**
 * The map's legend, in its lower left corner: a swatch and the range of mentions of each
 * class of the choropleth, most at the top, and the colour of the countries the collection
 * does not mention. In a view too low for that column, the legend is one line along the
 * bottom.
 */
final class MapLegend {

	private static final String TITLE = "Mentions (log scale)"; //$NON-NLS-1$
	private static final int MARGIN = 10;
	private static final int PADDING = 8;
	private static final int SWATCH_WIDTH = 18;
	private static final int GAP = 6;

	private MapLegend() {
	}

	/**
	 * @param gc where to paint
	 * @param classes the choropleth's classes
	 * @param none the colour of countries without mentions
	 * @param border the colour of the swatches' borders
	 * @param bold the font of the title
	 * @param height the view's height
	 */
	static void paint(GC gc, Choropleth classes, Color none, Color border, Font bold, int height) {
		List<Color> swatches = new ArrayList<>();
		List<String> labels = new ArrayList<>();
		for (int i = classes.size() - 1; i >= 0; i--) { // most mentions first, as the eye reads a scale
			swatches.add(new Color(classes.colour(i)));
			labels.add(classes.label(i));
		}
		swatches.add(none);
		labels.add("not mentioned"); //$NON-NLS-1$
		Font font = gc.getFont();
		gc.setFont(bold);
		Point title = gc.textExtent(TITLE);
		gc.setFont(font);
		int lineHeight = Math.max(gc.getFontMetrics().getHeight(), 12) + 2;
		int column = title.y + 4 + labels.size() * lineHeight + 2 * PADDING;
		if (column + 2 * MARGIN <= height) {
			int labelWidth = labels.stream().mapToInt(l -> gc.textExtent(l).x).max().orElse(0);
			int width = Math.max(title.x, SWATCH_WIDTH + GAP + labelWidth) + 2 * PADDING;
			int x = MARGIN;
			int y = height - MARGIN - column;
			box(gc, x, y, width, column, border);
			gc.setFont(bold);
			gc.drawText(TITLE, x + PADDING, y + PADDING, true);
			gc.setFont(font);
			int rowY = y + PADDING + title.y + 4;
			for (int i = 0; i < labels.size(); i++) {
				row(gc, swatches.get(i), border, labels.get(i), x + PADDING, rowY, lineHeight);
				rowY += lineHeight;
			}
		} else {
			// one line: the title, then each swatch with its range
			int width = title.x + GAP + 2 * PADDING;
			for (String label : labels) {
				width += SWATCH_WIDTH + GAP + gc.textExtent(label).x + 2 * GAP;
			}
			int boxHeight = lineHeight + PADDING;
			int x = MARGIN / 2;
			int y = height - MARGIN / 2 - boxHeight;
			box(gc, x, y, width, boxHeight, border);
			gc.setFont(bold);
			gc.drawText(TITLE, x + PADDING, y + (boxHeight - title.y) / 2, true);
			gc.setFont(font);
			int rowX = x + PADDING + title.x + GAP;
			for (int i = 0; i < labels.size(); i++) {
				row(gc, swatches.get(i), border, labels.get(i), rowX, y + PADDING / 2, lineHeight);
				rowX += SWATCH_WIDTH + GAP + gc.textExtent(labels.get(i)).x + 2 * GAP;
			}
		}
	}

	private static void box(GC gc, int x, int y, int width, int height, Color border) {
		gc.setAlpha(225);
		gc.setBackground(gc.getDevice().getSystemColor(SWT.COLOR_WHITE));
		gc.fillRoundRectangle(x, y, width, height, 6, 6);
		gc.setAlpha(255);
		gc.setForeground(border);
		gc.drawRoundRectangle(x, y, width, height, 6, 6);
		gc.setForeground(gc.getDevice().getSystemColor(SWT.COLOR_BLACK));
	}

	private static void row(GC gc, Color swatch, Color border, String label, int x, int y, int lineHeight) {
		int swatchHeight = lineHeight - 6;
		gc.setBackground(swatch);
		gc.fillRectangle(x, y + 3, SWATCH_WIDTH, swatchHeight);
		gc.setForeground(border);
		gc.drawRectangle(x, y + 3, SWATCH_WIDTH, swatchHeight);
		gc.setForeground(gc.getDevice().getSystemColor(SWT.COLOR_BLACK));
		int textY = y + (lineHeight - gc.textExtent(label).y) / 2;
		gc.drawText(label, x + SWATCH_WIDTH + GAP, textY, true);
	}
}
