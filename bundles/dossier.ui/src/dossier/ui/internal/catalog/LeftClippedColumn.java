package dossier.ui.internal.catalog;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/**
 * Draws a column's text right-aligned and, when it is too long, cut on the left, so that
 * the words next to the following column stay in view: the left context of a
 * keyword-in-context line. The text is still the item's, for Copy and accessibility.
 */
final class LeftClippedColumn {

	private static final int MARGIN = 4;

	private LeftClippedColumn() {
	}

	/** @param column the column to draw so */
	static void install(TableColumn column) {
		Table table = column.getParent();
		table.addListener(SWT.EraseItem, e -> {
			if (isIn(column, e)) {
				e.detail &= ~SWT.FOREGROUND; // the text is drawn in PaintItem
			}
		});
		table.addListener(SWT.PaintItem, e -> {
			if (isIn(column, e)) {
				paint(column, (TableItem) e.item, e);
			}
		});
	}

	private static boolean isIn(TableColumn column, Event e) {
		return e.index == column.getParent().indexOf(column);
	}

	private static void paint(TableColumn column, TableItem item, Event e) {
		String text = item.getText(e.index);
		if (text.isEmpty()) {
			return;
		}
		GC gc = e.gc;
		Rectangle cell = item.getBounds(e.index);
		Point size = gc.textExtent(text);
		int x = cell.x + cell.width - MARGIN - size.x;
		int y = cell.y + Math.max(0, (cell.height - size.y) / 2);
		Rectangle clip = gc.getClipping();
		gc.setClipping(cell.x + MARGIN, cell.y, Math.max(0, cell.width - 2 * MARGIN), cell.height);
		gc.drawText(text, x, y, true);
		gc.setClipping(clip);
	}
}
