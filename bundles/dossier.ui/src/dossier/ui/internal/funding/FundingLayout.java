package dossier.ui.internal.funding;

import java.util.Comparator;
import java.util.function.Consumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

import dossier.core.catalog.FundingFact;

/**
 * The Funding view's widgets: the filter row on top; below it either a message (while
 * counting, or when there is nothing to show) or the facts on the left and, on the right,
 * the totals by recipient, their chart and the totals by year. Tab goes filter text, year,
 * check box, facts, recipients, years.
 */
final class FundingLayout {

	private final FilterRow filters;
	private final Composite pages;
	private final StackLayout stack = new StackLayout();
	private final Composite messagePage;
	private final Label message;
	private final SashForm content;
	private final FundingTable facts;
	private final TotalsTable recipients;
	private final RecipientChart chart;
	private final TotalsTable years;

	FundingLayout(Composite parent, Runnable filtersChanged, Consumer<Comparator<FundingFact>> sortRequest) {
		GridLayoutFactory.fillDefaults().spacing(0, 0).applyTo(parent);
		filters = new FilterRow(parent, filtersChanged, this::enterFacts);
		pages = new Composite(parent, SWT.NONE);
		pages.setLayout(stack);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(pages);

		messagePage = new Composite(pages, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(12, 12).applyTo(messagePage);
		message = new Label(messagePage, SWT.WRAP | SWT.CENTER);
		GridDataFactory.fillDefaults().grab(true, true).align(SWT.FILL, SWT.CENTER).applyTo(message);

		content = new SashForm(pages, SWT.HORIZONTAL);
		facts = new FundingTable(new Composite(content, SWT.NONE), sortRequest);
		SashForm side = new SashForm(content, SWT.VERTICAL);
		Composite recipientArea = new Composite(side, SWT.NONE);
		recipients = new TotalsTable(recipientArea, "Recipient"); //$NON-NLS-1$
		chart = new RecipientChart(side);
		Composite yearArea = new Composite(side, SWT.NONE);
		years = new TotalsTable(yearArea, "Year"); //$NON-NLS-1$
		side.setWeights(30, 45, 25);
		content.setWeights(64, 36);
		// the chart only shows what the recipients table lists: Tab passes it by
		side.setTabList(new Control[] { recipientArea, yearArea });
		showMessage(""); //$NON-NLS-1$
	}

	/** @param text the message to show instead of the facts */
	void showMessage(String text) {
		message.setText(text);
		show(messagePage);
	}

	/** Shows the facts and totals instead of a message. */
	void showContent() {
		show(content);
	}

	/** Shows one page, at once: the stack's layout may be deferred while the part is being built. */
	private void show(Control page) {
		stack.topControl = page;
		messagePage.setVisible(page == messagePage);
		content.setVisible(page == content);
		pages.layout(true, true);
	}

	/** @return the message shown, or the empty string when the facts are */
	String messageText() {
		return stack.topControl == messagePage ? message.getText() : ""; //$NON-NLS-1$
	}

	/** From the filter text to the first fact, for Enter and the down arrow. */
	private void enterFacts() {
		if (stack.topControl == content && facts.viewer().getTable().getItemCount() > 0) {
			facts.viewer().getTable().setFocus();
			if (facts.viewer().getTable().getSelectionCount() == 0) {
				facts.select(0);
			}
		}
	}

	FilterRow filters() {
		return filters;
	}

	FundingTable facts() {
		return facts;
	}

	TotalsTable recipients() {
		return recipients;
	}

	RecipientChart chart() {
		return chart;
	}

	TotalsTable years() {
		return years;
	}
}
