package dossier.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;

import dossier.countries.CountryAtlas;
import dossier.countries.MapResolution;
import dossier.ui.countries.internal.CountryRow;
import dossier.ui.countries.internal.map.WorldMap;
import dossier.ui.internal.Services;

/**
 * The map's shapes on a flat map: Russia and Fiji, which cross the antimeridian, and
 * Antarctica, which goes round the pole, fill their own land and no band across the world.
 */
class WorldMapGeometryTest {

	@Test
	void shapesAcrossTheAntimeridianAndRoundThePoleStayInPlace() {
		Shell shell = new Shell(Display.getCurrent());
		try {
			shell.setLayout(new FillLayout());
			WorldMap map = new WorldMap(shell);
			shell.setSize(1440, 720);
			shell.open();
			CountryAtlas atlas = Services.get(CountryAtlas.class);
			map.setOutlines(atlas.outlines(MapResolution.MEDIUM), Map.of());
			map.setCounts(List.of(new CountryRow(atlas.country("RU").orElseThrow(), 1, 5),
					new CountryRow(atlas.country("FJ").orElseThrow(), 1, 1)));
			while (Display.getCurrent().readAndDispatch()) {
				// lay out
			}
			map.reset();
			// Chukotka, east of 180°, and Russia's Far East west of it
			assertEquals("RU", at(map, 177, 66));
			assertEquals("RU", at(map, -175, 66.5));
			// the sea north of Alaska and the Pacific are sea, not a band of Russia or Fiji
			assertEquals("", at(map, -25, 67.5), "no stripe of Chukotka across the Denmark Strait");
			assertEquals("", at(map, 0, 71.2), "no stripe of Wrangel Island across the Norwegian Sea");
			assertEquals("", at(map, 0, -16.5), "no stripe of Fiji along 16.5°S");
			assertEquals("", at(map, -30, -45));
			// Antarctica fills the south, from its coast to the pole
			map.pan(0, 2000);
			assertEquals("AQ", at(map, 0, -85));
			assertEquals("AQ", at(map, 100, -80));
			assertTrue(!at(map, 0, -50).equals("AQ"));
		} finally {
			shell.dispose();
		}
	}

	private static String at(WorldMap map, double lon, double lat) {
		Point p = map.toCanvas(lon, lat);
		return map.countryAt(p.x, p.y);
	}
}
