package dossier.countries.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import org.junit.jupiter.api.Test;

import dossier.countries.CountryOutline;
import dossier.countries.CountryOutline.Bounds;
import dossier.countries.CountryOutline.Polygon;
import dossier.countries.CountryOutline.Ring;
import dossier.countries.MapResolution;

/** The TopoJSON decoder on a small topology worked by hand, and on the shipped world maps. */
class TopoJsonTest {

	/**
	 * Two squares side by side sharing the edge x=4 (arc 0, from (4,4) down to (4,0)), and an
	 * island. Quantized: positions delta-encoded, then x * 0.5 + 10, y * 0.25 + 20.
	 */
	private static final String SQUARES = """
			{"type":"Topology","transform":{"scale":[0.5,0.25],"translate":[10,20]},
			 "objects":{"shapes":{"type":"GeometryCollection","geometries":[
			   {"type":"Polygon","id":"001","properties":{"name":"West","rank":3},"arcs":[[-1,1]]},
			   {"type":"MultiPolygon","id":"002","properties":{"name":"East"},"arcs":[[[2,0]],[[3]]]},
			   {"type":null,"properties":{"name":"Nowhere"}}]}},
			 "arcs":[[[4,4],[0,-4]],
			         [[4,4],[-4,0],[0,-4],[4,0]],
			         [[4,0],[4,0],[0,4],[-4,0]],
			         [[10,10],[1,0],[0,1],[-1,-1]]]}
			"""; //$NON-NLS-1$

	@Test
	void arcsAreDeltaDecodedTransformedAndStitchedWithReversedArcs() throws IOException {
		List<TopoJson.Feature> features = TopoJson.read(new StringReader(SQUARES)).features("shapes");

		assertEquals(3, features.size());
		TopoJson.Feature west = features.get(0);
		assertEquals("001", west.id());
		assertEquals("West", west.property("name"));
		assertEquals("3", west.property("rank"));
		// reversed arc 0 (4,0)->(4,4), then arc 1 without its first point: (0,4) (0,0) (4,0)
		assertArrayEquals(new double[] { 12, 20, 12, 21, 10, 21, 10, 20, 12, 20 },
				west.polygons().get(0).exterior().coordinates());

		TopoJson.Feature east = features.get(1);
		assertEquals("MultiPolygon", east.type());
		assertEquals(2, east.polygons().size());
		// arc 2 (4,0)->(8,0)->(8,4)->(4,4), then arc 0 forwards back down to (4,0)
		assertArrayEquals(new double[] { 12, 20, 14, 20, 14, 21, 12, 21, 12, 20 },
				east.polygons().get(0).exterior().coordinates());
		assertArrayEquals(new double[] { 15, 22.5, 15.5, 22.5, 15.5, 22.75, 15, 22.5 },
				east.polygons().get(1).exterior().coordinates());

		assertEquals("", features.get(2).type());
		assertTrue(features.get(2).polygons().isEmpty());
	}

	@Test
	void aTopologyWithoutTransformHasAbsolutePositions() throws IOException {
		String plain = """
				{"type":"Topology","objects":{"one":{"type":"Polygon","arcs":[[0]]}},
				 "arcs":[[[-1.5,50.25],[2.5,50.25],[2.5,52],[-1.5,50.25]]]}
				""";
		Ring ring = TopoJson.read(new StringReader(plain)).features("one").get(0).polygons().get(0).exterior();
		assertArrayEquals(new double[] { -1.5, 50.25, 2.5, 50.25, 2.5, 52, -1.5, 50.25 }, ring.coordinates());
		assertTrue(ring.isClosed());
	}

	@Test
	void whatIsNoTopologyIsRefused() {
		assertThrows(IOException.class, () -> TopoJson.read(new StringReader("{\"type\":\"FeatureCollection\"}")));
		assertThrows(IOException.class, () -> TopoJson.read(new StringReader("[1,2")));
		String badArc = "{\"type\":\"Topology\",\"objects\":{\"x\":{\"type\":\"Polygon\",\"arcs\":[[7]]}},\"arcs\":[]}";
		assertThrows(IOException.class, () -> TopoJson.read(new StringReader(badArc)).features("x"));
	}

