package dossier.importers.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.Filter;
import org.apache.pdfbox.filter.FilterFactory;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

import dossier.core.document.SourceDocument;
import dossier.core.importer.DocumentImporter;
import dossier.core.importer.ImportException;
import dossier.core.importer.ImportSource;

/**
 * Reads a PDF file as one document: the text of each page in turn, with the offset where
 * each page starts so that hits can name their page. Titled by the document information's
 * title, else by the first non-blank line; dated by the creation date when there is one.
 * <p>
 * A PDF is untrusted input. The file is read only up to a limit, PDFBox's scratch memory
 * and storage are capped, and before extracting text every compressed stream is decoded once into a
 * counter, so that a small file expanding to gigabytes is refused rather than decoded into
 * memory (PDFBox itself decodes streams into memory without a limit).
 */
public final class PdfImporter implements DocumentImporter {

	/** The document kind this importer produces. */
	public static final String KIND = "pdf"; //$NON-NLS-1$
	/** The most any one stream may expand to when decoded, by default. */
	static final long MAX_STREAM_BYTES = 64L * 1024 * 1024;
	/**
	 * The memory PDFBox may use for one document's scratch data (decrypted streams); more
	 * goes to a temporary file, up to the size limit again, as decrypted data is no larger
	 * than the file.
	 */
	static final long MAX_SCRATCH_MEMORY = 64L * 1024 * 1024;

	// filters whose output goes to the text extractor; image codecs are never decoded for text
	private static final Set<COSName> CHECKED_FILTERS = Set.of(COSName.FLATE_DECODE,
			COSName.FLATE_DECODE_ABBREVIATION, COSName.LZW_DECODE, COSName.LZW_DECODE_ABBREVIATION,
			COSName.ASCII85_DECODE, COSName.ASCII85_DECODE_ABBREVIATION, COSName.ASCII_HEX_DECODE,
			COSName.ASCII_HEX_DECODE_ABBREVIATION, COSName.RUN_LENGTH_DECODE, COSName.RUN_LENGTH_DECODE_ABBREVIATION);

	private final long maxBytes;
	private final long maxStreamBytes;

	/** Reads files up to {@link PlainTextImporter#DEFAULT_MAX_BYTES}; for the extension registry. */
	public PdfImporter() {
		this(PlainTextImporter.DEFAULT_MAX_BYTES);
	}

	/** @param maxBytes the largest file this importer reads */
	public PdfImporter(long maxBytes) {
		this(maxBytes, MAX_STREAM_BYTES);
	}

	/**
	 * @param maxBytes the largest file this importer reads
	 * @param maxStreamBytes the most any stream in it may expand to when decoded
	 */
	PdfImporter(long maxBytes, long maxStreamBytes) {
		this.maxBytes = maxBytes;
		this.maxStreamBytes = maxStreamBytes;
	}

	@Override
	public boolean accepts(String name) {
		return SourceNames.hasExtension(name, ".pdf"); //$NON-NLS-1$
	}

	@Override
	public List<SourceDocument> read(ImportSource source) throws ImportException {
		byte[] bytes = SourceBytes.readAll(source, maxBytes);
		try (PDDocument document = Loader.loadPDF(new RandomAccessReadBuffer(bytes),
				MemoryUsageSetting.setupMixed(MAX_SCRATCH_MEMORY, MAX_SCRATCH_MEMORY + maxBytes).streamCache)) {
			checkStreams(document);
			List<Integer> pageStarts = new ArrayList<>();
			String text = extract(document, pageStarts);
			if (text.isBlank()) {
				throw new ImportException("no extractable text (scanned images?)"); //$NON-NLS-1$
			}
			PDDocumentInformation info = document.getDocumentInformation();
			String title = info.getTitle();
			if (title == null || title.isBlank()) {
				title = PlainTextImporter.title(text.strip());
			}
			return List.of(SourceDocument.builder(source.name()).title(title).text(text).source(source.name())
					.kind(KIND).pageStarts(pageStarts).dateAnswered(creationDate(info)).build());
		} catch (InvalidPasswordException e) {
			// only a user password stops loading; an owner password alone leaves the text readable
			throw new ImportException("encrypted: a password is needed to open it", e); //$NON-NLS-1$
		} catch (IOException | RuntimeException e) {
			// PDFBox reports malformed input with runtime exceptions too, such as ClassCastException
			throw new ImportException("not a PDF or damaged: " + describe(e), e); //$NON-NLS-1$
		}
	}

