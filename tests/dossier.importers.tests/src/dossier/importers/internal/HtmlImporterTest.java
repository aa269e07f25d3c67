package dossier.importers.internal;

import static dossier.importers.internal.PlainTextImporterTest.corpus;
import static dossier.importers.internal.PlainTextImporterTest.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import dossier.core.document.SourceDocument;
import dossier.core.importer.ImportException;
import dossier.core.importer.ImportSource;

class HtmlImporterTest {

	private final HtmlImporter importer = new HtmlImporter(1024 * 1024);

	@Test
	void readsTitleAndParagraphs() throws Exception {
		String html = """
				<!DOCTYPE html>
				<html><head><title> Written answers, 26 October 2009 </title>
				<style>p { color: red }</style><script>var hidden = 1;</script></head>
				<body><h1>Human Trafficking</h1>
				<p>The <b>UK Human Trafficking Centre</b>
				   was set up in 2006.</p><div>Operation Pentameter 2 ran in 2008.</div>
				<ul><li>SOCA</li><li>UK Border Agency</li></ul>
				<p>First line<br>second line</p>
				<table><tr><th>Year</th><th>Victims</th></tr><tr><td><p>2008</p></td><td>167</td></tr></table>
				<script>document.write('not text')</script></body></html>
				""";

		SourceDocument d = importer.read(source("answers.html", html)).get(0);

		assertEquals("Written answers, 26 October 2009", d.title());
		assertEquals("answers.html", d.id());
		assertEquals("answers.html", d.source());
		assertEquals(HtmlImporter.KIND, d.kind());
		assertEquals("Human Trafficking\n\n" //
				+ "The UK Human Trafficking Centre was set up in 2006.\n\n" //
				+ "Operation Pentameter 2 ran in 2008.\n\n" //
				+ "SOCA\nUK Border Agency\n\n" //
				+ "First line\nsecond line\n\n" //
				+ "Year\tVictims\n2008\t167", d.text());
	}

	@Test
	void aRealAnswerLosesItsTagsAndKeepsItsParagraphs() throws Exception {
		String answer = answerHtml("commons-2024-11.json.gz", 1743287);
		assertTrue(answer.contains("</p><p>"), "the real answer is HTML");

		SourceDocument d = importer.read(source("answer.htm", "<html><body>" + answer + "</body></html>")).get(0);

		assertFalse(d.text().matches("(?s).*<[a-zA-Z/].*"), d.text());
		assertEquals(4, d.text().split("\n\n").length, "four paragraphs: " + d.text());
		assertTrue(d.text().startsWith("While there are no current plans for my Rt Hon. Friend"), d.text());
		assertTrue(d.title().startsWith("While there are no current plans"), "no title, no heading: the first line");
	}

	@Test
	void theCharsetComesFromMeta() throws Exception {
		byte[] latin1 = """
				<html><head><meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">
				<title>Funding</title></head><body><p>A budget of \u00a3400 million.</p></body></html>
				""".getBytes(StandardCharsets.ISO_8859_1);
		byte[] latin1Short = "<meta charset=\"iso-8859-1\"><p>Costs: \u00a34.5million</p>" //
				.getBytes(StandardCharsets.ISO_8859_1);

		assertEquals("A budget of \u00a3400 million.", importer.read(source("funding.html", latin1)).get(0).text());
		assertEquals("Costs: \u00a34.5million", importer.read(source("costs.html", latin1Short)).get(0).text());
	}

	@Test
	void withoutMetaOrBomTheCharsetIsUtf8() throws Exception {
		byte[] utf8 = "<p>A budget of \u00a3400 million \u2013 Herbie\u2019s Law.</p>".getBytes(StandardCharsets.UTF_8);

		assertEquals("A budget of \u00a3400 million \u2013 Herbie\u2019s Law.",
				importer.read(source("utf8.html", utf8)).get(0).text());
	}

	@Test
	void aByteOrderMarkDecidesTheCharset() throws Exception {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		bytes.write(new byte[] { (byte) 0xFF, (byte) 0xFE });
		bytes.write("<title>UTF-16</title><p>\u00a3400 million</p>".getBytes(StandardCharsets.UTF_16LE));

		SourceDocument d = importer.read(source("utf16.html", bytes.toByteArray())).get(0);

		assertEquals("UTF-16", d.title());
		assertEquals("\u00a3400 million", d.text());
	}

