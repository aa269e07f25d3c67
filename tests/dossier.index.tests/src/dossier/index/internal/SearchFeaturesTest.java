package dossier.index.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dossier.core.document.SourceDocument;
import dossier.core.index.Facet;
import dossier.core.index.IndexBatch;
import dossier.core.index.IndexField;
import dossier.core.index.SearchException;
import dossier.core.index.SearchHit;
import dossier.core.index.SearchRequest;
import dossier.core.index.SearchResult;

/** Fields, ranges, sorting, paging, facets and source replacement, on the sample answers. */
class SearchFeaturesTest {

	private static final String HOME_OFFICE = "Home Office";
	private LuceneDocumentIndex index;
	private SourceDocument part1;
	private SourceDocument part2;

	@BeforeEach
	void indexTheSamplesAsWrittenAnswers() throws IOException {
		index = new LuceneDocumentIndex(new ByteBuffersDirectory());
		// the two sample answers as the written-answer importers give them
		part1 = Corpus.sample("trafficking-answers-part1.txt").toBuilder().kind("written-answer").house("Commons")
				.department(HOME_OFFICE).heading("Human Trafficking").answeringMember("Alan Campbell").uin("291234")
				.dateAnswered(LocalDate.of(2009, 3, 2)).source("answers2009-03-02a.xml").build();
		part2 = Corpus.sample("trafficking-answers-part2.txt").toBuilder().kind("written-answer").house("Lords")
				.department(HOME_OFFICE).heading("Human Trafficking: Operation Pentameter")
				.answeringMember("Lord West of Spithead").dateAnswered(LocalDate.of(2008, 11, 20))
				.source("lordswrans2008-11-20a.xml").build();
		SourceDocument other = SourceDocument.builder("fco-1").title("Nigeria: Visas").kind("written-answer")
				.house("Commons").department("Foreign and Commonwealth Office").heading("Nigeria: Visas")
				.text("Visa applications from Nigeria are decided by the UK Border Agency.")
				.dateAnswered(LocalDate.of(2009, 10, 26)).source("answers2009-10-26a.xml").build();
		index.add(List.of(part1, part2, other));
	}

	@AfterEach
	void close() throws IOException {
		index.close();
	}

	@Test
	void metadataSurvivesTheRoundTrip() throws Exception {
		assertEquals(part1, index.get(part1.id()).orElseThrow());
		assertEquals(part2, index.get(part2.id()).orElseThrow());
	}

	@Test
	void exactFieldsMatchWholeValues() throws Exception {
		assertEquals(2, total("department:\"Home Office\""));
		assertEquals(0, total("department:Home"));
		assertEquals(1, total("house:Lords AND trafficking"));
		assertEquals(1, total("uin:291234"));
	}

	@Test
	void textFieldsCanBeSearchedOneByOne() throws Exception {
		assertEquals(1, total("heading:pentameter"));
		assertEquals(2, total("heading:trafficking"));
		assertEquals(3, total("title:nigeria OR body:pentameter"));
	}

	@Test
	void dateRangesSelectByAnswerDate() throws Exception {
		assertEquals(2, total("answered:[2009-01-01 TO 2009-12-31]"));
		assertEquals(1, total("answered:[2008-01-01 TO 2008-12-31] AND Pentameter"));
	}

	@Test
	void proximityFuzzyAndWildcardQueriesWork() throws Exception {
		assertEquals(1, total("\"Gloucestershire spring\"~6"));
		assertEquals(0, total("\"Gloucestershire spring\"~1"));
		assertEquals(2, total("Pentametr~"));
		assertEquals(2, total("Pentam*"));
	}

	@Test
	void newestAndOldestOrderByAnswerDate() throws Exception {
		SearchResult newest = index.search(SearchRequest.of("").withSort(SearchRequest.Sort.NEWEST));
		assertEquals(List.of("fco-1", part1.id(), part2.id()), ids(newest));
		SearchResult oldest = index.search(SearchRequest.of("").withSort(SearchRequest.Sort.OLDEST));
		assertEquals(List.of(part2.id(), part1.id(), "fco-1"), ids(oldest));
		assertEquals(LocalDate.of(2009, 10, 26), newest.hits().get(0).answered());
	}

