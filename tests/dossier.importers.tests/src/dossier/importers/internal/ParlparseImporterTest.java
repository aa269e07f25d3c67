package dossier.importers.internal;

import static dossier.importers.internal.PlainTextImporterTest.corpus;
import static dossier.importers.internal.PlainTextImporterTest.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import dossier.core.document.SourceDocument;
import dossier.core.importer.ImportException;
import dossier.core.importer.ImportSource;

class ParlparseImporterTest {

	private final ParlparseImporter importer = new ParlparseImporter(16 * 1024 * 1024);

	@Test
	void theChangeLogBesideTheFilesGivesNoDocuments() throws Exception {
		ParlparseImporter importer = new ParlparseImporter();

		assertEquals(List.of(), importer.read(ImportSource.of(corpus().resolve("parlparse/wrans/changedates.txt"))));
	}

	@Test
	void readsACommonsWrittenAnswerWithItsMetadata() throws Exception {
		SourceDocument doc = byId(read("wrans/answers2009-10-26f.xml"), "uk.org.publicwhip/wrans/2009-10-26.293337.q0");

		assertEquals("Northern Ireland", doc.department(), "major heading, in title case");
		assertEquals("Departmental Rail Travel", doc.heading());
		assertEquals("Departmental Rail Travel (Northern Ireland)", doc.title(), "a heading many departments share is named");
		assertEquals("293337", doc.uin());
		assertEquals("Paul Burstow", doc.askingMember());
		assertEquals("Shaun Woodward", doc.answeringMember());
		assertEquals(Optional.of(LocalDate.of(2009, 10, 26)), doc.dateAnswered());
		assertEquals(ParlparseImporter.COMMONS, doc.house());
		assertEquals(ParlparseImporter.KIND_ANSWER, doc.kind());
		assertEquals("http://www.publications.parliament.uk/pa/cm200809/cmhansrd/cm091026/text/91026w0001.htm#09102614003716",
				doc.url());
		assertEquals("1W", doc.attributes().get(ParlparseImporter.ATTR_COLUMN));
		assertEquals("uk.org.publicwhip/member/1861", doc.attributes().get(ParlparseImporter.ATTR_ASKING_SPEAKER_ID));
		assertEquals("uk.org.publicwhip/member/1800", doc.attributes().get(ParlparseImporter.ATTR_ANSWERING_SPEAKER_ID));
		assertEquals("uk.org.publicwhip/wrans/2009-10-26f.293337.q0", doc.attributes().get(ParlparseImporter.ATTR_GID));
		assertTrue(doc.question().startsWith("To ask the Secretary of State for Northern Ireland how much his Department spent"),
				doc.question());
		assertFalse(doc.question().contains("Belfast"), "the answer is not in the question");
		assertTrue(doc.answer().contains("travel between Belfast and Dublin"), doc.answer());
		assertTrue(doc.answer().contains("Expenditure (\u00a3)"), "the character reference &#163; is a pound sign");
		assertTrue(doc.answer().contains("2006-07 | 14,523.24"), "a table row keeps its cells apart: " + doc.answer());
		assertEquals(doc.question() + "\n\n" + doc.answer(), doc.text());
		assertTrue(doc.groupedIds().isEmpty(), doc.groupedIds().toString());
	}

	@Test
	void readsALordsWrittenAnswerExpandingTheInternalDtdEntities() throws Exception {
		List<SourceDocument> docs = read("lordswrans/lordswrans2009-10-26a.xml");
		SourceDocument doc = byId(docs, "uk.org.publicwhip/wrans/2009-10-26.102.2");

		assertEquals(ParlparseImporter.LORDS, doc.house());
		assertEquals(ParlparseImporter.KIND_ANSWER, doc.kind());
		assertEquals("Department for Transport: Staff", doc.heading());
		assertEquals("Department for Transport: Staff", doc.title());
		assertEquals("", doc.department(), "Lords answers come from the Government, no department heading");
		assertEquals("HL5593", doc.uin());
		assertEquals("Lord Berkeley", doc.askingMember());
		assertEquals("Lord Adonis", doc.answeringMember());
		assertEquals("102", doc.attributes().get(ParlparseImporter.ATTR_COLUMN));
		assertTrue(doc.answer().contains("the General Lighthouse Fund provided \u00a398,000"), "&pound; from the internal DTD");
		assertTrue(doc.url().startsWith("http://www.publications.parliament.uk/pa/ld200809/ldhansrd/"), doc.url());
		// the first question of the file too
		SourceDocument first = docs.get(0);
		assertEquals("Armed Forces: Unmanned Aircraft", first.heading());
		assertEquals("HL5669", first.uin());
		assertEquals("Baroness Taylor of Bolton", first.answeringMember());
	}

