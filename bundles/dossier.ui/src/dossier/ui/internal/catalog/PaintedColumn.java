package dossier.ui.internal.catalog;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/**
 * Draws a column's text itself: right-aligned and cut on the left when too long, so that
 * the words next to the following column stay in view (the left context of a
 * keyword-in-context line), or in a font and colour of its own (the mention), which GTK
 * does not apply to a cell once a table draws some cells itself. The text stays the
 * item's, for Copy and accessibility.
 */
final class PaintedColumn {

	private static final int MARGIN = 4;

	private PaintedColumn() {
	}

	/**
	 * @param column the column to draw
	 * @param clipLeft whether to right-align the text and cut it on the left
	 * @param font the font to draw in, or null for the table's
	 * @param colour the colour to draw in when the row is not selected, or null for the table's
	 */
	static void install(TableColumn column, boolean clipLeft, Font font, Color colour) {
		Table table = column.getParent();
		table.addListener(SWT.EraseItem, e -> {
			if (isIn(column, e)) {
				e.detail &= ~SWT.FOREGROUND; // the text is drawn in PaintItem
			}
		});
		table.addListener(SWT.PaintItem, e -> {
			if (isIn(column, e)) {
				paint((TableItem) e.item, e, clipLeft, font, colour);
			}
		});
	}

	private static boolean isIn(TableColumn column, Event e) {
		return e.index == column.getParent().indexOf(column);
	}

	private static void paint(TableItem item, Event e, boolean clipLeft, Font font, Color colour) {
		String text = item.getText(e.index);
		if (text.isEmpty()) {
			return;
		}
		GC gc = e.gc;
		if (font != null) {
			gc.setFont(font);
		}
		if (colour != null && (e.detail & SWT.SELECTED) == 0) {
			gc.setForeground(colour);
		}
		Rectangle cell = item.getBounds(e.index);
		Point size = gc.textExtent(text);
		int x = clipLeft ? cell.x + cell.width - MARGIN - size.x : cell.x + MARGIN;
		int y = cell.y + Math.max(0, (cell.height - size.y) / 2);
		Rectangle clip = gc.getClipping();
		gc.setClipping(cell.x + MARGIN, cell.y, Math.max(0, cell.width - 2 * MARGIN), cell.height);
		gc.drawText(text, x, y, true);
		gc.setClipping(clip);
	}
}