	@Test
	void pagesGoToTheLastHit() throws Exception {
		SearchRequest all = SearchRequest.of("").withSort(SearchRequest.Sort.OLDEST).withLimit(2);

		SearchResult first = index.search(all);
		SearchResult second = index.search(all.withOffset(2));
		SearchResult beyond = index.search(all.withOffset(10));

		assertEquals(3, first.totalHits());
		assertEquals(List.of(part2.id(), part1.id()), ids(first));
		assertEquals(List.of("fco-1"), ids(second));
		assertTrue(beyond.hits().isEmpty());
	}

	@Test
	void facetCountsMatchCountsBySearchAndDrillDownFilters() throws Exception {
		SearchRequest request = SearchRequest.of("trafficking OR visa").withFacets(IndexField.FACETS);

		SearchResult result = index.search(request);

		Facet departments = result.facet(IndexField.DEPARTMENT).orElseThrow();
		assertEquals(total("(trafficking OR visa) AND department:\"Home Office\""), departments.count(HOME_OFFICE));
		assertEquals(1, departments.count("Foreign and Commonwealth Office"));
		Facet years = result.facet(IndexField.YEAR).orElseThrow();
		assertEquals(2, years.count("2009"));
		assertEquals(1, years.count("2008"));
		SearchResult drilled = index.search(request.withFilter(IndexField.DEPARTMENT, HOME_OFFICE)
				.withFilter(IndexField.YEAR, "2009"));
		assertEquals(List.of(part1.id()), ids(drilled));
		assertEquals(1, drilled.facet(IndexField.HOUSE).orElseThrow().count("Commons"));
	}

	@Test
	void filteringOnAnUnknownFacetIsRefused() {
		assertThrows(SearchException.class,
				() -> index.search(SearchRequest.of("").withFilter("colour", "red")));
	}

	@Test
	void snippetsMarkTermsAskedForInAnyTextField() throws Exception {
		SearchHit hit = index.search(SearchRequest.of("heading:pentameter")).hits().get(0);

		assertFalse(hit.snippet().highlights().isEmpty(), hit.snippet().text());
		assertEquals(HOME_OFFICE, hit.department());
		assertEquals("Lords", hit.house());
	}

	@Test
	void replacingASourceDropsWhatItGaveBefore() throws Exception {
		SourceDocument revised = SourceDocument.builder("revised").text("A revised answer on Interpol")
				.source(part1.source()).build();

		index.apply(new IndexBatch(List.of(revised), Set.of(part1.source()), Map.of(part1.source(), "42@1000")));

		assertTrue(index.get(part1.id()).isEmpty());
		assertEquals(1, total("Interpol"));
		assertEquals("42@1000", index.fingerprint(part1.source()).orElseThrow());
		assertTrue(index.fingerprint(part2.source()).isEmpty());
	}

	@Test
	void removingASourceRemovesItsDocuments() throws Exception {
		assertEquals(1, index.removeSources(List.of(part2.source(), "never-imported.xml")));

		assertEquals(2, index.size());
		assertTrue(index.get(part2.id()).isEmpty());
	}

	@Test
	void exportVisitsEveryMatchWithoutACap() throws Exception {
		List<SourceDocument> docs = new ArrayList<>();
		for (int i = 0; i < 1200; i++) {
			docs.add(SourceDocument.builder("bulk" + i).text("Bulk answer " + i + " about Interpol").build());
		}
		index.add(docs);
		List<String> seen = new ArrayList<>();

		index.forEachMatch(SearchRequest.of("interpol"), d -> seen.add(d.id()));

		assertEquals(1200, seen.size());
		assertEquals(1200, index.search(SearchRequest.of("interpol").withLimit(10)).totalHits());
	}

	private long total(String query) throws Exception {
		return index.search(SearchRequest.of(query)).totalHits();
	}

	private static List<String> ids(SearchResult result) {
		return result.hits().stream().map(SearchHit::id).toList();
	}
}
