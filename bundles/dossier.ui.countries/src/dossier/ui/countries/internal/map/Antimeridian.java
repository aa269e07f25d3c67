package dossier.ui.countries.internal.map;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Makes the rings of the world-atlas outlines drawable on a flat map. Those outlines are
 * spherical, as d3 draws them: a ring may cross the antimeridian (Russia's Chukotka, Fiji,
 * jumping from 179.9° to -180°) or go round a pole (Antarctica's coast). On a flat map such a
 * ring would be drawn with a line across the whole world. Here a ring's longitudes are made
 * continuous, a ring that goes round a pole is closed along the pole, and the ring is cut at
 * ±180° into pieces each moved back into -180° to 180°.
 */
final class Antimeridian {

	private Antimeridian() {
	}

	/**
	 * @param lonLat a ring: longitude and latitude of each point in turn, closed or not
	 * @return the ring as it is when it crosses neither the antimeridian nor a pole, else
	 *         its pieces on the flat map
	 */
	static List<double[]> split(double[] lonLat) {
		int n = lonLat.length / 2;
		if (n < 2 || !crosses(lonLat)) {
			return List.of(lonLat);
		}
		double[] ring = unwrap(lonLat);
		double shift = -360 * Math.floor((min(ring) + 180) / 360);
		for (int i = 0; i < ring.length; i += 2) {
			ring[i] += shift;
		}
		List<double[]> pieces = new ArrayList<>();
		for (int k = 0; max(ring) > 180 + 360 * k - 360; k++) {
			double[] piece = clip(ring, -180 + 360 * k, 180 + 360 * k);
			if (piece.length >= 6) {
				for (int i = 0; i < piece.length; i += 2) {
					piece[i] -= 360 * k;
				}
				pieces.add(piece);
			}
		}
		return pieces;
	}

	private static boolean crosses(double[] lonLat) {
		for (int i = 2; i < lonLat.length; i += 2) {
			if (Math.abs(lonLat[i] - lonLat[i - 2]) > 180) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Makes the longitudes continuous (each within 180° of the one before); a ring that then
	 * ends 360° from where it began goes round a pole, and is closed along it.
	 */
	private static double[] unwrap(double[] lonLat) {
		double[] ring = lonLat.clone();
		double latitudes = ring[1];
		for (int i = 2; i < ring.length; i += 2) {
			double step = ring[i] - ring[i - 2];
			ring[i] -= 360 * Math.round(step / 360);
			latitudes += ring[i + 1];
		}
		double turn = ring[ring.length - 2] - ring[0];
		if (Math.abs(turn) < 180) {
			return ring;
		}
		double pole = latitudes < 0 ? -90 : 90;
		double[] closed = Arrays.copyOf(ring, ring.length + 4);
		closed[ring.length] = ring[ring.length - 2];
		closed[ring.length + 1] = pole;
		closed[ring.length + 2] = ring[0];
		closed[ring.length + 3] = pole;
		return closed;
	}

	/** Sutherland-Hodgman against the band of longitudes from west to east. */
	private static double[] clip(double[] ring, double west, double east) {
		return clipEdge(clipEdge(ring, west, true), east, false);
	}

	private static double[] clipEdge(double[] ring, double lon, boolean keepEast) {
		int n = ring.length / 2;
		double[] out = new double[4 * n + 4];
		int count = 0;
		for (int i = 0; i < n; i++) {
			int j = (i + 1) % n;
			double x0 = ring[2 * i];
			double y0 = ring[2 * i + 1];
			double x1 = ring[2 * j];
			double y1 = ring[2 * j + 1];
			boolean in0 = keepEast ? x0 >= lon : x0 <= lon;
			boolean in1 = keepEast ? x1 >= lon : x1 <= lon;
			if (in0) {
				out[count++] = x0;
				out[count++] = y0;
			}
			if (in0 != in1) {
				out[count++] = lon;
				out[count++] = y0 + (y1 - y0) * (lon - x0) / (x1 - x0);
			}
		}
		return Arrays.copyOf(out, count);
	}

	private static double min(double[] ring) {
		double min = Double.POSITIVE_INFINITY;
		for (int i = 0; i < ring.length; i += 2) {
			min = Math.min(min, ring[i]);
		}
		return min;
	}

	private static double max(double[] ring) {
		double max = Double.NEGATIVE_INFINITY;
		for (int i = 0; i < ring.length; i += 2) {
			max = Math.max(max, ring[i]);
		}
		return max;
	}
}