	@Test
	void readsWrittenStatementsOfBothHouses() throws Exception {
		SourceDocument commons = byId(read("wms/ministerial2009-10-26c.xml"), "uk.org.publicwhip/wms/2009-10-26.1WS.2");
		assertEquals(ParlparseImporter.KIND_STATEMENT, commons.kind());
		assertEquals(ParlparseImporter.COMMONS, commons.house());
		assertEquals("EU Informal Competitiveness Council", commons.heading());
		assertEquals("Business, Enterprise and Regulatory Reform", commons.department());
		assertEquals("Ian Lucas", commons.answeringMember());
		assertEquals("", commons.askingMember());
		assertEquals("", commons.question());
		assertEquals(commons.text(), commons.answer());
		assertEquals("The Parliamentary Under-Secretary of State for Business, Innovation and Skills",
				commons.attributes().get(ParlparseImporter.ATTR_SPEAKER_OFFICE));
		assertTrue(commons.text().contains("took place in Ume\u00e5, Sweden"), "&#229; is \u00e5");
		assertEquals("1WS", commons.attributes().get(ParlparseImporter.ATTR_COLUMN));

		SourceDocument lords = byId(read("wms/lordswms2009-10-26a.xml"), "uk.org.publicwhip/wms/2009-10-26.87.1");
		assertEquals(ParlparseImporter.LORDS, lords.house());
		assertEquals(ParlparseImporter.KIND_STATEMENT, lords.kind());
		assertEquals("Crime: Multi-agency Public Protection Arrangements", lords.title());
		assertEquals("Lord Bach", lords.answeringMember());
		assertTrue(lords.text().contains("multi-agency public protection arrangements (MAPPA) reports are published today"));
	}

	@Test
	void respectsTheDeclaredLatin1Encoding() throws Exception {
		// version b has the raw byte 0xE5 where version c has &#229;
		byte[] bytes = Files.readAllBytes(corpus().resolve("parlparse/wms/ministerial2009-10-26b.xml"));
		assertTrue(indexOf(bytes, "Ume\u00e5".getBytes(StandardCharsets.ISO_8859_1)) > 0, "fixture check");

		SourceDocument doc = byId(read("wms/ministerial2009-10-26b.xml"), "uk.org.publicwhip/wms/2009-10-26.1WS.2");

		assertTrue(doc.text().contains("Ume\u00e5, Sweden"), doc.text().substring(0, 200));
		assertEquals(byId(read("wms/ministerial2009-10-26c.xml"), doc.id()).text(), doc.text(),
				"the same statement in two versions, one id, the same text");
	}

