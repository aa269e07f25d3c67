package dossier.app.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import dossier.core.export.CsvExport;
import dossier.core.export.JsonExport;

/** Runs the headless commands against the real index and import services (Declarative Services). */
class CommandLineApplicationTest {

	private static final CommandLineApplication APP = new CommandLineApplication();
	/** what the English analyzer reduces trafficking, trafficked, traffickers to */
	private static final Pattern TRAFFICK = Pattern.compile("(?i)\\btraffick");

	private record Run(int code, String out, String err) {
	}

	@BeforeAll
	static void importTheSamplesAndRealAnswers() {
		Path corpus = Path.of(System.getProperty("dossier.corpus", "../../shared/corpus"));
		Run run = run("index", corpus.resolve("samples").toString(), corpus.resolve("parlparse").toString(),
				corpus.resolve("written-questions/commons-2023-12.json.gz").toString(),
				corpus.resolve("written-questions/commons-2024-07.json.gz").toString());
		assertTrue(run.code() == 0, run.err());
	}

	@Test
	void fieldQueryHitsAreTheDocumentsAnExportScanFinds() {
		JsonObject result = JsonParser.parseString(
				run("search", "department:\"Home Office\" AND trafficking", "--json", "--limit", "10000").out())
				.getAsJsonObject();
		Set<String> found = new TreeSet<>();
		for (var hit : result.getAsJsonArray("hits")) {
			JsonObject h = hit.getAsJsonObject();
			found.add(h.get("id").getAsString());
			// the passage marks the word, unless only the heading has it
			assertTrue(h.getAsJsonObject("snippet").getAsJsonArray("highlights").size() > 0
					|| TRAFFICK.matcher(h.get("title").getAsString()).find(), h.toString());
		}

		// the other way: every Home Office document, scanned for a form of "traffick-"
		Set<String> scanned = new TreeSet<>();
		for (JsonObject doc : export("", "department=Home Office")) {
			if (mentionsTrafficking(doc)) {
				scanned.add(doc.get("id").getAsString());
			}
		}
		assertTrue(found.size() >= 4, "too few to mean anything: " + found);
		assertEquals(scanned, found);
		assertEquals(found.size(), result.get("total").getAsInt());
	}

	@Test
	void departmentFacetCountsMatchCountsOfTheExportedHits() {
		JsonObject facets = JsonParser.parseString(
				run("search", "trafficking", "--json", "--limit", "0", "--facet", "department").out()).getAsJsonObject()
				.getAsJsonObject("facets").getAsJsonObject("department");
		Map<String, Integer> counted = new TreeMap<>();
		for (JsonObject doc : export("trafficking", null)) {
			String department = doc.get("department").getAsString();
			if (!department.isEmpty()) {
				counted.merge(department, 1, Integer::sum);
			}
		}
		assertTrue(facets.size() > 1, facets.toString());
		for (String department : facets.keySet()) {
			assertEquals(counted.get(department), facets.get(department).getAsInt(), department);
		}
	}

	private static boolean mentionsTrafficking(JsonObject doc) {
		for (String field : List.of("title", "heading", "question", "answer", "text")) {
			if (TRAFFICK.matcher(doc.get(field).getAsString()).find()) {
				return true;
			}
		}
		return false;
	}

	private static List<JsonObject> export(String query, String filter) {
		List<String> args = new java.util.ArrayList<>(List.of("export", query, "--format", "json"));
		if (filter != null) {
			args.addAll(List.of("--filter", filter));
		}
		Run run = run(args.toArray(String[]::new));
		assertEquals(0, run.code(), run.err());
		List<JsonObject> docs = new java.util.ArrayList<>();
		JsonParser.parseString(run.out()).getAsJsonArray().forEach(e -> docs.add(e.getAsJsonObject()));
		return docs;
	}

	@Test
	void indexingAgainSkipsTheUnchangedFiles() {
		Path samples = Path.of(System.getProperty("dossier.corpus"), "samples");

		Run run = run("index", samples.toString());

		assertEquals(0, run.code(), run.err());
		assertTrue(run.out().contains("Imported 0 documents"), run.out());
		assertTrue(run.out().contains("2 files unchanged"), run.out());
	}

	@Test
	void searchJsonGivesHitsWithHighlightOffsets() {
		Run run = run("search", "Pentameter", "--json", "--facet", "kind", "--filter", "kind=text");

		assertEquals(0, run.code(), run.err());
		JsonObject json = JsonParser.parseString(run.out()).getAsJsonObject();
		assertEquals(2, json.get("total").getAsInt());
		JsonArray hits = json.getAsJsonArray("hits");
		assertEquals(2, hits.size());
		for (var hit : hits) {
			JsonObject snippet = hit.getAsJsonObject().getAsJsonObject("snippet");
			String text = snippet.get("text").getAsString();
			JsonArray first = snippet.getAsJsonArray("highlights").get(0).getAsJsonArray();
			assertEquals("Pentameter", text.substring(first.get(0).getAsInt(), first.get(1).getAsInt()));
		}
		assertEquals(2, json.getAsJsonObject("facets").getAsJsonObject("kind").get("text").getAsInt());
	}

