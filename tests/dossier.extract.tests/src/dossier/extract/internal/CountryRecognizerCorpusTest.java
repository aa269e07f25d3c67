package dossier.extract.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;

import dossier.core.document.SourceDocument;
import dossier.core.entity.Mention;

/** The country recognizer on real written answers, with a throughput report. */
class CountryRecognizerCorpusTest {

	private static final CountryRecognizer RECOGNIZER = new CountryRecognizer();

	private static Set<String> idSet(SourceDocument document) {
		return RECOGNIZER.recognize(document, List.of()).stream().map(Mention::entityId)
				.collect(Collectors.toCollection(TreeSet::new));
	}

	private static Set<String> parlparse(String file, String id) throws IOException {
		return idSet(CorpusDocuments.parlparse(file, "uk.org.publicwhip/wrans/" + id));
	}

	@Test
	void parlparseAnswers() throws IOException {
		// "the Republic of Cyprus, (b) Greece and (c) Turkey"
		assertEquals(Set.of("CY", "GR", "TR"), parlparse("answers2009-10-26f.xml", "2009-10-26f.295626.r0"));
		// "Democratic Republic of Congo (DRC) and Rwanda"; "Congolese President Kabila" is left out
		assertEquals(Set.of("CD", "RW"), parlparse("answers2009-10-26f.xml", "2009-10-26f.294737.r0"));
		// the LNG plant at Bonny Island in Nigeria: "Island" is not Iceland
		assertEquals(Set.of("NG"), parlparse("answers2009-10-26f.xml", "2009-10-26f.293803.r0"));
		assertEquals(Set.of("TR"), parlparse("answers2009-10-27c.xml", "2009-10-27c.293718.r0"));
		// Burma, Burmese refugees in Thailand, UK aid
		assertEquals(Set.of("GB", "MM", "TH"), parlparse("answers2009-10-27c.xml", "2009-10-27c.295921.r0"));
		// Southern Sudan (2009), the Democratic Republic of Congo and the Central African Republic
		assertEquals(Set.of("CD", "CF", "SD"), parlparse("answers2009-10-28c.xml", "2009-10-28c.292519.r0"));
	}

	@Test
	void writtenAnswers() throws IOException {
		assertEquals(Set.of("GB", "NG"), ids("commons-2024-07.json.gz", 1723401));
		assertEquals(Set.of("CZ", "GB", "PL", "SE"), ids("commons-2024-07.json.gz", 1723429));
		// "UK-Vietnam Migration Dialogue", "Vietnamese officials"; the Home Office is no country
		assertEquals(Set.of("GB", "VN"), ids("commons-2023-12.json.gz", 1678072));
		assertEquals(Set.of("AO", "CD", "GB", "RW"), ids("commons-2025-01.json.gz", 1755451));
		assertEquals(Set.of("BN", "ID", "LA", "MM", "MV", "MY"), ids("commons-2025-01.json.gz", 1756223));
		assertEquals(Set.of("GB", "TR"), ids("commons-2025-10.json.gz", 1838263));
		// "Albanian national offenders"; England and Wales are no ISO countries
		assertEquals(Set.of("AL", "GB"), ids("commons-2025-11.json.gz", 1848233));
		assertEquals(Set.of("TH", "VN"), ids("commons-2025-12.json.gz", 1862410));
		assertEquals(Set.of("CI", "CM", "GB", "GH"), ids("commons-2026-07.json.gz", 1926472));
	}

	private static Set<String> ids(String file, int id) throws IOException {
		return idSet(CorpusDocuments.writtenAnswer(file, id));
	}

	/** Prints the top countries of a month, the speed and 20 random mentions to check by eye. */
	@Test
	void aMonthOfWrittenQuestions() throws IOException {
		List<SourceDocument> documents = CorpusDocuments.writtenQuestions("commons-2024-07.json.gz").stream()
				.map(CorpusDocuments::writtenAnswer).toList();
		for (SourceDocument d : documents) { // warm up
			RECOGNIZER.recognize(d, List.of());
		}
		long t0 = System.nanoTime();
		List<Map.Entry<SourceDocument, Mention>> all = new ArrayList<>();
		for (SourceDocument d : documents) {
			RECOGNIZER.recognize(d, List.of()).forEach(m -> all.add(Map.entry(d, m)));
		}
		double seconds = (System.nanoTime() - t0) / 1e9;

		Map<String, Integer> counts = new HashMap<>();
		all.forEach(e -> counts.merge(e.getValue().entityId(), 1, Integer::sum));
		StringBuilder report = new StringBuilder();
		report.append(String.format("%d documents, %d country mentions, %.0f documents/s%n", documents.size(),
				all.size(), documents.size() / seconds));
		counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(15)
				.forEach(e -> report.append(String.format("  %s %d%n", e.getKey(), e.getValue())));
		List<Map.Entry<SourceDocument, Mention>> sample = new ArrayList<>(all);
		Collections.shuffle(sample, new Random(20240701));
		for (Map.Entry<SourceDocument, Mention> e : sample.subList(0, Math.min(20, sample.size()))) {
			String text = e.getKey().text();
			Mention m = e.getValue();
			String context = text.substring(Math.max(0, m.start() - 50), Math.min(text.length(), m.end() + 50))
					.replaceAll("\\s+", " ");
			report.append(String.format("  %s %-16s| %s%n", m.entityId(), m.surface(), context));
		}
		System.out.println(report);
		assertEquals(2707, documents.size());
		assertTrue(counts.getOrDefault("GB", 0) > 0);
	}
}
