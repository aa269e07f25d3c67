package dossier.importers.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Random;
import java.util.TimeZone;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dossier.core.document.SourceDocument;
import dossier.core.importer.ImportException;
import dossier.core.importer.ImportSource;

class PdfImporterTest {

	private static final List<List<String>> PAGES = List.of(
			List.of("Human trafficking: written answers", "Asked by the Member for Hackney North."),
			List.of("The Home Office reported on Operation Pentameter", "and its outcomes across police forces."),
			List.of("Further funding was announced in the Budget.", "Closing remarks on page three."));

	private final PdfImporter importer = new PdfImporter(10 * 1024 * 1024);

	@Test
	void readsEachPageAndKnowsWhereItStarts() throws Exception {
		byte[] pdf = pdf(PAGES, "Trafficking answers 2009", date(2009, Calendar.OCTOBER, 26));

		List<SourceDocument> documents = importer.read(PlainTextImporterTest.source("answers.pdf", pdf));

		assertEquals(1, documents.size());
		SourceDocument doc = documents.get(0);
		assertEquals("answers.pdf", doc.id());
		assertEquals("answers.pdf", doc.source());
		assertEquals(PdfImporter.KIND, doc.kind());
		assertEquals("Trafficking answers 2009", doc.title(), "the document information's title wins");
		assertEquals(LocalDate.of(2009, 10, 26), doc.dateAnswered().orElseThrow());
		assertEquals(3, doc.pageStarts().size(), doc.pageStarts().toString());
		assertEquals(0, doc.pageStarts().get(0));
		assertTrue(doc.pageStarts().get(1) < doc.pageStarts().get(2), doc.pageStarts().toString());
		int pentameter = doc.text().indexOf("Pentameter");
		assertTrue(pentameter > 0, doc.text());
		assertEquals(2, doc.pageAt(pentameter).orElseThrow());
		assertEquals(1, doc.pageAt(doc.text().indexOf("Hackney")).orElseThrow());
		assertEquals(3, doc.pageAt(doc.text().indexOf("page three")).orElseThrow());
		// each page's text begins exactly where its start says
		assertTrue(doc.text().startsWith("The Home Office", doc.pageStarts().get(1)), doc.text());
		assertTrue(doc.text().startsWith("Further funding", doc.pageStarts().get(2)), doc.text());
		assertFalse(doc.text().contains("\r"), "line ends do not depend on the platform");
	}

	@Test
	void withoutATitleTheFirstLineIsTheTitle() throws Exception {
		SourceDocument doc = importer.read(PlainTextImporterTest.source("untitled.pdf", pdf(PAGES, null, null)))
				.get(0);

		assertEquals("Human trafficking: written answers", doc.title());
		assertTrue(doc.dateAnswered().isEmpty(), "no creation date, no date");
	}

	@Test
	void acceptsPdfFilesOnly() {
		assertTrue(importer.accepts("report.pdf"));
		assertTrue(importer.accepts("REPORT.PDF"));
		assertFalse(importer.accepts("report.pdf.txt"));
		assertFalse(importer.accepts("report.txt"));
	}

	@Test
	void randomBytesBehindAPdfHeaderAreRefusedAsDamaged() {
		byte[] junk = new byte[4096];
		new Random(42).nextBytes(junk);
		byte[] header = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
		System.arraycopy(header, 0, junk, 0, header.length);

		ImportException e = assertThrows(ImportException.class,
				() -> importer.read(PlainTextImporterTest.source("junk.pdf", junk)));
		assertTrue(e.getMessage().startsWith("not a PDF or damaged: "), e.getMessage());
	}

	@Test
	void aTextFileNamedPdfIsRefusedAsDamaged() {
		ImportException e = assertThrows(ImportException.class,
				() -> importer.read(PlainTextImporterTest.source("notes.pdf", "Just some notes.\n")));
		assertTrue(e.getMessage().startsWith("not a PDF or damaged: "), e.getMessage());
	}

	@Test
	void aTruncatedPdfIsRefusedAsDamaged() throws Exception {
		byte[] whole = pdf(PAGES, "Trafficking answers 2009", null);
		byte[] cut = Arrays.copyOf(whole, whole.length / 3);

		ImportException e = assertThrows(ImportException.class,
				() -> importer.read(PlainTextImporterTest.source("cut.pdf", cut)));
		assertTrue(e.getMessage().startsWith("not a PDF or damaged: "), e.getMessage());
	}

	@Test
	void aPdfNeedingAPasswordIsRefusedAsEncrypted() throws Exception {
		byte[] pdf = encrypted("secret");

		ImportException e = assertThrows(ImportException.class,
				() -> importer.read(PlainTextImporterTest.source("locked.pdf", pdf)));
		assertTrue(e.getMessage().startsWith("encrypted"), e.getMessage());
	}

	@Test
	void aPdfWithOnlyAnOwnerPasswordIsRead() throws Exception {
		// any viewer opens it without asking, so Dossier reads it as well
		byte[] pdf = encrypted("");

		SourceDocument doc = importer.read(PlainTextImporterTest.source("restricted.pdf", pdf)).get(0);

		assertTrue(doc.text().contains("Pentameter"), doc.text());
		assertEquals(3, doc.pageStarts().size());
	}

	@Test
	void aPdfWithoutTextIsRefusedAsScanned() throws Exception {
		byte[] blank;
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.addPage(new PDPage());
			document.addPage(new PDPage());
			document.save(out);
			blank = out.toByteArray();
		}

