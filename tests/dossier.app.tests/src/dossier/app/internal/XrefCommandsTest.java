package dossier.app.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** The cross-reference commands cooccur, related and graph, against the real services on the imported corpus. */
class XrefCommandsTest {

	private static final CommandLineApplication APP = new CommandLineApplication();
	private static final String GEXF = "http://gexf.net/1.3";

	private record Run(int code, String out, String err) {
	}

	@BeforeAll
	static void importTheSamplesAndRealAnswers() {
		// the same files as CommandLineApplicationTest: unchanged files are skipped
		Path corpus = Path.of(System.getProperty("dossier.corpus", "../../shared/corpus"));
		Run run = run("index", corpus.resolve("samples").toString(), corpus.resolve("parlparse").toString(),
				corpus.resolve("written-questions/commons-2023-12.json.gz").toString(),
				corpus.resolve("written-questions/commons-2024-07.json.gz").toString());
		assertTrue(run.code() == 0, run.err());
	}

	private static long searchTotal(String query) {
		Run run = run("search", query, "--json", "--limit", "1");
		assertEquals(0, run.code(), run.err());
		return JsonParser.parseString(run.out()).getAsJsonObject().get("total").getAsLong();
	}

	private static int indexOf(JsonArray entities, String id) {
		for (int i = 0; i < entities.size(); i++) {
			if (entities.get(i).getAsJsonObject().get("id").getAsString().equals(id)) {
				return i;
			}
		}
		return -1;
	}

	@Test
	void cooccurJsonCountsWhatASearchFinds() {
		Run run = run("cooccur", "agency", "country", "--json");
		assertEquals(0, run.code(), run.err());
		JsonObject matrix = JsonParser.parseString(run.out()).getAsJsonObject();
		JsonArray rows = matrix.getAsJsonArray("rows");
		JsonArray columns = matrix.getAsJsonArray("columns");
		JsonArray counts = matrix.getAsJsonArray("counts");
		int homeOffice = indexOf(rows, "Home Office");
		int nigeria = indexOf(columns, "NG");
		assertTrue(homeOffice >= 0 && nigeria >= 0);
		assertEquals(searchTotal("agency:\"Home Office\" AND country:NG"),
				counts.get(homeOffice).getAsJsonArray().get(nigeria).getAsLong());
		Run restricted = run("cooccur", "agency", "country", "--query", "trafficking", "--json");
		assertEquals(0, restricted.code(), restricted.err());
		JsonObject within = JsonParser.parseString(restricted.out()).getAsJsonObject();
		assertEquals("trafficking", within.get("query").getAsString());
		for (int r = 0; r < 3; r++) {
			for (int c = 0; c < 3; c++) {
				String both = "agency:\"" + rows.get(r).getAsJsonObject().get("id").getAsString() + "\" AND country:"
						+ columns.get(c).getAsJsonObject().get("id").getAsString();
				long cell = counts.get(r).getAsJsonArray().get(c).getAsLong();
				assertEquals(searchTotal(both), cell, both);
				int wr = indexOf(within.getAsJsonArray("rows"), rows.get(r).getAsJsonObject().get("id").getAsString());
				int wc = indexOf(within.getAsJsonArray("columns"), columns.get(c).getAsJsonObject().get("id").getAsString());
				long inSearch = wr < 0 || wc < 0 ? 0
						: within.getAsJsonArray("counts").get(wr).getAsJsonArray().get(wc).getAsLong();
				assertEquals(searchTotal("trafficking AND " + both), inSearch, both);
			}
		}
	}

	@Test
	void cooccurPrintsATable() {
		Run run = run("cooccur", "agency", "country", "--rows", "5", "--columns", "4");
		assertEquals(0, run.code(), run.err());
		List<String> lines = run.out().lines().toList();
		assertTrue(lines.get(0).startsWith("agency x country: "), lines.get(0));
		assertEquals(7, lines.size(), run.out());
	}

	private static String sampleId(String file) {
		JsonArray hits = JsonParser.parseString(run("search", "Pentameter", "--json", "--filter", "kind=text").out())
				.getAsJsonObject().getAsJsonArray("hits");
		for (JsonElement hit : hits) {
			if (hit.getAsJsonObject().get("source").getAsString().endsWith(file)) {
				return hit.getAsJsonObject().get("id").getAsString();
			}
		}
		throw new AssertionError("no hit from " + file + ": " + hits);
	}

