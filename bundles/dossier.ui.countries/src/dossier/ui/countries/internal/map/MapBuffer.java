package dossier.ui.countries.internal.map;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Device;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;

/**
 * The map painted into an image, which the screen is copied from: painted again only when
 * the view changed. After a pan only the strips that come into view are painted, the rest
 * is the previous image moved (into a second image, then the two swap); a zoom, a new size
 * or new colours paint it all.
 */
final class MapBuffer {

	private final Device device;
	private final Color ocean;
	private final Color border;
	private final Color coast;
	/** From this zoom level on the coasts are stroked; further out the fills against the sea show them. */
	private final int coastZoom;
	private Image image;
	private Image spare;
	private int version;
	private int paintedVersion = -1;
	private int paintedZoom;
	private Point paintedOrigin;
	private long lastNanos;

	/**
	 * @param device the display
	 * @param ocean the colour of the sea
	 * @param border the colour of the borders between countries
	 * @param coast the colour of the coasts
	 * @param coastZoom the zoom level from which coasts are stroked
	 */
	MapBuffer(Device device, Color ocean, Color border, Color coast, int coastZoom) {
		this.device = device;
		this.ocean = ocean;
		this.border = border;
		this.coast = coast;
		this.coastZoom = coastZoom;
	}

	/** Makes the next {@link #paint} paint the whole map: the colours or the smoothing changed. */
	void invalidate() {
		version++;
	}

	/**
	 * Paints what changed since the last time.
	 *
	 * @param viewport what the map shows
	 * @param width the view's width
	 * @param height its height
	 * @param fills each shape's colour
	 * @param antialias whether to smooth edges
	 * @return the image, or null if the view is empty
	 */
	Image paint(MapViewport viewport, int width, int height, Color[] fills, boolean antialias) {
		if (width <= 0 || height <= 0) {
			return null;
		}
		if (image == null || !image.getBounds().equals(new Rectangle(0, 0, width, height))) {
			dispose();
			image = new Image(device, width, height);
			paintedVersion = -1;
		}
		long start = System.nanoTime();
		Point origin = viewport.origin();
		int dx = paintedOrigin == null ? 0 : origin.x - paintedOrigin.x;
		int dy = paintedOrigin == null ? 0 : origin.y - paintedOrigin.y;
		boolean moved = paintedVersion == version && paintedZoom == viewport.zoom() && Math.abs(dx) < width
				&& Math.abs(dy) < height;
		if (moved && dx == 0 && dy == 0) {
			return image;
		}
		List<Rectangle> regions = new ArrayList<>();
		Image target = image;
		if (moved) {
			if (spare == null) {
				spare = new Image(device, width, height);
			}
			target = spare;
			if (dx != 0) {
				regions.add(dx > 0 ? new Rectangle(width - dx, 0, dx, height) : new Rectangle(0, 0, -dx, height));
			}
			if (dy != 0) {
				regions.add(dy > 0 ? new Rectangle(0, height - dy, width, dy) : new Rectangle(0, 0, width, -dy));
			}
		} else {
			regions.add(new Rectangle(0, 0, width, height));
		}
		GC gc = new GC(target);
		try {
			if (moved) {
				gc.drawImage(image, -dx, -dy);
			}
			gc.setAntialias(antialias ? SWT.ON : SWT.OFF);
			for (Rectangle region : regions) {
				gc.setClipping(region);
				gc.setBackground(ocean);
				gc.fillRectangle(region);
				if (viewport.ready()) {
					MapPainter.paint(gc, viewport.projected(), origin.x, origin.y, region, fills, border,
							viewport.zoom() >= coastZoom ? coast : null);
				}
			}
		} finally {
			gc.dispose();
		}
		if (moved) {
			spare = image;
			image = target;
		}
		paintedOrigin = origin;
		paintedZoom = viewport.zoom();
		paintedVersion = version;
		lastNanos = System.nanoTime() - start;
		return image;
	}

	/** @return how long the last painting took, in nanoseconds */
	long lastNanos() {
		return lastNanos;
	}

	/** @return the image last painted, or null */
	Image image() {
		return image;
	}

	/** Frees the images. */
	void dispose() {
		if (image != null) {
			image.dispose();
			image = null;
		}
		if (spare != null) {
			spare.dispose();
			spare = null;
		}
	}
}
