package dossier.importers.internal;

import static dossier.importers.internal.PlainTextImporterTest.corpus;
import static dossier.importers.internal.PlainTextImporterTest.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;

import dossier.core.document.SourceDocument;
import dossier.core.importer.ImportException;
import dossier.core.importer.ImportSource;

class WrittenQuestionsImporterTest {

	/** Records per corpus file, counted independently of the importer (Python's json module). */
	private static final Map<String, Integer> RECORDS = new LinkedHashMap<>();
	static {
		RECORDS.put("commons-2023-12.json.gz", 2989);
		RECORDS.put("commons-2024-07.json.gz", 2707);
		RECORDS.put("commons-2024-08.json.gz", 1004);
		RECORDS.put("commons-2024-09.json.gz", 2185);
		RECORDS.put("commons-2024-11.json.gz", 3197);
		RECORDS.put("commons-2024-12.json.gz", 3070);
		RECORDS.put("commons-2025-01.json.gz", 3261);
		RECORDS.put("commons-2025-07.json.gz", 3320);
		RECORDS.put("commons-2025-08.json.gz", 3387);
		RECORDS.put("commons-2025-09.json.gz", 3340);
		RECORDS.put("commons-2025-10.json.gz", 3432);
		RECORDS.put("commons-2025-11.json.gz", 3454);
		RECORDS.put("commons-2025-12.json.gz", 3165);
		RECORDS.put("commons-2026-01.json.gz", 2898);
		RECORDS.put("commons-2026-02.json.gz", 3491);
		RECORDS.put("commons-2026-03.json.gz", 3140);
		RECORDS.put("commons-2026-06.json.gz", 192);
		RECORDS.put("commons-2026-07.json.gz", 3185);
	}
	/** Answers the API cut to 255 characters and "...", in all files (plain text, 258 characters). */
	private static final int CUT_ANSWERS = 14494;
	private static final Pattern TAG = Pattern.compile("<[a-zA-Z/]"); //$NON-NLS-1$
	private static final long LIMIT = 64L * 1024 * 1024;

	private final WrittenQuestionsImporter importer = new WrittenQuestionsImporter(LIMIT);

	private static Map<String, SourceDocument> july2024;

	@BeforeAll
	static void readJuly2024() throws Exception {
		july2024 = byId(new WrittenQuestionsImporter(LIMIT).read(ImportSource.of(file("commons-2024-07.json.gz"))));
	}

	@Test
	void readsEveryRecordOfEveryCorpusFile() throws Exception {
		Path folder = corpus().resolve("written-questions");
		Set<String> onDisk;
		try (var files = Files.list(folder)) {
			onDisk = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json.gz"))
					.collect(Collectors.toSet());
		}
		assertEquals(RECORDS.keySet(), onDisk, "the corpus files this test knows");
		Set<String> ids = new HashSet<>();
		int documents = 0;
		int cut = 0;
		long start = System.nanoTime();
		StringBuilder counts = new StringBuilder();
		for (Map.Entry<String, Integer> expected : RECORDS.entrySet()) {
			long fileStart = System.nanoTime();
			List<SourceDocument> read = importer.read(ImportSource.of(folder.resolve(expected.getKey())));
			counts.append(String.format("%s %d documents %d ms%n", expected.getKey(), read.size(), //$NON-NLS-1$
					(System.nanoTime() - fileStart) / 1_000_000));
			assertEquals(expected.getValue(), read.size(), expected.getKey());
			for (SourceDocument d : read) {
				assertTrue(ids.add(d.id()), "one document per question: " + d.id());
				assertTrue(d.id().matches("wq/\\d+"), d.id());
				assertEquals(WrittenQuestionsImporter.KIND, d.kind());
				assertEquals("Commons", d.house(), d.id());
				assertFalse(d.uin().isEmpty(), d.id());
				assertTrue(d.dateTabled().isPresent(), d.id());
				assertFalse(d.question().isEmpty(), d.id());
				assertFalse(TAG.matcher(d.answer()).find(), "no HTML left in " + d.id());
				assertFalse(d.answer().contains("&amp;"), "character references decoded in " + d.id());
				assertTrue(d.text().startsWith(d.question()), d.id());
				if (d.truncated()) {
					cut++;
				}
			}
			documents += read.size();
		}
		long millis = (System.nanoTime() - start) / 1_000_000;
		System.out.printf("WrittenQuestionsImporter: %d documents from %d files in %d ms%n%s", documents, RECORDS.size(), //$NON-NLS-1$
				millis, counts);
		assertEquals(51417, documents);
		assertEquals(CUT_ANSWERS, cut, "answers the API cut short");
	}