	@Test
	void searchTextMarksHitsAndPages() {
		Run run = run("search", "trafficking", "--limit", "1", "--offset", "1", "--filter", "kind=text");

		assertEquals(0, run.code(), run.err());
		assertTrue(run.out().startsWith("2 documents match trafficking (showing 2-2)"), run.out());
		assertTrue(run.out().contains("[[trafficking]]") || run.out().contains("[[Trafficking]]"), run.out());
	}

	@Test
	void showPrintsADocumentAndSaysWhenThereIsNone() {
		String id = JsonParser.parseString(run("search", "Gloucestershire", "--json", "--filter", "kind=text").out()).getAsJsonObject()
				.getAsJsonArray("hits").get(0).getAsJsonObject().get("id").getAsString();

		Run shown = run("show", id);
		Run missing = run("show", "no-such-document");

		assertEquals(0, shown.code());
		assertTrue(shown.out().contains("Gloucestershire Constabulary"), shown.out());
		assertEquals(1, missing.code());
		assertTrue(missing.err().contains("There is no document no-such-document"), missing.err());
	}

	@Test
	void exportWritesEveryMatchAsCsv(@TempDir Path folder) throws Exception {
		Path csv = folder.resolve("hits.csv");

		Run run = run("export", "trafficking", "--format", "csv", "--output", csv.toString(), "--filter", "kind=text");

		assertEquals(0, run.code(), run.err());
		List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
		assertTrue(lines.get(0).startsWith("id,title,kind,house,department"), lines.get(0));
		assertTrue(run.err().contains("Exported 2 documents"), run.err());
	}

	@Test
	void exportWritesEveryMatchAsAJsonArray(@TempDir Path folder) throws Exception {
		Path json = folder.resolve("hits.json");

		Run run = run("export", "trafficking", "--format", "json", "--output", json.toString(), "--filter", "kind=text");

		assertEquals(0, run.code(), run.err());
		JsonArray documents = JsonParser.parseString(Files.readString(json, StandardCharsets.UTF_8)).getAsJsonArray();
		assertEquals(2, documents.size());
		JsonObject first = documents.get(0).getAsJsonObject();
		assertTrue(first.get("text").getAsString().toLowerCase(java.util.Locale.ROOT).contains("trafficking"));
		assertEquals(false, first.get("truncated").getAsBoolean());
	}

	@Test
	void statsCountsTheDocuments() {
		Run run = run("stats", "--json");

		assertEquals(0, run.code(), run.err());
		JsonObject stats = JsonParser.parseString(run.out()).getAsJsonObject();
		long all = JsonParser.parseString(run("search", "", "--json", "--limit", "0").out()).getAsJsonObject().get("total")
				.getAsLong();
		assertEquals(all, stats.get("documents").getAsLong());
		assertEquals(2, stats.getAsJsonObject("kind").get("text").getAsInt());
	}

	@Test
	void unusableArgumentsExitWithTwoAndSayWhy() {
		assertEquals(2, run("search", "SOCA AND (", "--json").code());
		assertEquals(2, run("search", "x", "--limit", "many").code());
		assertEquals(2, run("search", "x", "--colour", "red").code());
		assertEquals(2, run("frobnicate").code());
		assertEquals(2, run("entities").code());
		assertEquals(2, run("extract").code());
		assertEquals(2, run("country").code());
		assertEquals(2, run("country", "NG", "--json", "--html").code());
		Run noPaths = run("index");
		assertEquals(2, noPaths.code());
		assertTrue(noPaths.err().contains("name at least one file or folder"), noPaths.err());
	}

	@Test
	void aMissingPathIsAnErrorButTheCommandCompletes(@TempDir Path folder) {
		Run run = run("index", folder.resolve("missing").toString());

		assertEquals(1, run.code());
		assertTrue(run.err().contains("missing: there is no such file or folder"), run.err());
	}

	@Test
	void helpListsEveryCommand() {
		Run run = run("--help");

		assertEquals(0, run.code());
		for (String command : List.of("index", "search", "show", "stats", "export", "entities", "extract", "country",
				"cooccur", "related", "graph")) {
			assertTrue(run.out().contains("  " + command + " "), run.out());
		}
		assertTrue(run("search", "--help").out().contains("--facet F"));
	}

