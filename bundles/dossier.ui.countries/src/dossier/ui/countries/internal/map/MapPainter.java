package dossier.ui.countries.internal.map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Path;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.graphics.Transform;

import dossier.ui.countries.internal.map.ProjectedShapes.Border;
import dossier.ui.countries.internal.map.ProjectedShapes.Box;
import dossier.ui.countries.internal.map.ProjectedShapes.Poly;
import dossier.ui.countries.internal.map.ProjectedShapes.Shape;

/**
 * Paints projected shapes onto a GC: each shape that is on screen filled in its colour,
 * then the borders, each stretch once; what is off screen is skipped by its box. The
 * translation from world pixels to the view is one transform, so that the projected arrays
 * are drawn as they are. Polygons with holes (South Africa around Lesotho) are filled as
 * paths by the even-odd rule; shapes too small to fill are drawn as a dot.
 */
final class MapPainter {

	/** The side of the dot that stands for a tiny shape, in pixels. */
	static final int DOT = 3;

	private MapPainter() {
	}

	/**
	 * @param gc where to paint
	 * @param shapes the projected shapes
	 * @param originX the world pixel at the view's left edge
	 * @param originY the world pixel at the view's top edge
	 * @param region the part of the view to paint (the GC should be clipped to it); what lies
	 *               wholly outside it is skipped
	 * @param fills each shape's colour, by index
	 * @param border the colour of the borders between countries
	 * @param coast the colour of the coasts, or null to leave them to the fills
	 * @return how many shapes were on screen
	 */
	static int paint(GC gc, ProjectedShapes shapes, int originX, int originY, Rectangle region, Color[] fills,
			Color border, Color coast) {
		Transform transform = new Transform(gc.getDevice());
		int drawn = 0;
		int x = originX + region.x;
		int y = originY + region.y;
		int width = region.width;
		int height = region.height;
		try {
			transform.translate(-originX, -originY);
			gc.setTransform(transform);
			gc.setFillRule(SWT.FILL_EVEN_ODD);
			for (Shape shape : shapes.shapes()) {
				if (shape.box().intersects(x, y, width, height)) {
					drawn++;
					gc.setBackground(fills[shape.index()]);
					fill(gc, shape, x, y, width, height);
				}
			}
			gc.setLineWidth(1);
			if (coast != null) {
				gc.setForeground(coast);
				for (Border line : shapes.coasts()) {
					if (line.box().intersects(x, y, width, height)) {
						gc.drawPolyline(line.points());
					}
				}
			}
			gc.setForeground(border);
			for (Border line : shapes.borders()) {
				if (line.box().intersects(x, y, width, height)) {
					gc.drawPolyline(line.points());
				}
			}
			for (Shape shape : shapes.shapes()) {
				if (shape.tiny() && shape.box().intersects(x, y, width, height)) {
					Box box = shape.box();
					gc.drawRectangle(box.centreX() - DOT / 2, box.centreY() - DOT / 2, DOT - 1, DOT - 1);
				}
			}
		} finally {
			gc.setTransform(null);
			transform.dispose();
		}
		return drawn;
	}

	private static void fill(GC gc, Shape shape, int x, int y, int width, int height) {
		if (shape.tiny()) {
			Box box = shape.box();
			gc.fillRectangle(box.centreX() - DOT / 2, box.centreY() - DOT / 2, DOT, DOT);
			return;
		}
		for (Poly polygon : shape.polygons()) {
			if (!polygon.fillable() || !polygon.box().intersects(x, y, width, height)) {
				continue;
			}
			if (polygon.hasHoles()) {
				Path path = path(gc, polygon);
				gc.fillPath(path);
				path.dispose();
			} else {
				gc.fillPolygon(polygon.rings()[0]);
			}
		}
	}

	/**
	 * Draws one shape's outline in the GC's foreground colour and line width, on top of a
	 * painted map: the country under the pointer or chosen by the keyboard.
	 *
	 * @param gc where to draw
	 * @param shapes the projected shapes
	 * @param index the shape
	 * @param originX the world pixel at the view's left edge
	 * @param originY the world pixel at the view's top edge
	 */
	static void highlight(GC gc, ProjectedShapes shapes, int index, int originX, int originY) {
		Transform transform = new Transform(gc.getDevice());
		try {
			transform.translate(-originX, -originY);
			gc.setTransform(transform);
			Shape shape = shapes.shapes()[index];
			if (shape.tiny()) {
				Box box = shape.box();
				gc.drawOval(box.centreX() - 6, box.centreY() - 6, 12, 12);
			} else {
				for (Poly polygon : shape.polygons()) {
					if (polygon.fillable()) {
						for (int[] ring : polygon.rings()) {
							gc.drawPolygon(ring);
						}
					}
				}
			}
		} finally {
			gc.setTransform(null);
			transform.dispose();
		}
	}

	private static Path path(GC gc, Poly polygon) {
		Path path = new Path(gc.getDevice());
		for (int[] ring : polygon.rings()) {
			if (ring.length < 6) {
				continue; // a piece that shrank to a point or a line
			}
			path.moveTo(ring[0], ring[1]);
			for (int i = 2; i < ring.length; i += 2) {
				path.lineTo(ring[i], ring[i + 1]);
			}
			path.close();
		}
		return path;
	}
}
