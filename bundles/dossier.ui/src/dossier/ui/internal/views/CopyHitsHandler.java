package dossier.ui.internal.views;

import java.util.function.Supplier;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Text;

/**
 * Edit &gt; Copy (Ctrl+C) in the Search view: the selected hits as tab-separated rows, or
 * the selected text when the cursor is in the query field.
 */
final class CopyHitsHandler extends AbstractHandler {

	private final Supplier<String> rows;

	/** @param rows the selected hits as text; empty when none is selected */
	CopyHitsHandler(Supplier<String> rows) {
		this.rows = rows;
	}

	@Override
	public Object execute(ExecutionEvent event) {
		Display display = Display.getCurrent();
		Control focus = display.getFocusControl();
		if (focus instanceof Text text) {
			text.copy();
			return null;
		}
		String text = rows.get();
		if (text.isEmpty()) {
			return null;
		}
		Clipboard clipboard = new Clipboard(display);
		try {
			clipboard.setContents(new Object[] { text }, new Transfer[] { TextTransfer.getInstance() });
		} finally {
			clipboard.dispose();
		}
		return null;
	}
}