	@Test
	void countsDocumentsPerCorpusFile() throws Exception {
		Map<String, Integer> expected = new LinkedHashMap<>();
		expected.put("wrans/answers2009-10-26a.xml", 1);
		expected.put("wrans/answers2009-10-26b.xml", 0); // redirects only
		expected.put("wrans/answers2009-10-26c.xml", 0);
		expected.put("wrans/answers2009-10-26d.xml", 2);
		expected.put("wrans/answers2009-10-26e.xml", 100);
		expected.put("wrans/answers2009-10-26f.xml", 459); // 461 questions, 459 replies
		expected.put("wrans/answers2009-10-27a.xml", 0);
		expected.put("wrans/answers2009-10-27b.xml", 2);
		expected.put("wrans/answers2009-10-27c.xml", 310); // 311 questions, 310 replies
		expected.put("wrans/answers2009-10-28a.xml", 1);
		expected.put("wrans/answers2009-10-28b.xml", 2);
		expected.put("wrans/answers2009-10-28c.xml", 265);
		expected.put("lordswrans/lordswrans2009-10-26a.xml", 31);
		expected.put("lordswrans/lordswrans2009-10-27a.xml", 41);
		expected.put("lordswrans/lordswrans2009-10-28a.xml", 52);
		expected.put("lordswrans/lordswrans2009-10-29a.xml", 18);
		expected.put("wms/lordswms2009-10-26a.xml", 7);
		expected.put("wms/lordswms2009-10-27a.xml", 5);
		expected.put("wms/lordswms2009-10-28a.xml", 9);
		expected.put("wms/lordswms2009-10-29a.xml", 12);
		expected.put("wms/ministerial2009-10-26a.xml", 0);
		expected.put("wms/ministerial2009-10-26b.xml", 3); // statements with no minor heading: one each
		expected.put("wms/ministerial2009-10-26c.xml", 8);
		expected.put("wms/ministerial2009-10-27a.xml", 5);
		expected.put("wms/ministerial2009-10-28a.xml", 10);
		expected.put("wms/ministerial2009-10-29a.xml", 12);

		Map<String, Integer> actual = new LinkedHashMap<>();
		for (String file : expected.keySet()) {
			List<SourceDocument> docs = read(file);
			actual.put(file, docs.size());
			Set<String> ids = new HashSet<>();
			for (SourceDocument doc : docs) {
				assertTrue(ids.add(doc.id()), "ids are unique in " + file + ": " + doc.id());
				assertFalse(doc.id().matches(".*/\\d{4}-\\d{2}-\\d{2}[a-z]\\..*"), "no version letter: " + doc.id());
				assertFalse(doc.text().isBlank(), doc.id());
				assertFalse(doc.answeringMember().isEmpty() && doc.answer().isEmpty(), doc.id());
			}
		}
		assertEquals(expected, actual);
	}

	@Test
	void questionsAnsweredTogetherAreOneDocumentWithTheirRedirectedIds() throws Exception {
		SourceDocument doc = byId(read("wrans/answers2009-10-26f.xml"), "uk.org.publicwhip/wrans/2009-10-26.290476.q0");

		assertEquals("Mortgages: Government Assistance", doc.heading());
		assertEquals("Communities and Local Government", doc.department());
		assertEquals("290476", doc.uin());
		assertEquals("290476, 292461, 293049", doc.attributes().get(ParlparseImporter.ATTR_QNUMS));
		assertEquals("Bob Neill", doc.askingMember());
		assertEquals("Bob Neill; Grant Shapps; Lynne Featherstone", doc.attributes().get(ParlparseImporter.ATTR_ASKING_MEMBERS));
		assertEquals("John Healey", doc.answeringMember());
		assertEquals(3, doc.question().split("\n\n").length, doc.question());
		assertTrue(doc.question().contains("take-up of the Homeowner Mortgage Support Scheme"), "second question kept");
		// <gidredirect oldgid="...26f.292461.h" newgid="...26f.290476.h" matchtype="altques"/>
		assertEquals(List.of("uk.org.publicwhip/wrans/2009-10-26.292461.h", "uk.org.publicwhip/wrans/2009-10-26.293049.h"),
				doc.groupedIds());
	}

	@Test
	void theSameQuestionHasTheSameIdInEveryVersion() throws Exception {
		Map<String, SourceDocument> latest = read("wrans/answers2009-10-26f.xml").stream()
				.collect(Collectors.toMap(SourceDocument::id, d -> d));
		String videoGames = "uk.org.publicwhip/wrans/2009-10-26.293981.q0";

		SourceDocument early = byId(read("wrans/answers2009-10-26a.xml"), videoGames);
		SourceDocument late = latest.get(videoGames);

		assertEquals(early.text(), late.text());
		assertEquals("Philip Davies", late.askingMember());
		assertEquals("Business, Innovation and Skills", late.department(), "the latest version has the department");
		assertEquals("", early.department(), "version a lacks the major heading");
		assertEquals("a", early.attributes().get(ParlparseImporter.ATTR_SCRAPE_VERSION));
		assertEquals("f", late.attributes().get(ParlparseImporter.ATTR_SCRAPE_VERSION));
		assertEquals("133W", late.attributes().get(ParlparseImporter.ATTR_COLUMN));
		assertEquals("134W", late.attributes().get(ParlparseImporter.ATTR_LAST_COLUMN));
		for (String older : List.of("a", "d", "e")) {
			for (SourceDocument doc : read("wrans/answers2009-10-26" + older + ".xml")) {
				assertTrue(latest.containsKey(doc.id()), "version " + older + "'s " + doc.id() + " is replaced by version f");
			}
		}
	}