	@Test
	void countryPrintsTheBriefWithPassagesFromNamedWrittenAnswers() {
		// FCDO, written answer 5259 of 13 December 2023, "Nigeria: Security"
		Run nigeria = run("country", "NG");

		assertEquals(0, nigeria.code(), nigeria.err());
		String markdown = nigeria.out();
		assertTrue(markdown.startsWith("# Nigeria\n"), markdown);
		assertTrue(markdown.contains("| Official name | Federal Republic of Nigeria |"), markdown);
		assertTrue(markdown.contains("### Nigeria: Security\n\nForeign, Commonwealth and Development Office, "
				+ "written answer 5259, House of Commons, 13 December 2023 `wq/1675502`"), markdown);
		assertTrue(markdown.contains("UK-**Nigeria** Security and Defence Partnership"), markdown);
		assertTrue(markdown.contains("**Trafficking in persons** (Tier 2 Watch List): current situation: human traffickers"),
				markdown);
		assertEquals(markdown, run("country", "Nigeria").out());
		assertEquals(markdown, run("country", "nga").out());
	}

	@Test
	void countryJsonHasTheSameContentAndTakesNamesOfSeveralWords() {
		// Home Office, written answer 7022 of 19 December 2023: "Senior Vietnamese Officials"
		Run run = run("country", "Viet", "Nam", "--json");

		assertEquals(0, run.code(), run.err());
		JsonObject vietnam = JsonParser.parseString(run.out()).getAsJsonObject();
		assertEquals("VN", vietnam.getAsJsonObject("country").get("alpha2").getAsString());
		assertEquals("Asia", vietnam.getAsJsonObject("country").get("region").getAsString());
		JsonObject reference = null;
		for (var r : vietnam.getAsJsonArray("references")) {
			if (r.getAsJsonObject().get("id").getAsString().equals("wq/1678072")) {
				reference = r.getAsJsonObject();
			}
		}
		assertTrue(reference != null, vietnam.getAsJsonArray("references").toString());
		assertEquals("Home Office: Electronic Purchasing Card Solution", reference.get("title").getAsString());
		assertEquals("7022", reference.get("uin").getAsString());
		boolean passage = false;
		for (var p : vietnam.getAsJsonArray("passages")) {
			JsonObject o = p.getAsJsonObject();
			passage |= o.get("document").getAsString().equals("wq/1678072") && o.get("surface").getAsString().equals("Vietnamese")
					&& o.get("after").getAsString().startsWith(" Officials from the Ministry of Public Security");
		}
		assertTrue(passage, vietnam.getAsJsonArray("passages").toString());
		assertTrue(vietnam.get("documents").getAsInt() >= 2);
		assertTrue(vietnam.getAsJsonObject("documentsPerYear").has("2023"));

		Run html = run("country", "vnm", "--html");
		assertEquals(0, html.code(), html.err());
		assertTrue(html.out().startsWith("<!DOCTYPE html>"));
		assertTrue(html.out().contains("Senior <mark>Vietnamese</mark> Officials"), html.out());
	}

	@Test
	void countryGivesTheFactbookNotesOfACountryTheCollectionDoesNotMention() {
		Run run = run("country", "Albania", "--json");

		assertEquals(0, run.code(), run.err());
		JsonObject albania = JsonParser.parseString(run.out()).getAsJsonObject();
		assertEquals(0, albania.get("documents").getAsInt());
		String trafficking2008 = null;
		for (var n : albania.getAsJsonArray("notes")) {
			JsonObject note = n.getAsJsonObject();
			if (note.get("year").getAsInt() == 2008 && note.get("section").getAsString().equals("Trafficking in persons")) {
				trafficking2008 = note.get("text").getAsString();
				assertEquals("Tier 2 Watch List", note.get("tier").getAsString());
			}
		}
		assertTrue(trafficking2008 != null && trafficking2008.startsWith(
				"current situation: Albania is a source country for women and girls trafficked"), trafficking2008);
	}

	@Test
	void anUnknownCountryIsAnErrorThatSaysWhatToGive() {
		Run run = run("country", "Atlantis");

		assertEquals(1, run.code());
		assertTrue(run.err().contains("No country has the code or name \"Atlantis\""), run.err());
		assertTrue(run.out().isEmpty());
	}

	@Test
	void csvFieldsAreQuotedOnlyWhenNeeded() {
		assertEquals("plain", CsvExport.field("plain"));
		assertEquals("\"a, b\"", CsvExport.field("a, b"));
		assertEquals("\"say \"\"no\"\"\"", CsvExport.field("say \"no\""));
		assertEquals("\"two\nlines\"", CsvExport.field("two\nlines"));
	}

	@Test
	void jsonStringsSurviveQuotesBackslashesAndControlCharacters() {
		String nasty = "say \"no\" \\ tab\t line\n bell\u0007 sep\u2028 \u00a3";

		assertEquals(nasty, JsonParser.parseString(JsonExport.string(nasty)).getAsString());
	}

	private static Run run(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int code = APP.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}
}