	@Test
	void aFullHtmlAnswerIsReadIntoTypedFields() {
		SourceDocument d = july2024.get("wq/1724197");

		assertNotNull(d);
		assertEquals("Animal Experiments", d.title());
		assertEquals("Animal Experiments", d.heading());
		assertEquals("Commons", d.house());
		assertEquals("2164", d.uin());
		assertEquals("Department for Science, Innovation and Technology", d.department());
		assertEquals(Optional.of(LocalDate.of(2024, 7, 29)), d.dateTabled());
		assertEquals(Optional.of(LocalDate.of(2024, 9, 6)), d.dateAnswered());
		assertEquals("member 5064", d.askingMember());
		assertEquals("member 4822", d.answeringMember());
		assertEquals("5064", d.attributes().get("askingMemberId"));
		assertEquals("4822", d.attributes().get("answeringMemberId"));
		assertEquals("216", d.attributes().get("answeringBodyId"));
		assertEquals(List.of("2163"), d.groupedIds());
		assertFalse(d.truncated());
		assertTrue(d.question().startsWith("To ask the Secretary of State for Science, Innovation and Technology, what"));
		// two paragraphs, the empty <p>&nbsp;</p> between them adding nothing
		assertEquals("The Government has committed to partnering with scientists, industry, and civil society as we "
				+ "work towards the requirements for phasing out of animal testing. Any policy changes as a result of "
				+ "this work will be assessed appropriately.\n\n"
				+ "As yet, no assessment has been made of the potential merits of introducing Herbie\u2019s Law.", d.answer());
		assertEquals(d.question() + "\n\n" + d.answer(), d.text());
		assertTrue(d.source().endsWith("commons-2024-07.json.gz"), d.source());
		assertEquals("", d.url(), "the API data has no web address");
	}

	@Test
	void anAnswerTheApiCutShortIsKeptAndMarked() {
		SourceDocument d = july2024.get("wq/1723596");

		assertTrue(d.truncated());
		assertEquals("Armed Forces: Housing", d.title());
		assertEquals("1830", d.uin());
		assertEquals("Ministry of Defence", d.department());
		assertEquals(Optional.of(LocalDate.of(2024, 7, 25)), d.dateTabled());
		assertEquals(Optional.of(LocalDate.of(2024, 10, 14)), d.dateAnswered());
		assertEquals("member 4934", d.askingMember());
		assertEquals(List.of("1829", "8260"), d.groupedIds());
		assertTrue(d.answer().endsWith("we are establishing an Armed Forces Commissioner as an ..."), d.answer());
		assertEquals(258, d.answer().length());
	}

	@Test
	void aShortPlainAnswerIsWholeAndItsCharacterReferencesDecoded() {
		SourceDocument d = july2024.get("wq/1724123");

		assertFalse(d.truncated(), "short plain answers are complete");
		assertEquals("The UK expects to invest over \u00a31.3 billion in the Future Combat Air System/Global Combat Air "
				+ "Programme and the associated Team Tempest R&D programme, in the current financial year.", d.answer());
		assertEquals("member 483", d.answeringMember());
	}

	@Test
	void aTableInAnAnswerKeepsItsRowsAndCells() throws Exception {
		SourceDocument d = byId(importer.read(ImportSource.of(file("commons-2023-12.json.gz")))).get("wq/1678511");

		assertEquals("Ministry of Defence: Bullying and Harassment", d.title());
		assertEquals(Optional.of(LocalDate.of(2024, 1, 12)), d.dateAnswered());
		assertTrue(d.answer().startsWith("The below table shows the number of admissible complaints withdrawn before "
				+ "determination across the Royal Navy, Army and RAF.\n\n"), d.answer());
		assertTrue(d.answer().contains("\nReporting Category\t2019\t2020\t2021\t2022\t2023\tTotal\n"), d.answer());
		assertTrue(d.answer().contains("\nBullying\t17\t16\t11\t12\t9\t65\n"), d.answer());
		assertTrue(d.answer().endsWith("\n\nThis information is not centrally held for civilian complaints."), d.answer());
		assertFalse(d.answer().contains("\n\n\n"), "at most one blank line between paragraphs");
	}

