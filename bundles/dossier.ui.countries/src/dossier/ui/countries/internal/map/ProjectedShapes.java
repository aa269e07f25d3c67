package dossier.ui.countries.internal.map;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dossier.countries.CountryOutline;
import dossier.countries.CountryOutline.Polygon;
import dossier.countries.CountryOutline.Ring;

/**
 * The map's outlines projected once for one zoom level: equirectangular, into "world
 * pixels" (longitude -180 at x = 0, latitude 90 at y = 0, {@code scale} pixels a degree), as
 * int arrays ready for {@code GC.fillPolygon}. Successive points that land on the same
 * pixel are dropped, which at the whole-world scale leaves about 60% of the 1:50m points.
 * Each shape and polygon keeps its box, so that painting can skip what is off screen and a
 * point can be looked up quickly; the borders between countries are joined into polylines
 * that draw each edge once, though two countries share it, and the coasts into others.
 * Immutable.
 */
final class ProjectedShapes {

	/** One outline: its polygons, and their box in world pixels. */
	record Shape(int index, Box box, Poly[] polygons) {

		/** @return whether the whole shape falls on so few pixels that only a dot can show it */
		boolean tiny() {
			for (Poly polygon : polygons) {
				if (polygon.fillable()) {
					return false;
				}
			}
			return true;
		}
	}

	/**
	 * A polygon: its exterior ring first, then its holes, each as x0, y0, x1, y1…, not
	 * closed (the last point is not the first again); a ring cut at the antimeridian is in
	 * pieces ({@link Antimeridian}).
	 */
	record Poly(Box box, int[][] rings) {

		/** @return whether a ring has at least three points, so that the polygon has an area to fill */
		boolean fillable() {
			for (int[] ring : rings) {
				if (ring.length >= 6) {
					return true;
				}
			}
			return false;
		}

		/**
		 * @return whether the polygon has more than one ring: holes, or the pieces of a ring
		 *         cut at the antimeridian; such a polygon is filled by the even-odd rule
		 */
		boolean hasHoles() {
			return rings.length > 1;
		}

		/** @return whether the point is inside, by the even-odd rule over all rings */
		boolean contains(int x, int y) {
			if (!box.contains(x, y)) {
				return false;
			}
			boolean inside = false;
			for (int[] ring : rings) {
				inside ^= ProjectedShapes.inRing(ring, x + 0.5, y + 0.5);
			}
			return inside;
		}
	}

	/** A box in world pixels, bounds included. */
	record Box(int minX, int minY, int maxX, int maxY) {

		boolean contains(int x, int y) {
			return x >= minX && x <= maxX && y >= minY && y <= maxY;
		}

		boolean intersects(int x, int y, int width, int height) {
			return maxX >= x && minX < x + width && maxY >= y && minY < y + height;
		}

		Box union(Box other) {
			return new Box(Math.min(minX, other.minX), Math.min(minY, other.minY), Math.max(maxX, other.maxX),
					Math.max(maxY, other.maxY));
		}

		int centreX() {
			return (minX + maxX) / 2;
		}

		int centreY() {
			return (minY + maxY) / 2;
		}
	}

	/** A stretch of border or coast, as x0, y0, x1, y1…, drawn once however many shapes share it. */
	record Border(Box box, int[] points) {
	}

	private final double scale;
	private final Shape[] shapes;
	private final Border[] borders;
	private final Border[] coasts;
	private final int points;

	private ProjectedShapes(double scale, Shape[] shapes, Border[] borders, Border[] coasts, int points) {
		this.scale = scale;
		this.shapes = shapes;
		this.borders = borders;
		this.coasts = coasts;
		this.points = points;
	}

