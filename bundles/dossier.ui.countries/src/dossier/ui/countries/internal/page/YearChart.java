package dossier.ui.countries.internal.page;

import java.util.SortedMap;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.IBarSeries;
import org.eclipse.swtchart.ISeries.SeriesType;

import dossier.countries.CountryBrief;

/**
 * A bar chart (Eclipse SWTChart) of a country's mentions per year, with the documents that
 * mention it beside them, every year from the first to the last so that gaps show. The
 * mentions are those of the passages the page lists (the newest 500 at most; the title says
 * so when there are more); documents are all counted.
 */
final class YearChart {

	private static final String MENTIONS = "Mentions"; //$NON-NLS-1$
	private static final String DOCUMENTS = "Documents"; //$NON-NLS-1$

	private final Chart chart;
	private String[] years = new String[0];
	private double[] mentions = new double[0];

	/** @param parent where to create it */
	YearChart(Composite parent) {
		chart = new Chart(parent, SWT.NONE);
		Color text = chart.getDisplay().getSystemColor(SWT.COLOR_WIDGET_FOREGROUND);
		chart.getTitle().setText("Mentions per year"); //$NON-NLS-1$
		chart.getTitle().setForeground(text);
		chart.getLegend().setPosition(SWT.BOTTOM);
		IAxis x = chart.getAxisSet().getXAxis(0);
		x.getTitle().setVisible(false);
		x.getTick().setForeground(text);
		x.enableCategory(true);
		IAxis y = chart.getAxisSet().getYAxis(0);
		y.getTitle().setVisible(false);
		y.getTick().setForeground(text);
		IBarSeries<?> bars = (IBarSeries<?>) chart.getSeriesSet().createSeries(SeriesType.BAR, MENTIONS);
		bars.setBarColor(new Color(0xe3, 0x4a, 0x33));
		IBarSeries<?> documents = (IBarSeries<?>) chart.getSeriesSet().createSeries(SeriesType.BAR, DOCUMENTS);
		documents.setBarColor(new Color(0xfd, 0xbb, 0x84));
		show(null);
	}

	/** @param brief the country's brief, or null to show an empty chart */
	void show(CountryBrief brief) {
		SortedMap<Integer, Integer> perYear = brief == null ? null : brief.mentionsPerYear();
		SortedMap<Integer, Integer> documentsPerYear = brief == null ? null : brief.documentsPerYear();
		IBarSeries<?> bars = (IBarSeries<?>) chart.getSeriesSet().getSeries(MENTIONS);
		IBarSeries<?> documents = (IBarSeries<?>) chart.getSeriesSet().getSeries(DOCUMENTS);
		if (perYear == null || (perYear.isEmpty() && documentsPerYear.isEmpty())) {
			years = new String[] { "" }; //$NON-NLS-1$
			mentions = new double[] { 0 };
			chart.getAxisSet().getXAxis(0).setCategorySeries(years);
			bars.setYSeries(mentions);
			documents.setYSeries(new double[] { 0 });
		} else {
			int first = Math.min(firstKey(perYear), firstKey(documentsPerYear));
			int last = Math.max(lastKey(perYear), lastKey(documentsPerYear));
			years = new String[last - first + 1];
			mentions = new double[years.length];
			double[] docs = new double[years.length];
			for (int year = first; year <= last; year++) {
				years[year - first] = Integer.toString(year);
				mentions[year - first] = perYear.getOrDefault(year, 0);
				docs[year - first] = documentsPerYear.getOrDefault(year, 0);
			}
			chart.getAxisSet().getXAxis(0).setCategorySeries(years);
			bars.setYSeries(mentions);
			documents.setYSeries(docs);
		}
		chart.getTitle().setText(brief != null && !brief.allPassages()
				? "Mentions per year (the newest " + brief.passages().size() + ")" //$NON-NLS-1$ //$NON-NLS-2$
				: "Mentions per year"); //$NON-NLS-1$
		chart.getAxisSet().adjustRange();
		chart.redraw();
	}

	private static int firstKey(SortedMap<Integer, Integer> map) {
		return map.isEmpty() ? Integer.MAX_VALUE : map.firstKey();
	}

	private static int lastKey(SortedMap<Integer, Integer> map) {
		return map.isEmpty() ? Integer.MIN_VALUE : map.lastKey();
	}

	/** @return the years on the axis, for tests */
	String[] years() {
		return years.clone();
	}

	/** @return the mentions of each year on the axis, for tests */
	double[] mentions() {
		return mentions.clone();
	}

	/** @return the chart */
	Chart control() {
		return chart;
	}
}
