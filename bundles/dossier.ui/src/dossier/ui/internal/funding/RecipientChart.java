package dossier.ui.internal.funding;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.IBarSeries;
import org.eclipse.swtchart.IBarSeries.BarWidthStyle;
import org.eclipse.swtchart.ISeries.SeriesType;

import dossier.ui.internal.funding.FundingTotals.Total;

/**
 * A bar chart (Eclipse SWTChart) of the pounds the top recipients receive among the facts
 * shown, largest at the top, in millions: at most {@link #TOP}, fewer when the chart is
 * too low for their names.
 */
final class RecipientChart {

	/** How many recipients the chart shows at most. */
	static final int TOP = 15;
	private static final int LONGEST_NAME = 28;
	private static final String SERIES = "pounds"; //$NON-NLS-1$

	private final Chart chart;
	private final int lineHeight;
	private List<Total> totals = List.of();
	private List<Total> shown = List.of();

	RecipientChart(Composite parent) {
		chart = new Chart(parent, SWT.NONE);
		chart.setOrientation(SWT.VERTICAL); // horizontal bars: the names are long
		Color text = chart.getDisplay().getSystemColor(SWT.COLOR_WIDGET_FOREGROUND);
		chart.getTitle().setText("Top recipients, £ million"); //$NON-NLS-1$
		chart.getTitle().setForeground(text);
		chart.getLegend().setVisible(false);
		IAxis names = chart.getAxisSet().getXAxis(0);
		names.getTitle().setVisible(false);
		names.getTick().setForeground(text);
		names.enableCategory(true);
		names.setReversed(true); // the first (largest) at the top
		IAxis pounds = chart.getAxisSet().getYAxis(0);
		pounds.getTitle().setText("£m"); //$NON-NLS-1$
		pounds.getTitle().setForeground(text);
		pounds.getTick().setForeground(text);
		GC gc = new GC(chart);
		try {
			lineHeight = gc.getFontMetrics().getHeight();
		} finally {
			gc.dispose();
		}
		IBarSeries<?> bars = (IBarSeries<?>) chart.getSeriesSet().createSeries(SeriesType.BAR, SERIES);
		bars.setBarColor(new Color(70, 130, 180));
		// a bar as thick as a line of its name, however few recipients there are
		bars.setBarWidthStyle(BarWidthStyle.FIXED);
		bars.setBarWidth(lineHeight);
		chart.addListener(SWT.Resize, e -> draw());
		draw();
	}

	/**
	 * Draws the recipients with the most pounds.
	 *
	 * @param newTotals totals by recipient, the overall row first, most pounds next
	 */
	void show(List<Total> newTotals) {
		totals = newTotals;
		draw();
	}

	private void draw() {
		int room = Math.max(3, (chart.getClientArea().height - 6 * lineHeight) / (lineHeight + 2));
		shown = totals.stream().filter(t -> !t.isOverall() && !t.key().isEmpty() && t.pounds().signum() > 0)
				.limit(Math.min(TOP, room)).toList();
		IBarSeries<?> bars = (IBarSeries<?>) chart.getSeriesSet().getSeries(SERIES);
		IAxis names = chart.getAxisSet().getXAxis(0);
		if (shown.isEmpty()) {
			names.setCategorySeries(new String[] { "" }); //$NON-NLS-1$
			bars.setYSeries(new double[] { 0 });
		} else {
			names.setCategorySeries(shown.stream().map(RecipientChart::name).toArray(String[]::new));
			bars.setYSeries(shown.stream().mapToDouble(t -> AmountFormat.millions(t.pounds())).toArray());
		}
		chart.getAxisSet().adjustRange();
		chart.redraw();
	}

	/** The recipient's name, else its id when that is shorter, cut if still too long. */
	private static String name(Total total) {
		String name = total.label().length() > LONGEST_NAME && total.key().length() < total.label().length()
				? total.key()
				: total.label();
		return name.length() > LONGEST_NAME ? name.substring(0, LONGEST_NAME - 1) + '\u2026' : name;
	}

	Chart control() {
		return chart;
	}

	/** @return the recipients drawn, largest first */
	List<Total> shown() {
		return shown;
	}
}
