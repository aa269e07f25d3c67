package dossier.ui.internal.views;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import dossier.core.index.SearchResult;

/**
 * The line under the query: what the search found, which hits the page shows
 * ("101–200 of 4,060") and Previous/Next buttons that move a page at a time.
 */
final class StatusBar {

	private final Label status;
	private final Label page;
	private final Button previous;
	private final Button next;

	StatusBar(Composite parent, Runnable onPrevious, Runnable onNext) {
		Composite bar = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(4).spacing(6, 0).applyTo(bar);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
		status = new Label(bar, SWT.WRAP);
		// a small width hint lets long messages wrap instead of widening the view
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).hint(100, SWT.DEFAULT).applyTo(status);
		page = new Label(bar, SWT.NONE);
		GridDataFactory.fillDefaults().align(SWT.END, SWT.CENTER).applyTo(page);
		previous = new Button(bar, SWT.PUSH);
		previous.setText("\u25c0 Previous"); //$NON-NLS-1$
		previous.addListener(SWT.Selection, e -> onPrevious.run());
		next = new Button(bar, SWT.PUSH);
		next.setText("Next \u25b6"); //$NON-NLS-1$
		next.addListener(SWT.Selection, e -> onNext.run());
		clearPage();
	}

	/** @param text what is going on, e.g. "Searching…" or an error; the page is cleared */
	void showMessage(String text) {
		status.setText(text);
		clearPage();
	}

	/** @param result a search's answer: summary, page range, and which way one can page */
	void show(SearchResult result) {
		status.setText(summary(result));
		page.setText(pageText(result));
		int offset = result.request().offset();
		previous.setEnabled(offset > 0);
		next.setEnabled(offset + result.hits().size() < result.totalHits());
		relayout();
	}

	private void clearPage() {
		page.setText(""); //$NON-NLS-1$
		previous.setEnabled(false);
		next.setEnabled(false);
		relayout();
	}

	private void relayout() {
		status.getParent().getParent().layout(true, true);
	}

	/**
	 * @return "N documents in the collection" for a blank query without filters, else
	 *         "N documents match Q" (Q: the query, or "the filters")
	 */
	static String summary(SearchResult result) {
		long total = result.totalHits();
		String documents = total == 1 ? "1 document" : String.format("%,d documents", total); //$NON-NLS-1$ //$NON-NLS-2$
		boolean filtered = !result.request().filters().isEmpty();
		if (result.query().isEmpty()) {
			return documents + (filtered ? " match the filters" : " in the collection"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return documents + " match " + result.query() + (filtered ? " and the filters" : ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/** @return "1–100 of 4,060", or empty when there is no hit */
	static String pageText(SearchResult result) {
		if (result.hits().isEmpty()) {
			return ""; //$NON-NLS-1$
		}
		long first = result.request().offset() + 1L;
		long last = result.request().offset() + (long) result.hits().size();
		return String.format("%,d\u2013%,d of %,d", first, last, result.totalHits()); //$NON-NLS-1$
	}

	String statusText() {
		return status.getText();
	}

	String pageText() {
		return page.getText();
	}

	Button previousButton() {
		return previous;
	}

	Button nextButton() {
		return next;
	}
}
