package dossier.importers.internal;

import static dossier.importers.internal.PlainTextImporterTest.corpus;
import static dossier.importers.internal.PlainTextImporterTest.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dossier.core.document.SourceDocument;
import dossier.core.importer.ImportException;
import dossier.core.importer.ImportSource;

/** Files built to attack the XML parser: none may fetch, leak, hang or exhaust memory. */
class HostileXmlTest {

	private static final String NAME = "answers2009-10-26a.xml";
	private static final String QUESTION = """
			<minor-heading id="uk.org.publicwhip/wrans/2009-10-26a.1.h">Heading</minor-heading>
			<ques id="uk.org.publicwhip/wrans/2009-10-26a.1.q0" speakername="A Member"><p qnum="1">Question &x;?</p></ques>
			<reply id="uk.org.publicwhip/wrans/2009-10-26a.1.r0" speakername="A Minister"><p>Answer.</p></reply>
			""";

	private final ParlparseImporter importer = new ParlparseImporter(1024 * 1024);

	@Test
	void internalEntitiesAreStillExpanded() throws Exception {
		List<SourceDocument> docs = importer.read(source(NAME, document("<!ENTITY x \"&#163;5 &amp; more\">")));

		assertEquals(1, docs.size());
		assertEquals("Question \u00a35 & more?", docs.get(0).question());
	}

	@Test
	void anExternalFileEntityIsRefusedAndNotRead(@TempDir Path folder) throws IOException {
		Path secret = Files.writeString(folder.resolve("secret.txt"), "TOPSECRET-4711");

		for (String uri : List.of(secret.toUri().toString(), "file:///etc/passwd")) {
			ImportException e = assertThrows(ImportException.class,
					() -> importer.read(source(NAME, document("<!ENTITY x SYSTEM \"" + uri + "\">"))));

			assertTrue(e.getMessage().contains("external entity") && e.getMessage().contains("refused"), e.getMessage());
			assertTrue(e.getMessage().contains(uri), "names what it refused: " + e.getMessage());
			assertFalse(e.getMessage().contains("TOPSECRET") || e.getMessage().contains("root:"), e.getMessage());
		}
	}