		ImportException e = assertThrows(ImportException.class,
				() -> importer.read(PlainTextImporterTest.source("scan.pdf", blank)));
		assertEquals("no extractable text (scanned images?)", e.getMessage());
	}

	@Test
	void aFileOverTheLimitIsRefusedWithoutOpeningIt(@TempDir Path folder) throws Exception {
		Path huge = folder.resolve("huge.pdf");
		try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
			file.setLength(2L << 30); // sparse: takes no disk space
		}
		AtomicInteger opened = new AtomicInteger();
		ImportSource file = ImportSource.of(huge);
		ImportSource counted = new ImportSource() {
			@Override
			public String name() {
				return file.name();
			}

			@Override
			public InputStream open() throws IOException {
				opened.incrementAndGet();
				return file.open();
			}

			@Override
			public long size() {
				return file.size();
			}
		};

		ImportException e = assertThrows(ImportException.class, () -> importer.read(counted));
		assertTrue(e.getMessage().contains("larger than the limit of " + 10 * 1024 * 1024 + " bytes"), e.getMessage());
		assertEquals(0, opened.get(), "the declared size alone refuses it");
	}

	@Test
	void aStreamOfUnknownSizeIsReadOnlyUpToTheLimit() {
		PdfImporter small = new PdfImporter(1000);
		AtomicLong served = new AtomicLong();
		ImportSource endless = new ImportSource() {
			@Override
			public String name() {
				return "endless.pdf";
			}

			@Override
			public InputStream open() {
				return new InputStream() {
					@Override
					public int read() {
						served.incrementAndGet();
						return '%';
					}
				};
			}
		};

		ImportException e = assertThrows(ImportException.class, () -> small.read(endless));
		assertTrue(e.getMessage().contains("larger than the limit of 1000 bytes"), e.getMessage());
		assertEquals(1001, served.get(), "reading stops one byte past the limit");
	}

	@Test
	void aStreamThatExpandsBeyondTheLimitIsRefused() throws Exception {
		byte[] pdf = pdfWithPadding(4 * 1024 * 1024, false);
		assertTrue(pdf.length < 64 * 1024, "the padding compresses to almost nothing: " + pdf.length);

		ImportException e = assertThrows(ImportException.class,
				() -> new PdfImporter(1024 * 1024, 1024 * 1024).read(PlainTextImporterTest.source("bomb.pdf", pdf)));
		assertTrue(e.getMessage().startsWith("decompression bomb suspected: stream "), e.getMessage());
		assertTrue(e.getMessage().endsWith("expands beyond 1048576 bytes"), e.getMessage());

		// the same document within the limit is read: the check counts, it does not guess
		SourceDocument doc = importer.read(PlainTextImporterTest.source("padded.pdf", pdf)).get(0);
		assertTrue(doc.text().contains("Padded page"), doc.text());
	}

	@Test
	void anEncryptedStreamThatExpandsBeyondTheLimitIsRefusedToo() throws Exception {
		// the check must see decrypted data, or every stream would look damaged and pass
		byte[] pdf = pdfWithPadding(4 * 1024 * 1024, true);

		ImportException e = assertThrows(ImportException.class, () -> new PdfImporter(1024 * 1024, 1024 * 1024)
				.read(PlainTextImporterTest.source("encrypted-bomb.pdf", pdf)));
		assertTrue(e.getMessage().startsWith("decompression bomb suspected: stream "), e.getMessage());
		assertTrue(importer.read(PlainTextImporterTest.source("encrypted-padded.pdf", pdf)).get(0).text()
				.contains("Padded page"));
	}

	/** @return a PDF with one line of text per entry of each page */
	static byte[] pdf(List<List<String>> pages, String title, Calendar created) throws IOException {
		try (PDDocument document = new PDDocument()) {
			fill(document, pages, title, created);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		}
	}

	private static void fill(PDDocument document, List<List<String>> pages, String title, Calendar created)
			throws IOException {
		PDType1Font helvetica = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
		for (List<String> lines : pages) {
			PDPage page = new PDPage();
			document.addPage(page);
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				content.beginText();
				content.setFont(helvetica, 12);
				content.setLeading(16);
				content.newLineAtOffset(72, 700);
				for (String line : lines) {
					content.showText(line);
					content.newLine();
				}
				content.endText();
			}
		}
		document.getDocumentInformation().setTitle(title);
		document.getDocumentInformation().setCreationDate(created);
	}

	private static byte[] encrypted(String userPassword) throws IOException {
		try (PDDocument document = new PDDocument()) {
			fill(document, PAGES, null, null);
			StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", userPassword,
					new AccessPermission());
			policy.setEncryptionKeyLength(128);
			document.protect(policy);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		}
	}

	/** @return a one-page PDF whose Flate content stream is a line of text and then spaces */
	private static byte[] pdfWithPadding(int spaces, boolean encrypt) throws IOException {
		try (PDDocument document = new PDDocument()) {
			PDPage page = new PDPage();
			document.addPage(page);
			PDResources resources = new PDResources();
			COSName font = resources.add(new PDType1Font(Standard14Fonts.FontName.HELVETICA));
			page.setResources(resources);
			PDStream content = new PDStream(document);
			try (OutputStream out = content.createOutputStream(COSName.FLATE_DECODE)) {
				out.write(("BT /" + font.getName() + " 12 Tf 72 700 Td (Padded page) Tj ET\n")
						.getBytes(StandardCharsets.US_ASCII));
				byte[] blanks = new byte[64 * 1024];
				Arrays.fill(blanks, (byte) ' ');
				for (int written = 0; written < spaces; written += blanks.length) {
					out.write(blanks);
				}
			}
			page.setContents(content);
			if (encrypt) {
				document.protect(new StandardProtectionPolicy("owner-secret", "", new AccessPermission()));
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		}
	}

	private static Calendar date(int year, int month, int day) {
		Calendar calendar = new GregorianCalendar(TimeZone.getTimeZone("Europe/London"));
		calendar.clear();
		calendar.set(year, month, day, 10, 30);
		return calendar;
	}
}