	@Test
	void withoutTitleTheFirstHeadingTitlesThePage() throws Exception {
		String html = "<body><p>Introduction first.</p><h2>Border <i>Agency</i></h2><h1>Later</h1><p>Text</p></body>";

		assertEquals("Border Agency", importer.read(source("page.html", html)).get(0).title());
	}

	@Test
	void withoutTitleOrHeadingTheFirstLineTitlesThePage() throws Exception {
		String html = "<body><p>  First paragraph\n of the page.</p><p>Second.</p></body>";

		assertEquals("First paragraph of the page.", importer.read(source("page.html", html)).get(0).title());
	}

	@Test
	void contentWithoutBodyElementIsStillRead() throws Exception {
		String html = "<html><head><title>No body element</title></head><p>Loose paragraph.</p></html>";

		SourceDocument d = importer.read(source("nobody.html", html)).get(0);

		assertEquals("No body element", d.title());
		assertEquals("Loose paragraph.", d.text());
	}

	@Test
	void aPageWithoutBodyTextIsRefused() {
		String html = "<html><head><title>Only a title</title><script>x()</script></head></html>";

		ImportException e = assertThrows(ImportException.class, () -> importer.read(source("empty.html", html)));
		assertEquals("the page has no text", e.getMessage());
	}

	@Test
	void aFileOverTheLimitIsRefusedBeforeOpening() {
		ImportSource big = new ImportSource() {
			@Override
			public String name() {
				return "big.html";
			}

			@Override
			public InputStream open() {
				return fail("a file known to be too large is not opened");
			}

			@Override
			public long size() {
				return 2048;
			}
		};

		ImportException e = assertThrows(ImportException.class, () -> new HtmlImporter(1024).read(big));
		assertEquals("the file is larger than the limit of 1024 bytes", e.getMessage());
	}

	@Test
	void aStreamOverTheLimitIsRefusedWhileReading() {
		// size() is unknown here, so only the bounded stream can stop it
		byte[] big = ("<p>" + "word ".repeat(10_000) + "</p>").getBytes(StandardCharsets.US_ASCII);

		ImportException e = assertThrows(ImportException.class,
				() -> new HtmlImporter(1024).read(source("big.html", big)));
		assertEquals("the file is larger than the limit of 1024 bytes", e.getMessage());
	}

	@Test
	void aFileOnDiskIsNamedByItsPath(@TempDir Path temp) throws Exception {
		Path file = temp.resolve("Answer.HTM");
		Files.writeString(file, "<title>On disk</title><p>Text.</p>");

		SourceDocument d = importer.read(ImportSource.of(file)).get(0);

		assertEquals(file.toString(), d.id());
		assertEquals("On disk", d.title());
	}

	@Test
	void acceptsHtmlByTheLastPathSegment() {
		assertTrue(importer.accepts("index.html"));
		assertTrue(importer.accepts("C:\\Pages\\ANSWER.HTM"));
		assertTrue(importer.accepts("/srv/site/answers.Html"));
		assertTrue(importer.accepts("site.zip!/pages/index.htm"));
		assertFalse(importer.accepts("pages.html.zip!/notes.txt"));
		assertFalse(importer.accepts("index.html.orig"));
		assertFalse(importer.accepts("index.xhtml5"));
		assertFalse(importer.accepts("/srv/.html"));
	}

	/** @return the HTML answer of one question in the written-questions corpus */
	private static String answerHtml(String file, long id) throws IOException {
		Path path = corpus().resolve("written-questions").resolve(file);
		try (Reader in = new java.io.InputStreamReader(new GZIPInputStream(Files.newInputStream(path)),
				StandardCharsets.UTF_8)) {
			for (JsonElement record : JsonParser.parseReader(in).getAsJsonArray()) {
				JsonObject value = record.getAsJsonObject().getAsJsonObject("value");
				if (value.get("id").getAsLong() == id) {
					return value.get("answerText").getAsString();
				}
			}
		}
		return fail("no question " + id + " in " + file);
	}
}