	@Test
	void theWorldMapsHaveEveryCountryWithClosedRingsOnTheGlobe() {
		BundledCountryAtlas atlas = new BundledCountryAtlas();
		// world-atlas 2.0.2: 177 shapes at 1:110m, 241 at 1:50m
		assertEquals(177, atlas.outlines(MapResolution.LOW).size());
		assertEquals(241, atlas.outlines(MapResolution.MEDIUM).size());
		for (MapResolution resolution : MapResolution.values()) {
			for (CountryOutline outline : atlas.outlines(resolution)) {
				assertFalse(outline.polygons().isEmpty(), outline.name());
				for (Polygon polygon : outline.polygons()) {
					for (Ring ring : polygon.rings()) {
						assertTrue(ring.isClosed(), outline.name());
						assertTrue(ring.size() >= 4, outline.name() + " " + ring);
						Bounds b = ring.bounds();
						assertTrue(b.west() >= -180 - 1e-9 && b.east() <= 180 + 1e-9, outline.name() + " " + b);
						assertTrue(b.south() >= -90 - 1e-9 && b.north() <= 90 + 1e-9, outline.name() + " " + b);
					}
				}
			}
		}
	}

	@Test
	void nigeriaIsWhereItIs() {
		BundledCountryAtlas atlas = new BundledCountryAtlas();
		for (MapResolution resolution : MapResolution.values()) {
			CountryOutline nigeria = atlas.outline("NG", resolution).orElseThrow();
			assertEquals("566", nigeria.numeric());
			assertEquals("Nigeria", nigeria.name());
			Bounds b = nigeria.bounds();
			// Nigeria lies between about 2.7 and 14.7 east, 4.3 and 13.9 north
			assertEquals(2.7, b.west(), 0.3, b.toString());
			assertEquals(14.7, b.east(), 0.3, b.toString());
			assertEquals(4.3, b.south(), 0.3, b.toString());
			assertEquals(13.9, b.north(), 0.3, b.toString());
		}
		Bounds vietnam = atlas.outline("VNM", MapResolution.MEDIUM).orElseThrow().bounds();
		assertTrue(vietnam.contains(105.85, 21.03), "Hanoi"); //$NON-NLS-1$
		assertTrue(vietnam.contains(106.63, 10.82), "Ho Chi Minh City"); //$NON-NLS-1$
		assertTrue(atlas.outline("008", MapResolution.LOW).orElseThrow().bounds().contains(19.82, 41.33), "Tirana");
	}

	@Test
	void holesAndShapesWithoutCodesAndCountriesInSeveralShapes() {
		BundledCountryAtlas atlas = new BundledCountryAtlas();
		// Lesotho is a hole in South Africa
		CountryOutline southAfrica = atlas.outline("ZA", MapResolution.LOW).orElseThrow();
		Bounds lesotho = atlas.outline("LS", MapResolution.LOW).orElseThrow().bounds();
		assertTrue(southAfrica.polygons().stream().flatMap(p -> p.holes().stream()).map(Ring::bounds)
				.anyMatch(hole -> hole.contains(lesotho.west() + 0.01, lesotho.south() + 0.01)
						&& hole.contains(lesotho.east() - 0.01, lesotho.north() - 0.01)), southAfrica.toString());
		// the map has no numeric code for Kosovo: it is found by name
		CountryOutline kosovo = atlas.outline("XK", MapResolution.LOW).orElseThrow();
		assertEquals("", kosovo.numeric());
		assertEquals("Kosovo", kosovo.name());
		// Somaliland is drawn but is no ISO 3166 country
		assertTrue(atlas.outlines(MapResolution.LOW).stream()
				.anyMatch(o -> o.name().equals("Somaliland") && o.alpha2().isEmpty()));
		// at 1:50m Australia's shape and that of the Ashmore and Cartier Islands both carry 036
		CountryOutline australia = atlas.outline("AU", MapResolution.MEDIUM).orElseThrow();
		long parts = atlas.outlines(MapResolution.MEDIUM).stream().filter(o -> o.alpha2().equals("AU")).count();
		assertEquals(2, parts);
		int polygons = atlas.outlines(MapResolution.MEDIUM).stream().filter(o -> o.alpha2().equals("AU"))
				.mapToInt(o -> o.polygons().size()).sum();
		assertEquals(polygons, australia.polygons().size());
		assertTrue(atlas.outline("XX", MapResolution.LOW).isEmpty());
	}
}
