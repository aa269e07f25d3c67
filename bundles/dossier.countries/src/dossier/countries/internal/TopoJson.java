package dossier.countries.internal;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

import dossier.countries.CountryOutline.Polygon;
import dossier.countries.CountryOutline.Ring;

/**
 * A TopoJSON decoder (https://github.com/topojson/topojson-specification) for the polygons
 * of a world map. A topology stores each shared border once, as an arc; a polygon's ring is
 * the list of the arcs around it, an index {@code ~i} (that is {@code -i-1}) meaning arc
 * {@code i} walked backwards. In a quantized topology the arcs' positions are integers,
 * each one the difference from the one before (delta encoding), and the topology's
 * {@code transform} turns them into longitudes and latitudes:
 * {@code lon = x * scale[0] + translate[0]}. Stitching arcs into a ring drops each arc's
 * first point, which is the previous arc's last.
 */
public final class TopoJson {

	/**
	 * One geometry of an object, decoded.
	 *
	 * @param id the geometry's {@code id}, or the empty string
	 * @param properties its {@code properties} that are strings or numbers, as strings
	 * @param type its type ({@code Polygon}, {@code MultiPolygon}...), or the empty string for a
	 *             null geometry
	 * @param polygons its polygons; none for a null geometry or one of another type
	 */
	public record Feature(String id, Map<String, String> properties, String type, List<Polygon> polygons) {

		/** Copies. */
		public Feature {
			properties = Map.copyOf(properties);
			polygons = List.copyOf(polygons);
		}

		/**
		 * @param name a property's name
		 * @return its value, or the empty string
		 */
		public String property(String name) {
			return properties.getOrDefault(name, ""); //$NON-NLS-1$
		}
	}

	private final JsonObject objects;
	private final double[][] arcs;

	private TopoJson(JsonObject objects, double[][] arcs) {
		this.objects = objects;
		this.arcs = arcs;
	}

	/**
	 * @param reader a TopoJSON topology
	 * @return the topology with its arcs decoded
	 * @throws IOException if it cannot be read or is no topology
	 */
	public static TopoJson read(Reader reader) throws IOException {
		JsonObject topology;
		try {
			topology = JsonParser.parseReader(reader).getAsJsonObject();
		} catch (JsonParseException | IllegalStateException e) {
			throw new IOException("Not TopoJSON: " + e.getMessage(), e); //$NON-NLS-1$
		}
		if (!"Topology".equals(string(topology, "type"))) { //$NON-NLS-1$ //$NON-NLS-2$
			throw new IOException("Not a TopoJSON topology: its type is " + string(topology, "type")); //$NON-NLS-1$ //$NON-NLS-2$
		}
		double[] scale = { 1, 1 };
		double[] translate = { 0, 0 };
		boolean quantized = topology.has("transform") && topology.get("transform").isJsonObject(); //$NON-NLS-1$ //$NON-NLS-2$
		if (quantized) {
			JsonObject transform = topology.getAsJsonObject("transform"); //$NON-NLS-1$
			scale = pair(transform.getAsJsonArray("scale")); //$NON-NLS-1$
			translate = pair(transform.getAsJsonArray("translate")); //$NON-NLS-1$
		}
		JsonArray arcArray = topology.has("arcs") ? topology.getAsJsonArray("arcs") : new JsonArray(); //$NON-NLS-1$ //$NON-NLS-2$
		double[][] arcs = new double[arcArray.size()][];
		for (int a = 0; a < arcs.length; a++) {
			arcs[a] = arc(arcArray.get(a).getAsJsonArray(), quantized, scale, translate);
		}
		JsonObject objects = topology.has("objects") ? topology.getAsJsonObject("objects") : new JsonObject(); //$NON-NLS-1$ //$NON-NLS-2$
		return new TopoJson(objects, arcs);
	}

	/** @return the names of the topology's objects */
	public List<String> objectNames() {
		return List.copyOf(objects.keySet());
	}

	/** @return how many arcs the topology has */
	public int arcCount() {
		return arcs.length;
	}

	/**
	 * @param name an object's name, such as {@code countries}
	 * @return its geometries in order: the members of a GeometryCollection, or the object
	 *         itself; none if there is no such object
	 * @throws IOException if a geometry names an arc that does not exist
	 */
	public List<Feature> features(String name) throws IOException {
		JsonElement object = objects.get(name);
		if (object == null || !object.isJsonObject()) {
			return List.of();
		}
		List<Feature> features = new ArrayList<>();
		JsonObject o = object.getAsJsonObject();
		if ("GeometryCollection".equals(string(o, "type"))) { //$NON-NLS-1$ //$NON-NLS-2$
			for (JsonElement geometry : o.getAsJsonArray("geometries")) { //$NON-NLS-1$
				features.add(feature(geometry.getAsJsonObject()));
			}
		} else {
			features.add(feature(o));
		}
		return features;
	}