	@Test
	void selectKeepsOnlyTheLatestVersionOfEachDay() throws IOException {
		List<ImportSource> all = new ArrayList<>();
		for (String folder : List.of("lordswrans", "wms", "wrans")) {
			try (Stream<Path> files = Files.list(corpus().resolve("parlparse").resolve(folder))) {
				files.filter(f -> importer.accepts(f.toString())).sorted().map(ImportSource::of).forEach(all::add);
			}
		}
		assertEquals(26, all.size(), "changedates.txt is not accepted");

		List<String> selected = importer.select(all).stream().map(s -> Path.of(s.name()).getFileName().toString()).toList();

		assertEquals(List.of("lordswrans2009-10-26a.xml", "lordswrans2009-10-27a.xml", "lordswrans2009-10-28a.xml",
				"lordswrans2009-10-29a.xml", "lordswms2009-10-26a.xml", "lordswms2009-10-27a.xml", "lordswms2009-10-28a.xml",
				"lordswms2009-10-29a.xml", "ministerial2009-10-26c.xml", "ministerial2009-10-27a.xml",
				"ministerial2009-10-28a.xml", "ministerial2009-10-29a.xml", "answers2009-10-26f.xml", "answers2009-10-27c.xml",
				"answers2009-10-28c.xml"), selected);
	}

	@Test
	void selectComparesVersionsOfTheSameDayAndPrefixOnly() {
		ImportSource a = source("day.zip!/scrapedxml/wrans/answers2009-10-26a.xml", "");
		ImportSource c = source("ANSWERS2009-10-26C.XML", "");
		ImportSource b = source("x/answers2009-10-26b.xml", "");
		ImportSource otherDay = source("answers2009-10-27a.xml", "");
		ImportSource lords = source("lordswrans2009-10-26a.xml", "");
		ImportSource undated = source("answers.xml", "");

		assertEquals(List.of(c, otherDay, lords, undated), importer.select(List.of(a, c, b, otherDay, lords, undated)));
	}

	@Test
	void acceptsParlparseFileNamesOnly() {
		assertTrue(importer.accepts("answers2009-10-26a.xml"));
		assertTrue(importer.accepts("/data/scrapedxml/lordswrans/LORDSWRANS2009-10-26A.XML"));
		assertTrue(importer.accepts("C:\\data\\wms\\ministerial2009-10-26b.xml"));
		assertTrue(importer.accepts("parl.zip!/wms/lordswms2009-10-26a.xml"));
		assertFalse(importer.accepts("answers2009-10-26a.txt"));
		assertFalse(importer.accepts("debates2009-10-26a.xml"), "debates are not written answers");
		assertFalse(importer.accepts("answers/notes.xml"), "the folder's name does not count");
		assertFalse(importer.accepts("changedates.txt"));
	}

