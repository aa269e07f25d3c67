package dossier.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;

import dossier.countries.Country;
import dossier.countries.CountryAtlas;
import dossier.countries.MapResolution;
import dossier.ui.countries.internal.CountryRow;
import dossier.ui.countries.internal.map.WorldMap;
import dossier.ui.internal.Services;

/**
 * Measures how long the world map takes to draw a frame at 1920×1080 with the 1:50m
 * outlines, every country coloured (the most work a frame can have), and prints the
 * figures: the time to paint the map into its image, and the time from a pan to the end of
 * the paint event that shows it. No timing is asserted: machines differ; the figures are for
 * reading (in the test's output, and in surefire-reports).
 */
class WorldMapFrameTimeTest {

	private static final int FRAMES = 40;

	@Test
	void printsTheFrameTimeAt1920x1080() {
		Display display = Display.getCurrent();
		Shell shell = new Shell(display, SWT.NO_TRIM);
		try {
			shell.setLayout(new FillLayout());
			WorldMap map = new WorldMap(shell);
			shell.setBounds(0, 0, 1920, 1080);
			shell.open();
			CountryAtlas atlas = Services.get(CountryAtlas.class);
			Map<String, String> names = atlas.countries().stream()
					.collect(Collectors.toMap(Country::alpha2, Country::name, (a, b) -> a));
			map.setOutlines(atlas.outlines(MapResolution.MEDIUM), names);
			List<CountryRow> rows = new ArrayList<>();
			List<Country> countries = atlas.countries();
			for (int i = 0; i < countries.size(); i++) {
				// counts from 1 to thousands, so that every class of the scale is used
				rows.add(new CountryRow(countries.get(i), 1 + i % 50, 1 + (i * 37) % 5000));
			}
			map.setCounts(rows);
			settle(display);
			Rectangle area = map.control().getBounds();
			assertEquals(new Rectangle(0, 0, 1920, 1080), area, "the map fills the screen");
			assertTrue(map.classes().size() >= 5);

			StringBuilder report = new StringBuilder(String.format(Locale.ROOT,
					"World map frame time at %dx%d, 1:50m outlines, %d countries coloured (ms: median / 95th percentile / max of %d frames, after a warm-up round)%n",
					area.width, area.height, rows.size(), FRAMES));
			round(display, map, new StringBuilder()); // warm-up: the JIT, the projections, the images
			round(display, map, report);
			map.setAntialias(true);
			System.out.print(report);
		} finally {
			shell.dispose();
		}
	}

	/** Measures each kind of frame, antialiased and not, and reports them. */
	private static void round(Display display, WorldMap map, StringBuilder report) {
		for (boolean antialias : new boolean[] { true, false }) {
			map.setAntialias(antialias);
			String smoothing = antialias ? "antialiased" : "aliased";
			map.reset();
			double[][] world = measure(map, i -> map.reset());
			report.append(line("whole world, " + smoothing + ": painting it all (a zoom)", world[0]));
			report.append(line("  the same in CPU time of the UI thread", world[1]));
			report.append(line("  the same through the event loop to the screen", endToEnd(display, map, 0)));
			map.showCountry("DE");
			while (map.zoom() < 4) {
				map.zoomIn();
			}
			double[][] europe = measure(map, i -> map.pan(i % 2 == 0 ? 9 : -9, 0));
			report.append(line("Europe zoomed x4, " + smoothing + ": painting it all", europe[0]));
			report.append(line("  the same in CPU time of the UI thread", europe[1]));
			report.append(line("Europe zoomed x4, " + smoothing + ": a drag step (strips only)", drag(map)));
			report.append(line("  the same through the event loop to the screen", endToEnd(display, map, 9)));
		}
	}

	/**
	 * Paints the map into its image after each change, without the event loop.
	 *
	 * @return the wall-clock milliseconds of each frame, then the UI thread's CPU milliseconds
	 *         of each (which other processes on the machine do not lengthen)
	 */
	private static double[][] measure(WorldMap map, IntConsumer change) {
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		map.paintAllNow(); // projection of this zoom level, once
		double[] ms = new double[FRAMES];
		double[] cpu = new double[FRAMES];
		for (int i = 0; i < FRAMES; i++) {
			change.accept(i);
			long before = threads.getCurrentThreadCpuTime();
			ms[i] = map.paintAllNow() / 1e6;
			cpu[i] = (threads.getCurrentThreadCpuTime() - before) / 1e6;
		}
		return new double[][] { ms, cpu };
	}

	/** Pans by a drag's step and paints what comes into view, as dragging the map does. */
	private static double[] drag(WorldMap map) {
		double[] ms = new double[FRAMES];
		for (int i = 0; i < FRAMES; i++) {
			ms[i] = map.panNow(i % 2 == 0 ? 9 : -9, 3) / 1e6;
		}
		return ms;
	}

	/** From a pan (or a full redraw) to the end of the paint event that shows it, through the event loop. */
	private static double[] endToEnd(Display display, WorldMap map, int step) {
		double[] ms = new double[FRAMES];
		for (int i = 0; i < FRAMES; i++) {
			int before = map.paints();
			long start = System.nanoTime();
			if (step == 0) {
				map.repaintAll();
			} else {
				map.pan(i % 2 == 0 ? step : -step, 0);
			}
			long deadline = System.currentTimeMillis() + 5000;
			while (map.paints() == before && System.currentTimeMillis() < deadline) {
				if (!display.readAndDispatch()) {
					Thread.onSpinWait();
				}
			}
			ms[i] = (System.nanoTime() - start) / 1e6;
		}
		return ms;
	}

	private static String line(String what, double[] ms) {
		double[] sorted = ms.clone();
		Arrays.sort(sorted);
		return String.format(Locale.ROOT, "  %-64s %6.1f / %6.1f / %6.1f%n", what, sorted[sorted.length / 2],
				sorted[(int) Math.ceil(sorted.length * 0.95) - 1], sorted[sorted.length - 1]);
	}

	private static void settle(Display display) {
		long until = System.currentTimeMillis() + 1000;
		while (System.currentTimeMillis() < until) {
			if (!display.readAndDispatch()) {
				Thread.onSpinWait();
			}
		}
	}
}