	/**
	 * @param outlines the map's outlines
	 * @param scale pixels a degree
	 * @return the outlines projected at that scale, in the same order
	 */
	static ProjectedShapes project(List<CountryOutline> outlines, double scale) {
		Shape[] shapes = new Shape[outlines.size()];
		int points = 0;
		for (int i = 0; i < shapes.length; i++) {
			List<Poly> polygons = new ArrayList<>();
			Box box = null;
			for (Polygon polygon : outlines.get(i).polygons()) {
				List<int[]> rings = new ArrayList<>();
				Box polygonBox = null;
				for (Ring ring : polygon.rings()) {
					for (double[] piece : Antimeridian.split(ring.coordinates())) {
						int[] projected = project(piece, scale);
						// the first ring is kept even when it shrinks to a point, for tiny islands
						if (rings.isEmpty() || projected.length >= 6) {
							rings.add(projected);
							points += projected.length / 2;
							Box b = box(projected);
							polygonBox = polygonBox == null ? b : polygonBox.union(b);
						}
					}
				}
				if (!rings.isEmpty()) {
					polygons.add(new Poly(polygonBox, rings.toArray(int[][]::new)));
					box = box == null ? polygonBox : box.union(polygonBox);
				}
			}
			shapes[i] = new Shape(i, box == null ? new Box(0, 0, -1, -1) : box, polygons.toArray(Poly[]::new));
		}
		Border[][] lines = lines(shapes);
		return new ProjectedShapes(scale, shapes, lines[0], lines[1], points);
	}

	private static int[] project(double[] lonLat, double scale) {
		int n = lonLat.length / 2;
		int[] xy = new int[2 * n];
		int count = 0;
		int lastX = Integer.MIN_VALUE;
		int lastY = Integer.MIN_VALUE;
		for (int i = 0; i < n; i++) {
			int x = (int) Math.round((lonLat[2 * i] + 180) * scale);
			int y = (int) Math.round((90 - lonLat[2 * i + 1]) * scale);
			if (x != lastX || y != lastY) {
				xy[count++] = x;
				xy[count++] = y;
				lastX = x;
				lastY = y;
			}
		}
		if (count > 2 && xy[0] == xy[count - 2] && xy[1] == xy[count - 1]) {
			count -= 2; // fillPolygon closes the ring itself
		}
		return Arrays.copyOf(xy, count);
	}

	/**
	 * Joins the edges of the rings into polylines: the borders between neighbours (edges that
	 * two rings share, stroked once instead of twice) and the coasts (edges of one ring only,
	 * which the fill against the sea already shows, so they need no stroke at a glance).
	 * Stroking is most of a frame's work.
	 */
	private static Border[][] lines(Shape[] shapes) {
		Set<Edge> once = new HashSet<>();
		Set<Edge> shared = new HashSet<>();
		forEachEdge(shapes, (edge, ring, i, j) -> {
			if (!once.add(edge)) {
				shared.add(edge);
			}
		});
		Set<Edge> drawn = new HashSet<>();
		List<Border> borders = new ArrayList<>();
		List<Border> coasts = new ArrayList<>();
		Line border = new Line(borders);
		Line coast = new Line(coasts);
		forEachEdge(shapes, (edge, ring, i, j) -> {
			if (i == 0) { // a new ring: lines do not run from one ring into the next
				border.end();
				coast.end();
			}
			boolean isBorder = shared.contains(edge);
			if (isBorder && drawn.add(edge)) {
				border.add(ring, i, j);
			} else {
				border.end();
			}
			if (!isBorder) {
				coast.add(ring, i, j);
			} else {
				coast.end();
			}
		});
		border.end();
		coast.end();
		return new Border[][] { borders.toArray(Border[]::new), coasts.toArray(Border[]::new) };
	}

	@FunctionalInterface
	private interface EdgeVisitor {
		void visit(Edge edge, int[] ring, int i, int j);
	}

	private static void forEachEdge(Shape[] shapes, EdgeVisitor visitor) {
		for (Shape shape : shapes) {
			for (Poly polygon : shape.polygons()) {
				for (int[] ring : polygon.rings()) {
					int n = ring.length / 2;
					if (n < 3) {
						continue; // a point or a line: nothing to stroke
					}
					for (int i = 0; i < n; i++) {
						int j = (i + 1) % n;
						visitor.visit(Edge.of(ring[2 * i], ring[2 * i + 1], ring[2 * j], ring[2 * j + 1]), ring, i, j);
					}
				}
			}
		}
	}

