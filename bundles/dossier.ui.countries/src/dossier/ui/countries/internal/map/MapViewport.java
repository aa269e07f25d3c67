package dossier.ui.countries.internal.map;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.graphics.Point;

import dossier.countries.CountryOutline;
import dossier.ui.countries.internal.map.ProjectedShapes.Box;

/**
 * What part of the world the map shows: a zoom level (steps of √2 from the whole world)
 * and a centre, kept on the world, in a view of a given size; and the outlines projected
 * for the zoom levels last used. The whole world is fitted between latitudes 84° and -58°
 * (most of Antarctica is below), and the view can be panned over the rest.
 */
final class MapViewport {

	/** The most zoom steps in from the whole world (64 times). */
	static final int MAX_ZOOM = 12;
	private static final double NORTH = 84;
	private static final double SOUTH = -58;
	private static final int PROJECTIONS_KEPT = 3;

	private final Map<Integer, ProjectedShapes> projections = new LinkedHashMap<>(4, 0.75f, true);
	private List<CountryOutline> outlines = List.of();
	private int width;
	private int height;
	private double baseScale;
	private int zoom;
	private double centreLon;
	private double centreLat = (NORTH + SOUTH) / 2;

	/** @param newOutlines the shapes of the map */
	void setOutlines(List<CountryOutline> newOutlines) {
		outlines = List.copyOf(newOutlines);
		projections.clear();
	}

	/**
	 * @param newWidth the view's width in pixels
	 * @param newHeight its height
	 */
	void resize(int newWidth, int newHeight) {
		width = newWidth;
		height = newHeight;
		double newBase = Math.min(width / 360.0, height / (NORTH - SOUTH));
		if (newBase != baseScale) {
			baseScale = newBase;
			projections.clear();
		}
		clamp();
	}

	/** @return whether there is something to show and room to show it */
	boolean ready() {
		return !outlines.isEmpty() && baseScale > 0;
	}

	/** @return the zoom level, 0 for the whole world */
	int zoom() {
		return zoom;
	}

	/** @return pixels a degree at the zoom level */
	double scale() {
		return baseScale * factor(zoom);
	}

	private static double factor(int level) {
		return Math.pow(Math.sqrt(2), level);
	}

	/** @return the outlines projected at the zoom level */
	ProjectedShapes projected() {
		return projection(zoom);
	}

	private ProjectedShapes projection(int level) {
		ProjectedShapes shapes = projections.get(level);
		if (shapes == null) {
			shapes = ProjectedShapes.project(outlines, baseScale * factor(level));
			projections.put(level, shapes);
			while (projections.size() > PROJECTIONS_KEPT) {
				projections.remove(projections.keySet().iterator().next());
			}
		}
		return shapes;
	}

	/** @return the world pixel at the view's top left corner */
	Point origin() {
		double scale = scale();
		return new Point((int) Math.round((centreLon + 180) * scale - width / 2.0),
				(int) Math.round((90 - centreLat) * scale - height / 2.0));
	}

	/** Shows the whole world. */
	void reset() {
		zoom = 0;
		centreLon = 0;
		centreLat = (NORTH + SOUTH) / 2;
		clamp();
	}

	/**
	 * @param dx pixels to move the view to the right (the map moves left)
	 * @param dy pixels to move the view down
	 */
	void pan(int dx, int dy) {
		double scale = scale();
		if (scale > 0) {
			centreLon += dx / scale;
			centreLat -= dy / scale;
			clamp();
		}
	}

	/**
	 * @param steps zoom steps, in if positive
	 * @param around the point of the view to keep where it is, or null for the centre
	 * @return whether the zoom level changed
	 */
	boolean zoomBy(int steps, Point around) {
		int newZoom = Math.max(0, Math.min(MAX_ZOOM, zoom + steps));
		if (newZoom == zoom || baseScale <= 0) {
			return false;
		}
		if (around != null) {
			double scale = scale();
			Point origin = origin();
			double lon = (origin.x + around.x) / scale - 180;
			double lat = 90 - (origin.y + around.y) / scale;
			double newScale = baseScale * factor(newZoom);
			centreLon = lon + (width / 2.0 - around.x) / newScale;
			centreLat = lat - (height / 2.0 - around.y) / newScale;
		}
		zoom = newZoom;
		if (zoom == 0) {
			centreLat = (NORTH + SOUTH) / 2;
		}
		clamp();
		return true;
	}

	/**
	 * Centres a shape and zooms in until it fills about a third of the view (not out).
	 *
	 * @param index the shape
	 */
	void show(int index) {
		ProjectedShapes base = projection(0);
		Box box = base.shapes()[index].box();
		int fit = 0;
		while (fit < MAX_ZOOM && (box.maxX() - box.minX() + 1) * factor(fit + 1) < width / 3.0
				&& (box.maxY() - box.minY() + 1) * factor(fit + 1) < height / 3.0) {
			fit++;
		}
		zoom = Math.max(zoom, fit);
		centreLon = base.lon(box.centreX());
		centreLat = base.lat(box.centreY());
		clamp();
	}

	/**
	 * Pans so that a shape's centre is in view, if it is not.
	 *
	 * @param index the shape
	 */
	void reveal(int index) {
		Box box = projected().shapes()[index].box();
		Point origin = origin();
		int x = box.centreX() - origin.x;
		int y = box.centreY() - origin.y;
		if (x < 0 || y < 0 || x >= width || y >= height) {
			double scale = scale();
			centreLon = box.centreX() / scale - 180;
			centreLat = 90 - box.centreY() / scale;
			clamp();
		}
	}

	/**
	 * @param lon a longitude
	 * @param lat a latitude
	 * @return where the point is in the view
	 */
	Point toView(double lon, double lat) {
		double scale = scale();
		Point origin = origin();
		return new Point((int) Math.round((lon + 180) * scale) - origin.x, (int) Math.round((90 - lat) * scale) - origin.y);
	}

	/**
	 * @param p a point of the view
	 * @param slop how far from a tiny shape's dot the point may be
	 * @return the shape there, or -1
	 */
	int shapeAt(Point p, int slop) {
		if (!ready()) {
			return -1;
		}
		Point origin = origin();
		return projected().shapeAt(origin.x + p.x, origin.y + p.y, slop);
	}

	/** Keeps the view on the world: centred where the world is narrower or lower than the view. */
	private void clamp() {
		double scale = scale();
		if (scale <= 0) {
			return;
		}
		double halfWidth = width / 2.0 / scale;
		double halfHeight = height / 2.0 / scale;
		centreLon = halfWidth >= 180 ? 0 : Math.max(-180 + halfWidth, Math.min(180 - halfWidth, centreLon));
		centreLat = halfHeight >= 90 ? 0 : Math.max(-90 + halfHeight, Math.min(90 - halfHeight, centreLat));
	}
}
