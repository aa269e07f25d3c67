package dossier.countries;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The outline of a country on the world map: its polygons as rings of longitude/latitude
 * points, decoded from Natural Earth's TopoJSON. Immutable.
 *
 * @param numeric the ISO 3166-1 numeric code the map gives it ({@code 566}), or the empty
 *                string for shapes without one (Somaliland, N. Cyprus)
 * @param alpha2 the alpha-2 code of the country it belongs to, or the empty string if it is
 *               no ISO 3166 country
 * @param name the name the map gives it ("Nigeria", "Somaliland")
 * @param polygons its polygons: islands and exclaves each have their own
 * @since 0.1
 */
public record CountryOutline(String numeric, String alpha2, String name, List<Polygon> polygons) {

	/** Validates and copies. */
	public CountryOutline {
		numeric = numeric == null ? "" : numeric; //$NON-NLS-1$
		alpha2 = alpha2 == null ? "" : alpha2; //$NON-NLS-1$
		name = name == null ? "" : name; //$NON-NLS-1$
		polygons = List.copyOf(polygons);
	}

	/** @return the smallest box holding every point of the outline */
	public Bounds bounds() {
		Bounds bounds = null;
		for (Polygon polygon : polygons) {
			Bounds b = polygon.exterior().bounds();
			bounds = bounds == null ? b : bounds.union(b);
		}
		return bounds == null ? new Bounds(0, 0, 0, 0) : bounds;
	}

	/** @return how many points the outline has in all */
	public int pointCount() {
		int count = 0;
		for (Polygon polygon : polygons) {
			for (Ring ring : polygon.rings()) {
				count += ring.size();
			}
		}
		return count;
	}

	/**
	 * A polygon: its exterior ring and any holes.
	 *
	 * @param rings the exterior ring first, then the holes
	 * @since 0.1
	 */
	public record Polygon(List<Ring> rings) {

		/** Validates and copies. */
		public Polygon {
			if (rings.isEmpty()) {
				throw new IllegalArgumentException("a polygon needs an exterior ring"); //$NON-NLS-1$
			}
			rings = List.copyOf(rings);
		}

		/** @return the exterior ring */
		public Ring exterior() {
			return rings.get(0);
		}

		/** @return the holes, often none */
		public List<Ring> holes() {
			return rings.subList(1, rings.size());
		}
	}

	/**
	 * A closed ring of points, the last the same as the first. Immutable.
	 *
	 * @since 0.1
	 */
	public static final class Ring {

		private final double[] coordinates;

		/**
		 * @param coordinates longitude and latitude of each point in turn, in degrees: lon0,
		 *                    lat0, lon1, lat1...
		 */
		public Ring(double[] coordinates) {
			if (coordinates.length % 2 != 0) {
				throw new IllegalArgumentException("coordinates come in pairs"); //$NON-NLS-1$
			}
			this.coordinates = coordinates.clone();
		}

		/** @return the number of points */
		public int size() {
			return coordinates.length / 2;
		}

		/**
		 * @param i a point's index
		 * @return its longitude in degrees, -180 to 180
		 */
		public double lon(int i) {
			return coordinates[2 * i];
		}

		/**
		 * @param i a point's index
		 * @return its latitude in degrees, -90 to 90
		 */
		public double lat(int i) {
			return coordinates[2 * i + 1];
		}

		/** @return longitude and latitude of each point in turn, a copy */
		public double[] coordinates() {
			return coordinates.clone();
		}

		/** @return whether the last point is the first */
		public boolean isClosed() {
			int n = size();
			return n > 0 && lon(0) == lon(n - 1) && lat(0) == lat(n - 1);
		}

		/** @return the smallest box holding the ring */
		public Bounds bounds() {
			double west = Double.POSITIVE_INFINITY;
			double south = Double.POSITIVE_INFINITY;
			double east = Double.NEGATIVE_INFINITY;
			double north = Double.NEGATIVE_INFINITY;
			for (int i = 0; i < size(); i++) {
				west = Math.min(west, lon(i));
				east = Math.max(east, lon(i));
				south = Math.min(south, lat(i));
				north = Math.max(north, lat(i));
			}
			return new Bounds(west, south, east, north);
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Ring ring && Arrays.equals(coordinates, ring.coordinates);
		}

		@Override
		public int hashCode() {
			return Arrays.hashCode(coordinates);
		}

		@Override
		public String toString() {
			return "Ring[" + size() + " points]"; //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/**
	 * A longitude/latitude box. An outline that crosses the antimeridian (Fiji, Russia) is
	 * cut there by Natural Earth, so its box spans the whole width.
	 *
	 * @param west the least longitude
	 * @param south the least latitude
	 * @param east the greatest longitude
	 * @param north the greatest latitude
	 * @since 0.1
	 */
	public record Bounds(double west, double south, double east, double north) {

		/**
		 * @param other another box
		 * @return the smallest box holding both
		 */
		public Bounds union(Bounds other) {
			Objects.requireNonNull(other, "other"); //$NON-NLS-1$
			return new Bounds(Math.min(west, other.west), Math.min(south, other.south), Math.max(east, other.east),
					Math.max(north, other.north));
		}

		/**
		 * @param lon a longitude
		 * @param lat a latitude
		 * @return whether the point is in the box
		 */
		public boolean contains(double lon, double lat) {
			return lon >= west && lon <= east && lat >= south && lat <= north;
		}
	}
}