	/** A polyline being built from successive edges of a ring. */
	private static final class Line {
		private final List<Border> into;
		private int[] points = new int[64];
		private int length;

		Line(List<Border> into) {
			this.into = into;
		}

		void add(int[] ring, int i, int j) {
			if (length == 0) {
				append(ring[2 * i], ring[2 * i + 1]);
			}
			append(ring[2 * j], ring[2 * j + 1]);
		}

		private void append(int x, int y) {
			if (length + 2 > points.length) {
				points = Arrays.copyOf(points, points.length * 2);
			}
			points[length++] = x;
			points[length++] = y;
		}

		void end() {
			if (length > 0) {
				int[] line = Arrays.copyOf(points, length);
				into.add(new Border(box(line), line));
				length = 0;
			}
		}
	}

	/** An edge between two pixels, the same whichever way it is walked. */
	private record Edge(long from, long to) {

		static Edge of(int x0, int y0, int x1, int y1) {
			long a = ((long) x0 << 32) | (y0 & 0xffffffffL);
			long b = ((long) x1 << 32) | (y1 & 0xffffffffL);
			return a < b ? new Edge(a, b) : new Edge(b, a);
		}
	}

	private static Box box(int[] ring) {
		int minX = Integer.MAX_VALUE;
		int minY = Integer.MAX_VALUE;
		int maxX = Integer.MIN_VALUE;
		int maxY = Integer.MIN_VALUE;
		for (int i = 0; i < ring.length; i += 2) {
			minX = Math.min(minX, ring[i]);
			maxX = Math.max(maxX, ring[i]);
			minY = Math.min(minY, ring[i + 1]);
			maxY = Math.max(maxY, ring[i + 1]);
		}
		return ring.length == 0 ? new Box(0, 0, -1, -1) : new Box(minX, minY, maxX, maxY);
	}

	static boolean inRing(int[] ring, double x, double y) {
		boolean inside = false;
		int n = ring.length / 2;
		for (int i = 0, j = n - 1; i < n; j = i++) {
			double xi = ring[2 * i];
			double yi = ring[2 * i + 1];
			double xj = ring[2 * j];
			double yj = ring[2 * j + 1];
			if ((yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi) {
				inside = !inside;
			}
		}
		return inside;
	}

	/** @return pixels a degree */
	double scale() {
		return scale;
	}

	/** @return the shapes, in the order of the outlines */
	Shape[] shapes() {
		return shapes;
	}

	/** @return the borders between neighbours, each stretch once */
	Border[] borders() {
		return borders;
	}

	/** @return the coasts (and the edges of lakes and of shapes alone), each stretch once */
	Border[] coasts() {
		return coasts;
	}

	/** @return how many points the shapes have in all, after dropping repeats */
	int points() {
		return points;
	}

	/**
	 * @param x a world pixel's x
	 * @param y its y
	 * @param slop how far from a tiny shape's dot a point may be and still hit it
	 * @return the index of the shape at that point, or -1; a shape inside another's hole
	 *         (Lesotho in South Africa) is found, as the outer one does not contain the point
	 */
	int shapeAt(int x, int y, int slop) {
		for (Shape shape : shapes) {
			if (!shape.box().contains(x, y)) {
				continue;
			}
			for (Poly polygon : shape.polygons()) {
				if (polygon.fillable() && polygon.contains(x, y)) {
					return shape.index();
				}
			}
		}
		for (Shape shape : shapes) {
			Box b = shape.box();
			if (shape.tiny() && x >= b.minX() - slop && x <= b.maxX() + slop && y >= b.minY() - slop
					&& y <= b.maxY() + slop) {
				return shape.index();
			}
		}
		return -1;
	}

	/** @return longitude of a world pixel's x */
	double lon(double x) {
		return x / scale - 180;
	}

	/** @return latitude of a world pixel's y */
	double lat(double y) {
		return 90 - y / scale;
	}

	/** @return a longitude's world pixel x */
	double x(double lon) {
		return (lon + 180) * scale;
	}

	/** @return a latitude's world pixel y */
	double y(double lat) {
		return (90 - lat) * scale;
	}
}
