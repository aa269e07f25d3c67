package dossier.index.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dossier.core.document.SourceDocument;
import dossier.core.index.HighlightedText;
import dossier.core.index.SearchException;
import dossier.core.index.SearchHit;
import dossier.core.index.SearchResult;
import dossier.core.index.TextRange;

class LuceneDocumentIndexTest {

	private static final String PART1 = "trafficking-answers-part1.txt";
	private static final String PART2 = "trafficking-answers-part2.txt";
	private LuceneDocumentIndex index;

	@BeforeEach
	void indexTheSamples() throws IOException {
		index = new LuceneDocumentIndex(new ByteBuffersDirectory());
		index.add(List.of(Corpus.sample(PART1), Corpus.sample(PART2)));
	}

	@AfterEach
	void close() throws IOException {
		index.close();
	}

	@Test
	void findsPentameterInBothAnswersWithTheWordHighlighted() throws Exception {
		SearchResult result = index.search("Pentameter", 10);

		assertEquals(2, result.totalHits());
		// the second answer reports the Pentameter figures and names it four times
		assertEquals(PART2, result.hits().get(0).id());
		for (SearchHit hit : result.hits()) {
			List<String> marked = hit.snippet().highlightedParts();
			assertFalse(marked.isEmpty(), "no highlight in " + hit.id());
			marked.forEach(word -> assertEquals("pentameter", word.toLowerCase(Locale.ROOT)));
		}
	}

	@Test
	void aWordInOneAnswerFindsOnlyThatAnswer() throws Exception {
		SearchResult result = index.search("Gloucestershire", 10);

		assertEquals(1, result.totalHits());
		SearchHit hit = result.hits().get(0);
		assertEquals(PART1, hit.id());
		assertTrue(hit.snippet().text().contains("Gloucestershire Constabulary"), hit.snippet().text());
		assertEquals(List.of("Gloucestershire"), hit.snippet().highlightedParts());
	}

	@Test
	void termsAreAllRequiredAndPhrasesMatchInOrder() throws Exception {
		assertEquals(1, index.search("Pentameter Gloucestershire", 10).totalHits());
		assertEquals(2, index.search("Pentameter OR Gloucestershire", 10).totalHits());
		assertEquals(2, index.search("\"Operation Pentameter 2\"", 10).totalHits());
		assertEquals(1, index.search("\"Pentameter 2 is planned\"", 10).totalHits());
		assertEquals(0, index.search("\"Pentameter Operation\"", 10).totalHits());
	}

	@Test
	void englishStemmingMatchesOtherFormsOfAWord() throws Exception {
		HighlightedText marked = index.highlight(PART1, "traffickers").orElseThrow();

		assertFalse(marked.highlights().isEmpty());
		for (String part : marked.highlightedParts()) {
			assertTrue(part.toLowerCase(Locale.ROOT).startsWith("traffick"), part);
		}
	}

	@Test
	void highlightMarksEveryHitInTheWholeText() throws Exception {
		SourceDocument part2 = index.get(PART2).orElseThrow();
		HighlightedText marked = index.highlight(PART2, "Pentameter").orElseThrow();

		assertEquals(part2.text(), marked.text());
		long expected = countOccurrences(part2.text(), "Pentameter");
		assertEquals(expected, marked.highlights().size());
		for (TextRange range : marked.highlights()) {
			assertEquals("Pentameter", part2.text().substring(range.offset(), range.end()));
		}
	}

	@Test
	void aBlankQueryListsEveryDocumentAndHighlightsNothing() throws Exception {
		SearchResult all = index.search("  ", 10);

		assertEquals(2, all.totalHits());
		assertTrue(index.highlight(PART1, "").orElseThrow().highlights().isEmpty());
	}

	@Test
	void aBrokenQueryIsReportedInWords() {
		SearchException e = assertThrows(SearchException.class, () -> index.search("SOCA AND (funding", 10));

		assertTrue(e.getMessage().startsWith("Cannot read the query \"SOCA AND (funding\""), e.getMessage());
	}

	@Test
	void addingADocumentAgainReplacesIt() throws Exception {
		index.add(List.of(new SourceDocument(PART1, "Replaced", "A different text about Interpol", "", "text")));

		assertEquals(2, index.size());
		assertEquals(0, index.search("Gloucestershire", 10).totalHits());
		assertEquals("Replaced", index.search("Interpol", 10).hits().get(0).title());
	}

	@Test
	void unknownDocumentsAreEmpty() throws Exception {
		assertTrue(index.get("no-such-id").isEmpty());
		assertTrue(index.highlight("no-such-id", "Pentameter").isEmpty());
	}

	@Test
	void committedDocumentsSurviveReopening(@TempDir Path folder) throws Exception {
		try (LuceneDocumentIndex onDisk = new LuceneDocumentIndex(folder)) {
			onDisk.add(List.of(Corpus.sample(PART1)));
		}
		try (LuceneDocumentIndex reopened = new LuceneDocumentIndex(folder)) {
			assertEquals(1, reopened.size());
			assertEquals(PART1, reopened.search("Gloucestershire", 10).hits().get(0).id());
		}
	}

	@Test
	void aSecondWriterOnTheSameFolderIsRefused(@TempDir Path folder) throws Exception {
		try (LuceneDocumentIndex first = new LuceneDocumentIndex(folder)) {
			assertThrows(IOException.class, () -> new LuceneDocumentIndex(folder).close());
		}
	}

	@Test
	void maxHitsBoundsTheHitsButNotTheTotal() throws Exception {
		Random random = new Random(20091026L);
		List<SourceDocument> documents = new ArrayList<>();
		int withMarker = 0;
		for (int i = 0; i < 300; i++) {
			boolean marked = random.nextInt(3) == 0;
			withMarker += marked ? 1 : 0;
			String text = "Written answer " + i + (marked ? " on the Zanzibar marker" : " on other matters");
			documents.add(new SourceDocument("doc" + i, "Answer " + i, text, "", "text"));
		}
		index.add(documents);

		SearchResult result = index.search("zanzibar", 25);
		assertEquals(withMarker, result.totalHits());
		assertEquals(Math.min(25, withMarker), result.hits().size());
	}

	private static long countOccurrences(String text, String word) {
		long count = 0;
		for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
			count++;
		}
		return count;
	}
}
