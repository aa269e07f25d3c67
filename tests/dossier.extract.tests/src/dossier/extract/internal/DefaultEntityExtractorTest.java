package dossier.extract.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dossier.core.document.SourceDocument;
import dossier.core.entity.Mention;
import dossier.core.entity.Recognizer;

class DefaultEntityExtractorTest {

	private static final SourceDocument DOC = SourceDocument.builder("d").text("SOCA receives £400 million").build();

	private static Recognizer finding(String kind, int start, int end, String id) {
		return (document, earlier) -> List.of(new Mention(kind, start, end, document.text().substring(start, end), id,
				id, Map.of()));
	}

	@Test
	void recognizersRunInOrderEachSeeingTheMentionsBeforeIt() {
		List<Integer> seen = new ArrayList<>();
		Recognizer counting = (document, earlier) -> {
			seen.add(earlier.size());
			return List.of();
		};
		DefaultEntityExtractor extractor = new DefaultEntityExtractor(List.of(
				RecognizerDescriptor.of(finding("agency", 0, 4, "SOCA"), 10, "agency"),
				RecognizerDescriptor.of(counting, 40, "funding")));

		List<Mention> mentions = extractor.extract(DOC);

		assertEquals(List.of(1), seen);
		assertEquals("SOCA", mentions.get(0).entityId());
	}

	@Test
	void aFailingRecognizerIsDisabledAndTheOthersStillRun() {
		Recognizer broken = (document, earlier) -> {
			throw new IllegalStateException("boom");
		};
		DefaultEntityExtractor extractor = new DefaultEntityExtractor(List.of(RecognizerDescriptor.of(broken, 5, "x"),
				RecognizerDescriptor.of(finding("agency", 0, 4, "SOCA"), 10, "agency")));

		assertEquals(1, extractor.extract(DOC).size());
		assertEquals(1, extractor.extract(DOC).size());
		assertTrue(extractor.disabled().contains(broken.getClass().getName()));
	}

	@Test
	void aMentionOutsideTheTextDisablesItsRecognizer() {
		DefaultEntityExtractor extractor = new DefaultEntityExtractor(
				List.of(RecognizerDescriptor.of(finding("agency", 0, 400, "SOCA"), 10, "agency")));

		assertTrue(extractor.extract(DOC).isEmpty());
		assertEquals(1, extractor.disabled().size());
	}

	@Test
	void mentionsComeBackInTextOrder() {
		DefaultEntityExtractor extractor = new DefaultEntityExtractor(
				List.of(RecognizerDescriptor.of(finding("funding", 14, 26, "£400m"), 40, "funding"),
						RecognizerDescriptor.of(finding("agency", 0, 4, "SOCA"), 50, "agency")));

		assertEquals(List.of("SOCA", "£400m"), extractor.extract(DOC).stream().map(Mention::entityId).toList());
	}
}