	/** Appends each page's text, recording where it starts. */
	private static String extract(PDDocument document, List<Integer> pageStarts) throws IOException {
		PDFTextStripper stripper = new PDFTextStripper();
		// the same text on every platform, so offsets do not depend on where it was imported
		stripper.setLineSeparator("\n"); //$NON-NLS-1$
		stripper.setPageStart(""); //$NON-NLS-1$
		stripper.setPageEnd("\n"); //$NON-NLS-1$
		StringBuilder text = new StringBuilder();
		int pages = document.getNumberOfPages();
		for (int page = 1; page <= pages; page++) {
			stripper.setStartPage(page);
			stripper.setEndPage(page);
			pageStarts.add(text.length());
			text.append(stripper.getText(document));
		}
		return text.toString();
	}

	/**
	 * Decodes every stream that text extraction may decode, counting and discarding the
	 * output, and refuses the document if one expands beyond the limit.
	 */
	private void checkStreams(PDDocument document) throws IOException, ImportException {
		for (COSObjectKey key : new ArrayList<>(document.getDocument().getXrefTable().keySet())) {
			COSBase object = document.getDocument().getObjectFromPool(key).getObject();
			if (object instanceof COSStream stream && !COSName.IMAGE.equals(stream.getCOSName(COSName.SUBTYPE))) {
				checkStream(stream, key);
			}
		}
	}

	private void checkStream(COSStream stream, COSObjectKey key) throws IOException, ImportException {
		List<COSName> filters = filters(stream.getFilters());
		if (filters.isEmpty() || !CHECKED_FILTERS.containsAll(filters)) {
			// unfiltered data is no larger than the file; image codecs are not run for text
			return;
		}
		Counter counter = null;
		try (InputStream raw = stream.createRawInputStream()) {
			InputStream in = raw;
			for (int i = 0; i < filters.size(); i++) {
				Filter filter = FilterFactory.INSTANCE.getFilter(filters.get(i));
				boolean last = i == filters.size() - 1;
				// rare chains (ASCII85 then Flate): a middle stage is held, within the limit
				counter = new Counter(maxStreamBytes, !last);
				filter.decode(in, counter, stream, i);
				in = last ? in : new ByteArrayInputStream(counter.toByteArray());
			}
		} catch (IOException e) {
			if (counter == null || !counter.exceeded) {
				// damaged data is PDFBox's to tolerate or refuse as it extracts text
				return;
			}
			throw new ImportException("decompression bomb suspected: stream " + key + " expands beyond " //$NON-NLS-1$ //$NON-NLS-2$
					+ maxStreamBytes + " bytes", e); //$NON-NLS-1$
		}
	}

	private static List<COSName> filters(COSBase filters) {
		List<COSName> names = new ArrayList<>();
		if (filters instanceof COSName name) {
			names.add(name);
		} else if (filters instanceof COSArray array) {
			for (int i = 0; i < array.size(); i++) {
				if (array.getObject(i) instanceof COSName name) {
					names.add(name);
				} else {
					// a malformed filter list: leave it to PDFBox, which will refuse it
					return List.of();
				}
			}
		}
		return names;
	}

	private static LocalDate creationDate(PDDocumentInformation info) {
		try {
			Calendar created = info.getCreationDate();
			return created == null ? null : created.toInstant().atZone(created.getTimeZone().toZoneId()).toLocalDate();
		} catch (RuntimeException e) {
			// a malformed date is not worth refusing the document for
			return null;
		}
	}

	private static String describe(Exception e) {
		String message = e.getMessage();
		return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
	}

	/** Where a decoded stream is counted (and held, for a middle stage) up to a limit. */
	private static final class Counter extends OutputStream {
		private final long limit;
		private final ByteArrayOutputStream held;
		private long count;
		boolean exceeded;

		Counter(long limit, boolean hold) {
			this.limit = limit;
			this.held = hold ? new ByteArrayOutputStream() : null;
		}

		byte[] toByteArray() {
			return held.toByteArray();
		}

		@Override
		public void write(int b) throws IOException {
			write(new byte[] { (byte) b }, 0, 1);
		}

		@Override
		public void write(byte[] b, int off, int len) throws IOException {
			count += len;
			if (count > limit) {
				// a decoder may wrap this exception, so the flag is what the caller checks
				exceeded = true;
				throw new IOException("decoded stream exceeds " + limit + " bytes"); //$NON-NLS-1$ //$NON-NLS-2$
			}
			if (held != null) {
				held.write(b, off, len);
			}
		}
	}
}
