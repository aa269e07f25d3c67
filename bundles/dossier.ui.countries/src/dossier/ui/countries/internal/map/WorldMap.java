package dossier.ui.countries.internal.map;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.jface.resource.FontDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.accessibility.AccessibleAdapter;
import org.eclipse.swt.accessibility.AccessibleEvent;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;

import dossier.countries.CountryOutline;
import dossier.ui.countries.internal.CountryRow;
import dossier.ui.countries.internal.map.ProjectedShapes.Box;

/**
 * A world map drawn on a canvas: the 1:50m outlines in an equirectangular projection,
 * each country coloured by how often the collection mentions it (a choropleth with
 * logarithmic classes, and a legend). The pointer over a country shows its name and
 * counts; a click opens it. The mouse wheel, + and - zoom (the wheel around the pointer),
 * dragging and the arrow keys pan, 0 or Home shows the whole world; Page Down and Page Up
 * step through the countries the collection mentions, most first, typing a name chooses the
 * country, Enter opens the one chosen and Escape clears the choice.
 * <p>
 * Painting is kept fast: the outlines are projected once per zoom level into int arrays
 * ({@link ProjectedShapes}, the last few levels kept), with the borders between countries
 * stroked once and the coasts only when zoomed in; the map is painted into an image
 * ({@link MapBuffer}) only when the view changes, after a pan only the strips that come into
 * view; shapes off screen are skipped by their boxes. The legend, the highlight and the
 * label are drawn over the image when it is copied to the screen.
 */
public final class WorldMap {

	private static final int DRAG_THRESHOLD = 4;
	/** How long a pause ends a typed name, in milliseconds. */
	private static final int TYPING_PAUSE = 1000;

	private final Canvas canvas;
	private final Color land = new Color(0xe4, 0xe2, 0xdd);
	private final Color border = new Color(0x8a, 0x8a, 0x8a);
	private final Color highlight = new Color(0x10, 0x10, 0x10);
	private final Font bold;
	private final MapViewport viewport = new MapViewport();
	private final MapBuffer buffer;

	private final MapData data = new MapData(land);
	private boolean antialias = true;
	private int paints;

	private int hovered = -1;
	private int chosen = -1;
	private Point pointer;
	private Point dragStart;
	private boolean dragging;
	private String typed = ""; //$NON-NLS-1$
	private int typedAt;
	private Consumer<String> open = code -> {
	};

	/** @param parent where to create the canvas */
	public WorldMap(Composite parent) {
		canvas = new Canvas(parent, SWT.NO_BACKGROUND | SWT.NO_REDRAW_RESIZE);
		LocalResourceManager resources = new LocalResourceManager(JFaceResources.getResources(), canvas);
		bold = resources.create(FontDescriptor.createFrom(canvas.getFont()).setStyle(SWT.BOLD));
		buffer = new MapBuffer(canvas.getDisplay(), new Color(0xd4, 0xe4, 0xf1), border, new Color(0x9c, 0xb4, 0xc8), 2);
		canvas.addListener(SWT.Paint, this::paint);
		canvas.addListener(SWT.Resize, e -> {
			Rectangle area = canvas.getClientArea();
			viewport.resize(area.width, area.height);
			changed();
		});
		canvas.addListener(SWT.MouseDown, this::mouseDown);
		canvas.addListener(SWT.MouseMove, this::mouseMove);
		canvas.addListener(SWT.MouseUp, this::mouseUp);
		canvas.addListener(SWT.MouseExit, e -> hover(-1, null));
		canvas.addListener(SWT.MouseVerticalWheel, e -> zoomBy(e.count > 0 ? 1 : -1, new Point(e.x, e.y)));
		canvas.addListener(SWT.Traverse, WorldMap::traverse);
		canvas.addListener(SWT.KeyDown, this::keyDown);
		canvas.addListener(SWT.FocusIn, e -> canvas.redraw());
		canvas.addListener(SWT.FocusOut, e -> canvas.redraw());
		canvas.addListener(SWT.Dispose, e -> buffer.dispose());
		canvas.getAccessible().addAccessibleListener(new AccessibleAdapter() {
			@Override
			public void getName(AccessibleEvent e) {
				String label = label();
				e.result = "World map of mentions per country" + (label.isEmpty() ? "" : ": " + label.replace('\n', ' ')); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			}

			@Override
			public void getHelp(AccessibleEvent e) {
				e.result = keysHelp();
			}
		});
	}

