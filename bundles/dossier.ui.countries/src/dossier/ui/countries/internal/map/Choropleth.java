package dossier.ui.countries.internal.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.swt.graphics.RGB;

/**
 * The classes a choropleth puts counts in: equal steps on a logarithmic scale from 1 up to
 * the largest count, at most {@link #MAX_CLASSES} of them, with round bounds, each with a
 * colour of ColorBrewer's YlOrRd ramp (light yellow for few, dark red for many). A count of
 * 0 is in no class. Immutable.
 */
public final class Choropleth {

	/** The most classes a map shows. */
	public static final int MAX_CLASSES = 7;

	/** ColorBrewer YlOrRd, 7 classes (Cynthia Brewer, colorbrewer2.org; credited in about.html). */
	private static final RGB[] RAMP = { new RGB(0xff, 0xff, 0xb2), new RGB(0xfe, 0xd9, 0x76), new RGB(0xfe, 0xb2, 0x4c),
			new RGB(0xfd, 0x8d, 0x3c), new RGB(0xfc, 0x4e, 0x2a), new RGB(0xe3, 0x1a, 0x1c), new RGB(0xb1, 0x00, 0x26) };

	/** The "nice" multipliers of a power of ten that class bounds are rounded to. */
	private static final int[] NICE = { 1, 2, 3, 5 };

	private final long[] lower;
	private final long max;

	private Choropleth(long[] lower, long max) {
		this.lower = lower;
		this.max = max;
	}

	/**
	 * @param max the largest count on the map
	 * @return at most {@link #MAX_CLASSES} classes from 1 to {@code max}, equal steps on a
	 *         logarithmic scale with their bounds rounded to 1, 2, 3 or 5 times a power of
	 *         ten (for 5,000: 1, 3, 10, 30, 100, 500, 2,000); none if {@code max} is 0
	 */
	public static Choropleth upTo(long max) {
		if (max < 1) {
			return new Choropleth(new long[0], 0);
		}
		List<Long> bounds = new ArrayList<>();
		bounds.add(1L);
		for (int i = 1; i < MAX_CLASSES; i++) {
			long bound = nice(Math.pow(max, i / (double) MAX_CLASSES));
			if (bound > bounds.get(bounds.size() - 1) && bound <= max) {
				bounds.add(bound);
			}
		}
		return new Choropleth(bounds.stream().mapToLong(Long::longValue).toArray(), max);
	}

	/** @return the number of the form 1, 2, 3 or 5 times a power of ten nearest to v on a log scale */
	private static long nice(double v) {
		long best = 1;
		double distance = Double.MAX_VALUE;
		long power = (long) Math.pow(10, Math.floor(Math.log10(Math.max(1, v))));
		for (long p : new long[] { power, power * 10 }) {
			for (int m : NICE) {
				double d = Math.abs(Math.log(m * p / v));
				if (d < distance) {
					distance = d;
					best = m * p;
				}
			}
		}
		return best;
	}

	/** @return how many classes there are */
	public int size() {
		return lower.length;
	}

	/**
	 * @param count a count
	 * @return the index of its class, or -1 for 0 (no class)
	 */
	public int classOf(long count) {
		for (int i = lower.length - 1; i >= 0; i--) {
			if (count >= lower[i]) {
				return i;
			}
		}
		return -1;
	}

	/**
	 * @param index a class
	 * @return its colour: the ramp's colours spread over the classes, the last always the darkest
	 */
	public RGB colour(int index) {
		if (lower.length <= 1) {
			return RAMP[RAMP.length - 3];
		}
		int ramp = (int) Math.round(index * (RAMP.length - 1) / (double) (lower.length - 1));
		return RAMP[ramp];
	}

	/**
	 * @param index a class
	 * @return its range for the legend: "1", "2–4", or "500–1,234" for the last class,
	 *         which ends at the largest count
	 */
	public String label(int index) {
		long from = lower[index];
		long to = index + 1 < lower.length ? lower[index + 1] - 1 : max;
		return from == to ? format(from) : format(from) + "\u2013" + format(to); //$NON-NLS-1$
	}

	/**
	 * @param index a class
	 * @return the least count in it
	 */
	public long lowerBound(int index) {
		return lower[index];
	}

	private static String format(long n) {
		return String.format(Locale.UK, "%,d", n); //$NON-NLS-1$
	}
}