	@Test
	void relatedJsonListsTheOtherSampleWithSharedEntities() {
		String part1 = sampleId("trafficking-answers-part1.txt");
		String part2 = sampleId("trafficking-answers-part2.txt");
		Run run = run("related", part1, "--json", "--limit", "20");
		assertEquals(0, run.code(), run.err());
		JsonArray related = JsonParser.parseString(run.out()).getAsJsonArray();
		assertTrue(related.size() > 0 && related.size() <= 20);
		JsonObject other = null;
		for (JsonElement r : related) {
			assertTrue(!r.getAsJsonObject().get("id").getAsString().equals(part1));
			if (r.getAsJsonObject().get("id").getAsString().equals(part2)) {
				other = r.getAsJsonObject();
			}
		}
		assertTrue(other != null, run.out());
		assertTrue(other.getAsJsonArray("sharedEntities").toString().contains("\"SOCA\""), other.toString());
		assertTrue(other.getAsJsonArray("sharedTerms").size() > 0);
		Run text = run("related", part1);
		assertTrue(text.out().contains("entities: "), text.out());
		Run missing = run("related", "no-such-document");
		assertEquals(1, missing.code());
		assertTrue(missing.err().contains("There is no document no-such-document"), missing.err());
	}

	@Test
	void graphWritesGexfWithTheSamplesEdges(@TempDir Path folder) throws Exception {
		Path file = folder.resolve("entities.gexf");
		Run whole = run("graph", "--top", "200");
		assertEquals(200, parse(whole.out()).getElementsByTagNameNS(GEXF, "node").getLength());
		// the two sample answers are the collection's plain-text documents
		Run run = run("graph", "--format", "gexf", "--filter", "kind=text", "--output", file.toString());
		assertEquals(0, run.code(), run.err());
		Document gexf = parse(Files.readString(file));
		NodeList nodes = gexf.getElementsByTagNameNS(GEXF, "node");
		NodeList edges = gexf.getElementsByTagNameNS(GEXF, "edge");
		assertTrue(run.out().startsWith(nodes.getLength() + " entities and " + edges.getLength() + " links written to"),
				run.out());
		Map<String, String> labels = new HashMap<>();
		for (int i = 0; i < nodes.getLength(); i++) {
			Element node = (Element) nodes.item(i);
			labels.put(node.getAttribute("id"), node.getAttribute("label"));
		}
		assertTrue(linked(edges, labels, "Serious Organised Crime Agency", "Operation Pentameter 2"));
		assertTrue(linked(edges, labels, "UK Human Trafficking Centre", "Serious Organised Crime Agency"));
	}

	private static boolean linked(NodeList edges, Map<String, String> labels, String a, String b) {
		for (int i = 0; i < edges.getLength(); i++) {
			Element edge = (Element) edges.item(i);
			String source = labels.get(edge.getAttribute("source"));
			String target = labels.get(edge.getAttribute("target"));
			if (a.equals(source) && b.equals(target) || a.equals(target) && b.equals(source)) {
				return true;
			}
		}
		return false;
	}

	@Test
	void graphPrintsGraphMlRestrictedToASearch() throws Exception {
		Run run = run("graph", "--format", "graphml", "--top", "50", "--min-weight", "2", "--query", "trafficking");
		assertEquals(0, run.code(), run.err());
		Document graphMl = parse(run.out());
		String ns = "http://graphml.graphdrawing.org/xmlns";
		int nodes = graphMl.getElementsByTagNameNS(ns, "node").getLength();
		assertTrue(nodes > 0 && nodes <= 50);
		NodeList edges = graphMl.getElementsByTagNameNS(ns, "edge");
		for (int i = 0; i < edges.getLength(); i++) {
			assertTrue(Integer.parseInt(((Element) edges.item(i)).getTextContent().strip()) >= 2);
		}
	}

	@Test
	void unusableArgumentsExitWithTwo() {
		assertEquals(2, run("cooccur", "agency").code());
		assertEquals(2, run("cooccur", "agency", "country", "--query", "SOCA AND (").code());
		assertEquals(2, run("related").code());
		assertEquals(2, run("graph", "--format", "dot").code());
		assertEquals(2, run("graph", "--top", "many").code());
		assertTrue(run("graph", "--help").out().contains("--min-weight"));
	}

	private static Document parse(String xml) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		factory.setExpandEntityReferences(false);
		return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
	}

	private static Run run(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int code = APP.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}
}