	@Test
	void aQuestionAfterAReplyStartsANewDocumentUnderTheSameHeading() throws Exception {
		String xml = """
				<?xml version="1.0" encoding="ISO-8859-1"?>
				<!DOCTYPE publicwhip [ <!ENTITY pound "&#163;"> ]>
				<publicwhip scrapeversion="b" latest="yes">
				<gidredirect oldgid="uk.org.publicwhip/wrans/2009-10-26b.12.h" newgid="uk.org.publicwhip/wrans/2009-10-26b.10.r0" matchtype="altques"/>
				<gidredirect oldgid="uk.org.publicwhip/wrans/2009-10-26a.99.q0" newgid="uk.org.publicwhip/wrans/2009-10-26b.10.mh" matchtype="removed"/>
				<gidredirect oldgid="uk.org.publicwhip/wrans/2009-10-26a.11.q0" newgid="uk.org.publicwhip/wrans/2009-10-26b.11.q0" matchtype="perfectmatch"/>
				<major-heading id="uk.org.publicwhip/wrans/2009-10-26b.10.mh">HOME DEPARTMENT</major-heading>
				<minor-heading id="uk.org.publicwhip/wrans/2009-10-26b.10.h">Police: Finance</minor-heading>
				<ques id="uk.org.publicwhip/wrans/2009-10-26b.10.q0" speakername="A Member" colnum="5W"><p qnum="10">First &pound;?</p></ques>
				<reply id="uk.org.publicwhip/wrans/2009-10-26b.10.r0" speakername="A Minister" colnum="5W"><p>First answer.</p></reply>
				<ques id="uk.org.publicwhip/wrans/2009-10-26b.11.q0" speakername="B Member" colnum="6W"><p qnum="11">Second?</p></ques>
				<reply id="uk.org.publicwhip/wrans/2009-10-26b.11.r0" speakername="B Minister" colnum="6W"><p>Second</p><p>answer.</p></reply>
				</publicwhip>
				""";

		List<SourceDocument> docs = importer.read(source("answers2009-10-26b.xml", xml));

		assertEquals(List.of("uk.org.publicwhip/wrans/2009-10-26.10.q0", "uk.org.publicwhip/wrans/2009-10-26.11.q0"),
				docs.stream().map(SourceDocument::id).toList());
		SourceDocument second = docs.get(1);
		assertEquals("Police: Finance", second.heading());
		assertEquals("Home Department", second.department());
		assertEquals("11", second.uin());
		assertEquals("B Member", second.askingMember());
		assertEquals("B Minister", second.answeringMember());
		assertEquals("Second?\n\nSecond\n\nanswer.", second.text());
		assertEquals("First \u00a3?", docs.get(0).question());
		// the altques redirect to the reply is kept; the removed question and the version-only redirect are not
		assertEquals(List.of("uk.org.publicwhip/wrans/2009-10-26.12.h"), docs.get(0).groupedIds());
		assertTrue(second.groupedIds().isEmpty(), second.groupedIds().toString());
	}

	@Test
	void stripsOnlyTheVersionLetterFromIds() {
		assertEquals("uk.org.publicwhip/wrans/2009-10-26.293491.q0",
				ParlparseImporter.stripVersion("uk.org.publicwhip/wrans/2009-10-26a.293491.q0"));
		assertEquals("uk.org.publicwhip/wms/2009-10-26.1WS.2", ParlparseImporter.stripVersion("uk.org.publicwhip/wms/2009-10-26c.1WS.2"));
		assertEquals("uk.org.publicwhip/wrans/2009-10-26.101.1", ParlparseImporter.stripVersion("uk.org.publicwhip/wrans/2009-10-26.101.1"));
	}

	@Test
	void titleCasesUpperCaseDepartments() {
		assertEquals("Culture Media and Sport", ParlparseImporter.department(" CULTURE MEDIA AND SPORT\n"));
		assertEquals("House of Commons Commission", ParlparseImporter.department("HOUSE OF COMMONS COMMISSION"));
		assertEquals("Solicitor-General", ParlparseImporter.department("SOLICITOR-GENERAL"));
		assertEquals("Women's Issues", ParlparseImporter.department("WOMEN'S ISSUES"));
		assertEquals("Department for Transport", ParlparseImporter.department("Department for Transport"));
	}

	@Test
	void aSourceLargerThanTheLimitIsRefusedBeforeItIsOpened() {
		ImportSource big = new ImportSource() {
			@Override
			public String name() {
				return "answers2009-10-26f.xml";
			}

			@Override
			public InputStream open() {
				throw new AssertionError("a source over the limit is not opened");
			}

			@Override
			public long size() {
				return 17L * 1024 * 1024;
			}
		};

		ImportException e = assertThrows(ImportException.class, () -> importer.read(big));
		assertTrue(e.getMessage().contains("larger than the limit of 16777216 bytes"), e.getMessage());
	}

	private List<SourceDocument> read(String file) throws ImportException {
		return importer.read(ImportSource.of(corpus().resolve("parlparse").resolve(file)));
	}

	private static SourceDocument byId(List<SourceDocument> docs, String id) {
		return docs.stream().filter(d -> d.id().equals(id)).findFirst()
				.orElseThrow(() -> new AssertionError("no document " + id));
	}

	private static int indexOf(byte[] haystack, byte[] needle) {
		outer: for (int i = 0; i + needle.length <= haystack.length; i++) {
			for (int j = 0; j < needle.length; j++) {
				if (haystack[i + j] != needle[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}
}