	/** @return what the keys and the mouse do, for help texts */
	public static String keysHelp() {
		return "Wheel, + and - zoom; drag or the arrow keys pan; 0 shows the whole world; Page Down steps " //$NON-NLS-1$
				+ "through the countries mentioned, or type a name; click or Enter opens one"; //$NON-NLS-1$
	}

	/** @return the canvas */
	public Control control() {
		return canvas;
	}

	/** @param opener takes the alpha-2 code of a country clicked, or chosen and opened with Enter */
	public void onOpen(Consumer<String> opener) {
		open = opener;
	}

	/**
	 * @param outlines the shapes of the map, in the order they are painted
	 * @param countryNames the name to show for each shape's alpha-2 code (shapes without one,
	 *                     or not in it, show the name the map gives them)
	 */
	public void setOutlines(List<CountryOutline> outlines, Map<String, String> countryNames) {
		data.setOutlines(outlines, countryNames);
		viewport.setOutlines(outlines);
		hovered = -1;
		chosen = -1;
		buffer.invalidate();
		changed();
	}

	/** @param counts the countries with their counts; shapes of countries not listed have none */
	public void setCounts(List<CountryRow> counts) {
		data.setCounts(counts);
		buffer.invalidate();
		changed();
	}

	/** @return the choropleth's classes */
	public Choropleth classes() {
		return data.classes();
	}

	/** Shows the whole world. */
	public void reset() {
		viewport.reset();
		changed();
	}

	/** Zooms in one step around the centre. */
	public void zoomIn() {
		zoomBy(1, null);
	}

	/** Zooms out one step around the centre. */
	public void zoomOut() {
		zoomBy(-1, null);
	}

	/** @return the zoom level, 0 for the whole world */
	public int zoom() {
		return viewport.zoom();
	}

	/**
	 * @param dx pixels to move the view to the right (the map moves left)
	 * @param dy pixels to move the view down
	 */
	public void pan(int dx, int dy) {
		viewport.pan(dx, dy);
		changed();
	}

	/**
	 * Centres a country, zoomed in until it fills about a third of the view, and chooses it.
	 *
	 * @param alpha2 a country's code
	 * @return whether the map has the country
	 */
	public boolean showCountry(String alpha2) {
		int index = data.indexOf(alpha2);
		if (index < 0 || !viewport.ready()) {
			return false;
		}
		viewport.show(index);
		choose(index);
		changed();
		return true;
	}

	/**
	 * @param lon a longitude
	 * @param lat a latitude
	 * @return where the point is on the canvas, as the map is now
	 */
	public Point toCanvas(double lon, double lat) {
		return viewport.toView(lon, lat);
	}

	/**
	 * @param x a point of the canvas
	 * @param y its y
	 * @return the colour the map has there, under the legend, highlight and label
	 */
	public RGB colourAt(int x, int y) {
		Image image = paintMap();
		ImageData data = image.getImageData();
		return data.palette.getRGB(data.getPixel(x, y));
	}

	/**
	 * @param x a point of the canvas
	 * @param y its y
	 * @return the alpha-2 code of the country there, or the empty string (sea, or a shape
	 *         without a code)
	 */
	public String countryAt(int x, int y) {
		int index = viewport.shapeAt(new Point(x, y), MapPainter.DOT + 2);
		return index < 0 ? "" : data.code(index); //$NON-NLS-1$
	}

	/**
	 * Paints the whole map into its image now, as a zoom does, for measuring.
	 *
	 * @return how long it took, in nanoseconds
	 */
	public long paintAllNow() {
		buffer.invalidate();
		paintMap();
		return buffer.lastNanos();
	}

	/**
	 * Pans and paints the map into its image now, as a drag does, for measuring.
	 *
	 * @param dx pixels to move the view to the right
	 * @param dy pixels to move the view down
	 * @return how long painting took, in nanoseconds
	 */
	public long panNow(int dx, int dy) {
		viewport.pan(dx, dy);
		paintMap();
		return buffer.lastNanos();
	}

	/** Paints the whole map again at the next paint event, for measuring. */
	public void repaintAll() {
		buffer.invalidate();
		changed();
	}

	/** @return how many times the canvas has been painted, for measuring whole frames */
	public int paints() {
		return paints;
	}