	@Test
	void aQuestionWithoutHeadingIsTitledByItsFirstWords() throws Exception {
		SourceDocument d = byId(importer.read(ImportSource.of(file("commons-2024-11.json.gz")))).get("wq/1743287");

		assertEquals("", d.heading());
		assertTrue(d.title().startsWith("To ask the Secretary of State for Health and Social Care, whether he has"),
				d.title());
		assertTrue(d.title().length() <= PlainTextImporter.MAX_TITLE_LENGTH + 1, d.title());
		assertTrue(d.dateAnswered().isEmpty(), "the record has an answer but no date answered");
		assertEquals("", d.answeringMember(), "no answering member id");
		assertEquals("member 5166", d.askingMember());
		assertTrue(d.answer().contains("available at the following link:\n\nhttps://www.england.nhs.uk/publication/"
				+ "working-in-partnership-with-people-and-communities-statutory-guidance/\n\nThis guidance supports"),
				d.answer());
		assertFalse(d.truncated());
	}

	@Test
	void anUncompressedSliceReadsAsTheSameDocuments(@TempDir Path temp) throws Exception {
		JsonArray slice = slice("commons-2024-07.json.gz", 0, 40);
		Path json = temp.resolve("slice.json");
		Files.writeString(json, slice.toString());

		List<SourceDocument> read = importer.read(ImportSource.of(json));

		assertEquals(40, read.size());
		for (SourceDocument d : read) {
			SourceDocument fromGzip = july2024.get(d.id());
			assertNotNull(fromGzip, d.id());
			assertEquals(fromGzip.toBuilder().source(json.toString()).build(), d, d.id());
		}
	}

	@Test
	void gzipIsRecognisedByItsBytesNotItsName(@TempDir Path temp) throws Exception {
		Path json = temp.resolve("misnamed.json");
		Files.write(json, gzip(slice("commons-2024-07.json.gz", 5, 3).toString().getBytes(StandardCharsets.UTF_8)));

		assertEquals(3, importer.read(ImportSource.of(json)).size());
	}

	@Test
	void aRecordWithoutIdOrUinIsSkippedAndTheRestRead() throws Exception {
		JsonArray slice = slice("commons-2024-07.json.gz", 0, 4);
		slice.get(1).getAsJsonObject().getAsJsonObject("value").remove("id");
		slice.get(1).getAsJsonObject().getAsJsonObject("value").remove("uin");
		// a record without id falls back to house, uin and day tabled
		slice.get(2).getAsJsonObject().getAsJsonObject("value").remove("id");
		slice.add(JsonParser.parseString("42"));

		List<SourceDocument> read = importer.read(source("slice.json", slice.toString()));

		assertEquals(3, read.size());
		assertEquals("wq/1723596", read.get(0).id());
		assertEquals("wq/Commons/1612/2024-07-24", read.get(1).id());
		assertEquals("1612", read.get(1).uin());
	}

	@Test
	void memberNamesAreUsedWhenTheRecordHasThem() throws Exception {
		String json = """
				[{"value": {"id": 7, "uin": "HL123", "house": "Lords", "askingMemberId": 4934,
				  "askingMember": {"id": 4934, "name": "Baroness Example", "listAs": "Example, B.", "party": "Crossbench"},
				  "answeringMemberId": 4682, "answeringMember": "Lord Minister",
				  "dateTabled": "2024-07-25T00:00:00", "questionText": "To ask His Majesty's Government what?",
				  "answerText": null, "heading": null, "groupedQuestions": []}, "links": []}]
				""";

		SourceDocument d = importer.read(source("lords.json", json)).get(0);

		assertEquals("Baroness Example", d.askingMember());
		assertEquals("Lord Minister", d.answeringMember());
		assertEquals("4934", d.attributes().get("askingMemberId"));
		assertEquals("Crossbench", d.attributes().get("askingMemberParty"));
		assertEquals("Lords", d.house());
		assertEquals("", d.answer());
		assertEquals("To ask His Majesty's Government what?", d.text(), "no answer, no blank line");
		assertEquals("To ask His Majesty's Government what?", d.title());
	}

	@Test
	void anEmptyArrayHoldsNoDocuments() throws Exception {
		assertEquals(List.of(), importer.read(source("empty.json", " [ ] \n")));
	}