	private Feature feature(JsonObject geometry) throws IOException {
		Map<String, String> properties = new LinkedHashMap<>();
		JsonElement props = geometry.get("properties"); //$NON-NLS-1$
		if (props != null && props.isJsonObject()) {
			for (Map.Entry<String, JsonElement> e : props.getAsJsonObject().entrySet()) {
				if (e.getValue().isJsonPrimitive()) {
					properties.put(e.getKey(), e.getValue().getAsString());
				}
			}
		}
		String type = string(geometry, "type"); //$NON-NLS-1$
		List<Polygon> polygons = new ArrayList<>();
		collect(geometry, polygons);
		return new Feature(string(geometry, "id"), properties, type, polygons); //$NON-NLS-1$
	}

	/** Adds the polygons of a geometry, following nested GeometryCollections. */
	private void collect(JsonObject geometry, List<Polygon> polygons) throws IOException {
		switch (string(geometry, "type")) { //$NON-NLS-1$
		case "Polygon" -> polygons.add(polygon(geometry.getAsJsonArray("arcs"))); //$NON-NLS-1$ //$NON-NLS-2$
		case "MultiPolygon" -> { //$NON-NLS-1$
			for (JsonElement polygon : geometry.getAsJsonArray("arcs")) { //$NON-NLS-1$
				polygons.add(polygon(polygon.getAsJsonArray()));
			}
		}
		case "GeometryCollection" -> { //$NON-NLS-1$
			for (JsonElement member : geometry.getAsJsonArray("geometries")) { //$NON-NLS-1$
				collect(member.getAsJsonObject(), polygons);
			}
		}
		default -> {
			// points and lines have no area; a null geometry has nothing
		}
		}
	}

	private Polygon polygon(JsonArray rings) throws IOException {
		List<Ring> decoded = new ArrayList<>(rings.size());
		for (JsonElement ring : rings) {
			decoded.add(ring(ring.getAsJsonArray()));
		}
		return new Polygon(decoded);
	}

	/**
	 * @param arcIndices the arcs around the ring, {@code ~i} for arc {@code i} reversed
	 * @return the ring's points, each arc's first point dropped after the first arc
	 */
	Ring ring(JsonArray arcIndices) throws IOException {
		double[] points = new double[64];
		int n = 0;
		for (JsonElement element : arcIndices) {
			int index = element.getAsInt();
			boolean reversed = index < 0;
			int a = reversed ? ~index : index;
			if (a >= arcs.length) {
				throw new IOException("The topology has no arc " + a); //$NON-NLS-1$
			}
			double[] arc = arcs[a];
			if (n > 0) {
				n -= 2; // the arc starts where the last one ended
			}
			if (n + arc.length > points.length) {
				points = Arrays.copyOf(points, Math.max(points.length * 2, n + arc.length));
			}
			int count = arc.length / 2;
			for (int p = 0; p < count; p++) {
				int from = 2 * (reversed ? count - 1 - p : p);
				points[n++] = arc[from];
				points[n++] = arc[from + 1];
			}
		}
		if (n >= 2 && (points[0] != points[n - 2] || points[1] != points[n - 1])) {
			if (n + 2 > points.length) {
				points = Arrays.copyOf(points, n + 2);
			}
			points[n++] = points[0]; // a ring is closed even if its arcs do not quite meet
			points[n++] = points[1];
		}
		return new Ring(Arrays.copyOf(points, n));
	}

	/** Decodes one arc: positions accumulated if quantized, then transformed. */
	private static double[] arc(JsonArray positions, boolean quantized, double[] scale, double[] translate) {
		double[] out = new double[positions.size() * 2];
		double x = 0;
		double y = 0;
		for (int p = 0; p < positions.size(); p++) {
			JsonArray position = positions.get(p).getAsJsonArray();
			if (quantized) {
				x += position.get(0).getAsDouble();
				y += position.get(1).getAsDouble();
				out[2 * p] = x * scale[0] + translate[0];
				out[2 * p + 1] = y * scale[1] + translate[1];
			} else {
				out[2 * p] = position.get(0).getAsDouble();
				out[2 * p + 1] = position.get(1).getAsDouble();
			}
		}
		return out;
	}

	private static double[] pair(JsonArray array) throws IOException {
		if (array == null || array.size() < 2) {
			throw new IOException("A TopoJSON transform needs two numbers for scale and translate"); //$NON-NLS-1$
		}
		return new double[] { array.get(0).getAsDouble(), array.get(1).getAsDouble() };
	}

	private static String string(JsonObject o, String name) {
		JsonElement e = o.get(name);
		return e == null || e.isJsonNull() ? "" : e.getAsString(); //$NON-NLS-1$
	}
}