	@Test
	void externalEntitiesAndDtdsByAddressDoNotConnect() throws Exception {
		try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			String url = "http://127.0.0.1:" + server.getLocalPort() + "/x";
			List<String> attacks = List.of(document("<!ENTITY x SYSTEM \"" + url + "\">"),
					document("<!ENTITY % p SYSTEM \"" + url + "\"> %p; <!ENTITY x \"y\">"),
					"<?xml version=\"1.0\"?><!DOCTYPE publicwhip SYSTEM \"" + url + "\"><publicwhip/>",
					document("<!ENTITY x PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\" \"" + url + "\">"));

			for (String attack : attacks) {
				ImportException e = assertThrows(ImportException.class, () -> importer.read(source(NAME, attack)));
				assertTrue(e.getMessage().contains("refused") && e.getMessage().contains(url), e.getMessage());
			}

			server.setSoTimeout(300);
			assertThrows(SocketTimeoutException.class, server::accept, "nothing connected to " + url);
		}
		// and the address the issue names, where a connection would hang or fail differently
		ImportException e = assertThrows(ImportException.class,
				() -> importer.read(source(NAME, document("<!ENTITY x SYSTEM \"http://127.0.0.1:9/x\">"))));
		assertTrue(e.getMessage().contains("external entity (http://127.0.0.1:9/x) refused"), e.getMessage());
	}

	@Test
	void billionLaughsFailsFastAtTheExpansionLimit() {
		StringBuilder dtd = new StringBuilder("<!ENTITY l0 \"lol\">");
		for (int i = 1; i <= 10; i++) {
			dtd.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
		}
		dtd.append("<!ENTITY x \"&l10;\">"); // 10^10 lols

		ImportException e = assertTimeoutPreemptively(Duration.ofSeconds(10),
				() -> assertThrows(ImportException.class, () -> importer.read(source(NAME, document(dtd.toString())))));

		assertTrue(e.getMessage().contains("entity expansion limit"), e.getMessage());
	}

	@Test
	void aLargeEntityRepeatedManyTimesFailsAtTheSizeLimit() {
		String big = "<!ENTITY x \"" + "a".repeat(9000) + "\">";
		String manyRefs = document(big).replace("Question &x;", "&x;".repeat(5000)); // 45 MB if expanded

		ImportException e = assertTimeoutPreemptively(Duration.ofSeconds(10),
				() -> assertThrows(ImportException.class, () -> importer.read(source(NAME, manyRefs))));

		assertTrue(e.getMessage().contains("entity expansion limit"), e.getMessage());
	}

	@Test
	void malformedXmlIsReportedWithItsPosition() {
		String broken = "<?xml version=\"1.0\"?>\n<publicwhip>\n<ques id=\"q\"><p>Unclosed</ques>\n</publicwhip>";

		ImportException e = assertThrows(ImportException.class, () -> importer.read(source(NAME, broken)));

		assertTrue(e.getMessage().contains("not well-formed XML at line 3, column"), e.getMessage());
	}

	@Test
	void aTruncatedRealFileIsRefused() throws IOException {
		byte[] whole = Files.readAllBytes(corpus().resolve("parlparse/wrans/answers2009-10-26f.xml"));
		byte[] half = Arrays.copyOf(whole, whole.length / 2);

		ImportException e = assertThrows(ImportException.class, () -> importer.read(source("answers2009-10-26f.xml", half)));

		assertTrue(e.getMessage().contains("not well-formed XML"), e.getMessage());
	}

	@Test
	void bytesInvalidForTheDeclaredEncodingAreRefused() {
		byte[] latin1InUtf8 = document("<!ENTITY x \"y\">").replace("ISO-8859-1", "UTF-8").replace("Answer", "Cost \u00a3400")
				.getBytes(StandardCharsets.ISO_8859_1);

		ImportException e = assertThrows(ImportException.class, () -> importer.read(source(NAME, latin1InUtf8)));

		assertTrue(e.getMessage().contains("invalid in its declared encoding"), e.getMessage());
	}

	@Test
	void controlCharactersAndUnknownEncodingsAreRefused() {
		byte[] control = document("<!ENTITY x \"y\">").replace("Answer", "Bell \u0007").getBytes(StandardCharsets.ISO_8859_1);
		ImportException e = assertThrows(ImportException.class, () -> importer.read(source(NAME, control)));
		assertTrue(e.getMessage().contains("invalid XML character"), e.getMessage());

		String unknown = document("<!ENTITY x \"y\">").replace("ISO-8859-1", "X-NO-SUCH-CHARSET");
		e = assertThrows(ImportException.class, () -> importer.read(source(NAME, unknown)));
		assertTrue(e.getMessage().contains("encoding") && e.getMessage().contains("X-NO-SUCH-CHARSET"), e.getMessage());
	}

	@Test
	void aDocumentThatIsNotPublicwhipIsRefused() {
		String html = "<?xml version=\"1.0\"?><html><ques id=\"q\"><p>Question?</p></ques></html>";

		ImportException e = assertThrows(ImportException.class, () -> importer.read(source(NAME, html)));

		assertTrue(e.getMessage().contains("not a parlparse (publicwhip) document: the root element is <html>"), e.getMessage());
	}

	@Test
	void anEmptyPublicwhipDocumentHasNoDocuments() throws Exception {
		assertEquals(List.of(), importer.read(source(NAME, "<?xml version=\"1.0\"?><publicwhip scrapeversion=\"a\"/>")));
	}

	@Test
	void anEndlessStreamOfUnknownSizeStopsAtTheLimit() {
		ParlparseImporter small = new ParlparseImporter(10_000);
		long[] served = { 0 };
		ImportSource endless = new ImportSource() {
			@Override
			public String name() {
				return NAME;
			}

			@Override
			public InputStream open() {
				byte[] head = "<?xml version=\"1.0\"?><publicwhip>".getBytes(StandardCharsets.US_ASCII);
				return new InputStream() {
					@Override
					public int read() {
						return served[0] < head.length ? head[(int) served[0]++] : (byte) (served[0]++ % 2 == 0 ? ' ' : '\n');
					}
				};
			}
		};

		ImportException e = assertTimeoutPreemptively(Duration.ofSeconds(10),
				() -> assertThrows(ImportException.class, () -> small.read(endless)));

		assertTrue(e.getMessage().contains("larger than the limit of 10000 bytes"), e.getMessage());
		assertTrue(served[0] <= 10_001, "read no more than the limit: " + served[0]);
	}

	/** @return a publicwhip document with the declarations in its internal DTD and a question using &x; */
	private static String document(String declarations) {
		return "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<!DOCTYPE publicwhip [\n" + declarations
				+ "\n]>\n<publicwhip scrapeversion=\"a\" latest=\"yes\">\n" + QUESTION + "</publicwhip>\n";
	}
}