	@Test
	void aTruncatedGzipFileIsRefusedByName(@TempDir Path temp) throws Exception {
		byte[] whole = Files.readAllBytes(file("commons-2024-08.json.gz"));
		Path half = temp.resolve("half.json.gz");
		Files.write(half, Arrays.copyOf(whole, whole.length / 2));
		Path header = temp.resolve("header.json.gz");
		Files.write(header, Arrays.copyOf(whole, 5));

		ImportException e = assertThrows(ImportException.class, () -> importer.read(ImportSource.of(half)));
		assertTrue(e.getMessage().contains("truncated gzip"), e.getMessage());
		e = assertThrows(ImportException.class, () -> importer.read(ImportSource.of(header)));
		assertTrue(e.getMessage().contains("truncated gzip"), e.getMessage());
	}

	@Test
	void aGzipBombStopsAtTheLimitWithoutInflatingIt(@TempDir Path temp) throws Exception {
		long limit = 10L * 1024 * 1024;
		// a question whose text is 200 MB of zeros: valid JSON as far as the limit lets it be read
		Path bomb = gzipFile(temp.resolve("bomb.json.gz"), "[{\"value\": {\"id\": 1, \"questionText\": \"", '0',
				200L * 1024 * 1024);
		long compressed = Files.size(bomb);
		assertTrue(compressed < 1024 * 1024, "the bomb is small: " + compressed);
		AtomicLong consumed = new AtomicLong();

		long start = System.nanoTime();
		ImportException e = assertThrows(ImportException.class,
				() -> new WrittenQuestionsImporter(limit).read(counting(bomb, consumed)));
		long millis = (System.nanoTime() - start) / 1_000_000;

		assertEquals("decompressed size exceeds the limit of 10485760 bytes", e.getMessage());
		assertTrue(consumed.get() < compressed / 2, "stopped early: read " + consumed + " of " + compressed);
		assertTrue(millis < 10_000, "fails fast: " + millis + " ms");
	}

	@Test
	void aGzipBombOfWhitespaceIsStoppedToo(@TempDir Path temp) throws Exception {
		// whitespace costs the parser no memory, so only the limit stops it
		Path bomb = gzipFile(temp.resolve("spaces.json.gz"), "[", ' ', 200L * 1024 * 1024);

		ImportException e = assertThrows(ImportException.class,
				() -> new WrittenQuestionsImporter(10L * 1024 * 1024).read(ImportSource.of(bomb)));
		assertTrue(e.getMessage().startsWith("decompressed size exceeds"), e.getMessage());
	}

	@Test
	void anUncompressedFileOverTheLimitIsRefused() {
		byte[] big = ("[" + " ".repeat(5000) + "]").getBytes(StandardCharsets.US_ASCII);

		ImportException e = assertThrows(ImportException.class,
				() -> new WrittenQuestionsImporter(1000).read(source("big.json", big)));
		assertEquals("the file is larger than the limit of 1000 bytes", e.getMessage());
	}

	@Test
	void malformedJsonIsRefusedWithItsPosition() throws Exception {
		JsonArray slice = slice("commons-2024-07.json.gz", 0, 3);
		String lines = slice.get(0) + ",\n" + slice.get(1) + ",\n" + slice.get(2);
		// a missing colon in the third record, on the fourth line
		String broken = "[\n" + lines.replace("\"uin\":\"1612\"", "\"uin\" \"1612\"") + "\n]";
		assertFalse(broken.equals("[\n" + lines + "\n]"), "the test broke the JSON");

		ImportException e = assertThrows(ImportException.class, () -> importer.read(source("broken.json", broken)));
		assertTrue(e.getMessage().startsWith("malformed JSON: "), e.getMessage());
		assertTrue(e.getMessage().contains("at line 4 column"), e.getMessage());
		assertTrue(e.getMessage().contains("path $[2].value.uin"), e.getMessage());
		assertFalse(e.getMessage().contains("JsonReader.set"), "no advice for programmers: " + e.getMessage());
	}

	@Test
	void jsonThatEndsEarlyIsRefused() {
		ImportException e = assertThrows(ImportException.class,
				() -> importer.read(source("cut.json", "[{\"value\": {\"id\": 1, \"uin\": \"1")));
		assertTrue(e.getMessage().contains("line 1 column"), e.getMessage());
	}

	@Test
	void anObjectInsteadOfAnArrayIsRefused() throws Exception {
		String object = slice("commons-2024-07.json.gz", 0, 1).get(0).toString();

		ImportException e = assertThrows(ImportException.class, () -> importer.read(source("one.json", object)));
		assertTrue(e.getMessage().startsWith("the file is not a JSON array of written questions: it starts with an object"),
				e.getMessage());
		assertTrue(e.getMessage().contains("line 1 column"), e.getMessage());
	}

