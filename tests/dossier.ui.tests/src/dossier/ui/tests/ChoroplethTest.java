package dossier.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dossier.ui.countries.internal.map.Choropleth;

/** The world map's classes: log steps with round bounds, at most seven, the last ending at the largest count. */
class ChoroplethTest {

	@Test
	void classesAreLogStepsWithRoundBounds() {
		assertEquals(List.of("1\u20132", "3\u20139", "10\u201329", "30\u201399", "100\u2013499", "500\u20131,999",
				"2,000\u20135,000"), labels(Choropleth.upTo(5000)));
		assertEquals(List.of("1", "2", "3\u20134", "5\u20139", "10\u201312"), labels(Choropleth.upTo(12)));
		assertEquals(List.of("1"), labels(Choropleth.upTo(1)));
		assertEquals(0, Choropleth.upTo(0).size());
		assertEquals(Choropleth.MAX_CLASSES, Choropleth.upTo(2_000_000).size());
	}

	@Test
	void countsFallInTheirClassesAndTheColoursDarken() {
		Choropleth classes = Choropleth.upTo(5000);
		assertEquals(-1, classes.classOf(0));
		assertEquals(0, classes.classOf(1));
		assertEquals(1, classes.classOf(3));
		assertEquals(6, classes.classOf(5000));
		for (int i = 1; i < classes.size(); i++) {
			int before = classes.colour(i - 1).red + classes.colour(i - 1).green + classes.colour(i - 1).blue;
			int now = classes.colour(i).red + classes.colour(i).green + classes.colour(i).blue;
			assertNotEquals(classes.colour(i - 1), classes.colour(i));
			assertEquals(true, now < before, "darker with more mentions");
		}
	}

	private static List<String> labels(Choropleth classes) {
		List<String> labels = new ArrayList<>();
		for (int i = 0; i < classes.size(); i++) {
			labels.add(classes.label(i));
		}
		return labels;
	}
}
