package dossier.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.Test;

import dossier.core.entity.Mention;
import dossier.ui.internal.editors.MentionStyles;

class MentionStylesTest {

	private static final Mention SOCA = new Mention("agency", 0, 30, "Serious Organised Crime Agency", "SOCA",
			"Serious Organised Crime Agency", Map.of("type", "law-enforcement"));
	private static final Mention NESTED = new Mention("country", 10, 15, "x", "GB", "United Kingdom", Map.of());
	private static final Mention FUNDING = new Mention("funding", 40, 52, "£400 million", "SOCA", "£400 million to SOCA",
			Map.of("amount", "400000000"));

	@Test
	void mentionsAreColouredByKindWithoutOverlaps() {
		List<StyleRange> ranges = MentionStyles.ranges(List.of(SOCA, NESTED, FUNDING), Display.getCurrent());

		assertEquals(2, ranges.size(), "the nested mention is left unstyled");
		assertEquals(0, ranges.get(0).start);
		assertEquals(30, ranges.get(0).length);
		assertTrue(ranges.get(0).underline);
		assertNotEquals(ranges.get(0).foreground, ranges.get(1).foreground, "kinds differ in colour");
	}

	@Test
	void theHoverNamesTheCanonicalEntityAndItsFacts() {
		assertEquals(SOCA, MentionStyles.at(List.of(SOCA, FUNDING), 29).orElseThrow());
		assertTrue(MentionStyles.at(List.of(SOCA, FUNDING), 35).isEmpty());
		assertEquals("agency: Serious Organised Crime Agency (SOCA)\ntype: law-enforcement", MentionStyles.describe(SOCA));
		assertEquals("funding: £400 million to SOCA (SOCA)\namount: 400000000", MentionStyles.describe(FUNDING));
	}
}