	@Test
	void anArrayOfOtherThingsIsRefused() {
		ImportException e = assertThrows(ImportException.class,
				() -> importer.read(source("numbers.json", "[1, 2, {\"name\": \"x\"}]")));
		assertEquals("none of the 3 records is a written question with an id or uin", e.getMessage());
	}

	@Test
	void binaryJunkNamedJsonIsRefused() {
		byte[] junk = new byte[4096];
		new Random(7).nextBytes(junk);
		junk[0] = (byte) 0x89; // a PNG's first bytes, not gzip's
		junk[1] = 'P';

		ImportException e = assertThrows(ImportException.class, () -> importer.read(source("picture.json", junk)));
		assertTrue(e.getMessage().contains("UTF-8") || e.getMessage().startsWith("malformed JSON"), e.getMessage());
	}

	@Test
	void anEmptyFileIsRefused() {
		ImportException e = assertThrows(ImportException.class, () -> importer.read(source("empty.json", "  \n")));
		assertEquals("the file is empty", e.getMessage());
	}

	@Test
	void acceptsJsonAndGzippedJsonByTheLastPathSegment() {
		assertTrue(importer.accepts("commons-2024-07.json.gz"));
		assertTrue(importer.accepts("/data/written/COMMONS.JSON"));
		assertTrue(importer.accepts("C:\\data\\Commons-2024-07.Json.Gz"));
		assertTrue(importer.accepts("exports.zip!/2024/answers.json"));
		assertFalse(importer.accepts("answers.json.zip!/readme.txt"));
		assertFalse(importer.accepts("answers.json.bak"));
		assertFalse(importer.accepts("answers.gz"));
		assertFalse(importer.accepts("/data/.json"));
		assertFalse(importer.accepts("answers.txt"));
	}

	@Test
	void looksCutOnlyForPlainTextOfTheApisLength() {
		String cut = "x".repeat(WrittenQuestionsImporter.API_CUT) + "...";

		assertTrue(WrittenQuestionsImporter.looksCut(cut));
		assertFalse(WrittenQuestionsImporter.looksCut("A short answer..."));
		assertFalse(WrittenQuestionsImporter.looksCut("<p>" + cut.substring(3)), "HTML answers are whole");
		assertFalse(WrittenQuestionsImporter.looksCut("x".repeat(400) + "..."));
	}

	private static Path file(String name) {
		return corpus().resolve("written-questions").resolve(name);
	}

	private static Map<String, SourceDocument> byId(List<SourceDocument> documents) {
		return documents.stream().collect(Collectors.toMap(SourceDocument::id, Function.identity()));
	}

	private static JsonArray slice(String name, int from, int count) throws IOException {
		try (Reader in = new java.io.InputStreamReader(new GZIPInputStream(Files.newInputStream(file(name))),
				StandardCharsets.UTF_8)) {
			JsonArray all = JsonParser.parseReader(in).getAsJsonArray();
			JsonArray slice = new JsonArray();
			for (JsonElement e : all.asList().subList(from, from + count)) {
				slice.add(e);
			}
			return slice;
		}
	}

	private static byte[] gzip(byte[] bytes) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (OutputStream gz = new GZIPOutputStream(out)) {
			gz.write(bytes);
		}
		return out.toByteArray();
	}

	/** Gzips a prefix and then one byte repeated, streaming, so the test itself stays small in memory. */
	private static Path gzipFile(Path file, String prefix, char fill, long length) throws IOException {
		byte[] block = new byte[1024 * 1024];
		Arrays.fill(block, (byte) fill);
		try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(file), 64 * 1024)) {
			gz.write(prefix.getBytes(StandardCharsets.UTF_8));
			for (long written = 0; written < length; written += block.length) {
				gz.write(block);
			}
		}
		return file;
	}

	private static ImportSource counting(Path file, AtomicLong consumed) {
		return new ImportSource() {
			@Override
			public String name() {
				return file.toString();
			}

			@Override
			public InputStream open() throws IOException {
				return new FilterInputStream(Files.newInputStream(file)) {
					@Override
					public int read() throws IOException {
						int b = super.read();
						if (b >= 0) {
							consumed.incrementAndGet();
						}
						return b;
					}

					@Override
					public int read(byte[] buffer, int offset, int length) throws IOException {
						int n = super.read(buffer, offset, length);
						if (n > 0) {
							consumed.addAndGet(n);
						}
						return n;
					}
				};
			}

			@Override
			public long size() {
				try {
					return Files.size(file);
				} catch (IOException e) {
					return -1;
				}
			}
		};
	}
}
