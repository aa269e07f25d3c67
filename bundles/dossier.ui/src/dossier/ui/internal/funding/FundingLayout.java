package dossier.ui.internal.funding;

import java.util.Comparator;
import java.util.function.Consumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

import dossier.core.catalog.FundingFact;

/**
 * The Funding view's widgets: the filter row on top; below it either a message (while
 * counting, or when there is nothing to show) or the facts and, beside or below them, the
 * totals by recipient, their chart and the totals by year. Tab goes filter text, year,
 * check box, facts, recipients, years.
 */
final class FundingLayout {

	/** The least height in pixels for the totals and the chart to stand one above the other. */
	private static final int TALL = 420;
	/** The least height in pixels of a readable chart. */
	private static final int LOWEST_CHART = 160;
	/** The share in percent of the totals beside or below the facts. */
	private static final int SIDE_WEIGHT = 36;

	private final FilterRow filters;
	private final Composite pages;
	private final StackLayout stack = new StackLayout();
	private final Composite messagePage;
	private final Label message;
	private final SashForm content;
	private final SashForm side;
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
		side = new SashForm(content, SWT.VERTICAL);
		Composite recipientArea = new Composite(side, SWT.NONE);
		recipients = new TotalsTable(recipientArea, "Recipient"); //$NON-NLS-1$
		chart = new RecipientChart(side);
		Composite yearArea = new Composite(side, SWT.NONE);
		years = new TotalsTable(yearArea, "Year"); //$NON-NLS-1$
		side.setWeights(30, 45, 25);
		content.setWeights(100 - SIDE_WEIGHT, SIDE_WEIGHT);
		// the chart only shows what the recipients table lists: Tab passes it by
		side.setTabList(new Control[] { recipientArea, yearArea });
		content.addListener(SWT.Resize, e -> orient());
		showMessage(""); //$NON-NLS-1$
	}

	/**
	 * Fits the panes to the view's shape: in a wide view the totals stand beside the facts,
	 * one above the other if there is the height for it; in a tall one they lie below,
	 * side by side. Where the chart would be too low to read, it is left out.
	 */
	private void orient() {
		Point size = content.getSize();
		int facts = size.x >= size.y ? SWT.HORIZONTAL : SWT.VERTICAL;
		int totals = facts == SWT.HORIZONTAL && size.y >= TALL ? SWT.VERTICAL : SWT.HORIZONTAL;
		int sideHeight = facts == SWT.HORIZONTAL ? size.y : size.y * SIDE_WEIGHT / 100;
		if (content.getOrientation() != facts) {
			content.setOrientation(facts);
		}
		if (side.getOrientation() != totals) {
			side.setOrientation(totals);
		}
		boolean chartFits = sideHeight >= LOWEST_CHART;
		if (chart.control().getVisible() != chartFits) {
			chart.control().setVisible(chartFits);
			side.layout();
		}
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