	/** @param on whether to smooth the edges of shapes (slower) */
	public void setAntialias(boolean on) {
		antialias = on;
		buffer.invalidate();
		changed();
	}

	/** @return the text of the label over the map (the country under the pointer, else the one chosen), or "" */
	public String label() {
		int shown = hovered >= 0 ? hovered : chosen;
		return shown < 0 ? "" : data.name(shown) + "\n" + data.counts(shown); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** @return the alpha-2 code of the country chosen with the keyboard or a click, or "" */
	public String chosen() {
		return chosen < 0 ? "" : data.code(chosen); //$NON-NLS-1$
	}

	/**
	 * Moves the pointer's highlight as a mouse move does.
	 *
	 * @param x a point of the canvas
	 * @param y its y
	 */
	public void hoverAt(int x, int y) {
		Point p = new Point(x, y);
		hover(viewport.shapeAt(p, MapPainter.DOT + 2), p);
	}

	/** Opens the chosen country, or the one under the pointer. */
	public void openChosen() {
		int index = chosen >= 0 ? chosen : hovered;
		if (index >= 0 && !data.code(index).isEmpty()) {
			open.accept(data.code(index));
		}
	}

	/** The view changed: the country under a still pointer may be another, and the canvas needs painting. */
	private void changed() {
		if (pointer != null && !dragging) {
			hovered = viewport.shapeAt(pointer, MapPainter.DOT + 2);
		}
		if (!canvas.isDisposed()) {
			canvas.redraw();
		}
	}

	private void zoomBy(int steps, Point around) {
		if (viewport.zoomBy(steps, around)) {
			changed();
		}
	}

	private void hover(int index, Point at) {
		pointer = at;
		if (index != hovered || index >= 0) {
			hovered = index;
			canvas.setCursor(index >= 0 && !data.code(index).isEmpty()
					? canvas.getDisplay().getSystemCursor(SWT.CURSOR_HAND)
					: null);
			canvas.redraw();
		}
	}

	private void choose(int index) {
		chosen = index;
		canvas.redraw();
		canvas.getAccessible().selectionChanged();
	}

	private void mouseDown(Event e) {
		if (e.button == 1) {
			canvas.setFocus();
			dragStart = new Point(e.x, e.y);
			dragging = false;
		}
	}

	private void mouseMove(Event e) {
		if (dragStart != null && (e.stateMask & SWT.BUTTON1) != 0) {
			int dx = e.x - dragStart.x;
			int dy = e.y - dragStart.y;
			if (dragging || Math.abs(dx) > DRAG_THRESHOLD || Math.abs(dy) > DRAG_THRESHOLD) {
				dragging = true;
				dragStart = new Point(e.x, e.y);
				hovered = -1;
				pan(-dx, -dy);
			}
			return;
		}
		hoverAt(e.x, e.y);
	}

	private void mouseUp(Event e) {
		if (e.button != 1 || dragStart == null) {
			return;
		}
		boolean wasDrag = dragging;
		dragStart = null;
		dragging = false;
		int index = viewport.shapeAt(new Point(e.x, e.y), MapPainter.DOT + 2);
		if (!wasDrag && index >= 0 && !data.code(index).isEmpty()) {
			choose(index);
			open.accept(data.code(index));
		} else if (wasDrag) {
			hoverAt(e.x, e.y);
		}
	}

	private static void traverse(Event e) {
		switch (e.detail) {
		case SWT.TRAVERSE_ARROW_NEXT, SWT.TRAVERSE_ARROW_PREVIOUS, SWT.TRAVERSE_RETURN, SWT.TRAVERSE_PAGE_NEXT,
				SWT.TRAVERSE_PAGE_PREVIOUS, SWT.TRAVERSE_ESCAPE -> e.doit = false; // keys of the map
		case SWT.TRAVERSE_TAB_NEXT, SWT.TRAVERSE_TAB_PREVIOUS -> e.doit = true;
		default -> {
			// the platform decides
		}
		}
	}

	private void keyDown(Event e) {
		Rectangle area = canvas.getClientArea();
		int stepX = Math.max(16, area.width / 8);
		int stepY = Math.max(16, area.height / 8);
		switch (e.keyCode) {
		case SWT.ARROW_LEFT -> pan(-stepX, 0);
		case SWT.ARROW_RIGHT -> pan(stepX, 0);
		case SWT.ARROW_UP -> pan(0, -stepY);
		case SWT.ARROW_DOWN -> pan(0, stepY);
		case SWT.KEYPAD_ADD -> zoomIn();
		case SWT.KEYPAD_SUBTRACT -> zoomOut();
		case SWT.HOME, SWT.KEYPAD_0 -> reset();
		case SWT.PAGE_DOWN -> step(1);
		case SWT.PAGE_UP -> step(-1);
		case SWT.CR, SWT.KEYPAD_CR -> openChosen();
		case SWT.ESC -> {
			choose(-1);
			typed = ""; //$NON-NLS-1$
		}
		default -> {
			if (!typed(e.character, e.time)) {
				return;
			}
		}
		}
		e.doit = false;
	}

	/**
	 * The keys that are characters: + and - zoom and 0 shows the whole world, unless they
	 * follow letters typed (a name such as "Guinea-Bissau"); letters choose a country by name.
	 *
	 * @return whether the key was the map's
	 */
	private boolean typed(char c, int time) {
		boolean fresh = typed.isEmpty() || Integer.toUnsignedLong(time - typedAt) > TYPING_PAUSE;
		if (fresh) {
			switch (c) {
			case '+', '=' -> {
				zoomIn();
				return true;
			}
			case '-', '_' -> {
				zoomOut();
				return true;
			}
			case '0' -> {
				reset();
				return true;
			}
			default -> {
				if (!Character.isLetter(c)) {
					return false;
				}
				typed = ""; //$NON-NLS-1$
			}
			}
		} else if (!Character.isLetter(c) && c != ' ' && c != '-' && c != '\'') {
			return false;
		}
		typed += c;
		typedAt = time;
		findTyped();
		return true;
	}

	/** Chooses the country whose name starts with what was typed, the most mentioned first. */
	private void findTyped() {
		show(data.find(typed));
	}

	/** Chooses the next (or previous) country the collection mentions, most mentions first. */
	private void step(int direction) {
		show(data.step(chosen, direction));
	}

	/** Chooses a country with the keyboard and pans to it if it is out of view. */
	private void show(int index) {
		if (index >= 0) {
			choose(index);
			hovered = -1;
			pointer = null;
			viewport.reveal(index);
			changed();
		}
	}

	private Image paintMap() {
		Rectangle area = canvas.getClientArea();
		return buffer.paint(viewport, area.width, area.height, data.fills(), antialias);
	}

	private void paint(Event e) {
		Image image = paintMap();
		if (image == null) {
			return;
		}
		GC gc = e.gc;
		gc.drawImage(image, 0, 0);
		Rectangle area = canvas.getClientArea();
		gc.setAntialias(SWT.ON);
		if (viewport.ready()) {
			overlay(gc, area);
		}
		MapLegend.paint(gc, data.classes(), land, border, bold, area.height);
		String credit = "Natural Earth 1:50m, equirectangular"; //$NON-NLS-1$
		Point size = gc.textExtent(credit);
		gc.setForeground(border);
		gc.drawText(credit, area.width - size.x - 8, area.height - size.y - 4, true);
		if (canvas.isFocusControl()) {
			gc.drawFocus(1, 1, area.width - 2, area.height - 2);
		}
		paints++;
	}

	/** The chosen country's outline, the one under the pointer, and the label of either. */
	private void overlay(GC gc, Rectangle area) {
		Point origin = viewport.origin();
		ProjectedShapes shapes = viewport.projected();
		if (chosen >= 0) {
			gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_SELECTION));
			gc.setLineWidth(3);
			MapPainter.highlight(gc, shapes, chosen, origin.x, origin.y);
		}
		if (hovered >= 0) {
			gc.setForeground(highlight);
			gc.setLineWidth(2);
			MapPainter.highlight(gc, shapes, hovered, origin.x, origin.y);
		}
		gc.setLineWidth(1);
		int shown = hovered >= 0 ? hovered : chosen;
		if (shown >= 0) {
			Box box = shapes.shapes()[shown].box();
			Point at = hovered >= 0 && pointer != null ? new Point(pointer.x + 16, pointer.y + 18)
					: new Point(box.centreX() - origin.x + 8, box.centreY() - origin.y + 8);
			MapLabel.paint(gc, data.name(shown), data.counts(shown), bold, at, area, border);
		}
	}
}
