package dossier.importers.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import dossier.core.document.SourceDocument;
import dossier.core.importer.DocumentImporter;
import dossier.core.importer.ImportException;
import dossier.core.importer.ImportSource;
import dossier.importers.internal.BoundedInputStream.LimitExceededException;

/**
 * Reads an HTML page as one document: its text with block elements as paragraphs, titled
 * by {@code <title>}, else by its first heading, else by its first line. The charset comes
 * from a byte order mark or a {@code <meta>} declaration, else UTF-8.
 */
public final class HtmlImporter implements DocumentImporter {

	/** The document kind this importer produces. */
	public static final String KIND = "html"; //$NON-NLS-1$
	private static final String HEADINGS = "h1, h2, h3, h4, h5, h6"; //$NON-NLS-1$
	private final long maxBytes;

	/** Reads files up to {@link PlainTextImporter#DEFAULT_MAX_BYTES}; for the extension registry. */
	public HtmlImporter() {
		this(PlainTextImporter.DEFAULT_MAX_BYTES);
	}

	/** @param maxBytes the largest file this importer reads */
	public HtmlImporter(long maxBytes) {
		this.maxBytes = maxBytes;
	}

	@Override
	public boolean accepts(String name) {
		return SourceNames.hasExtension(name, ".html", ".htm"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Override
	public List<SourceDocument> read(ImportSource source) throws ImportException {
		if (source.size() > maxBytes) {
			throw SourceBytes.tooLarge(maxBytes);
		}
		Document page;
		try (InputStream in = new BoundedInputStream(source.open(), maxBytes)) {
			// a null charset lets jsoup take it from a byte order mark or <meta>, else UTF-8
			page = Jsoup.parse(in, null, ""); //$NON-NLS-1$
		} catch (LimitExceededException e) {
			throw SourceBytes.tooLarge(maxBytes);
		} catch (IOException e) {
			throw new ImportException("the file cannot be read: " + e.getMessage(), e); //$NON-NLS-1$
		} catch (UncheckedIOException e) {
			// jsoup reads lazily and may wrap a failure of the stream
			if (e.getCause() instanceof LimitExceededException) {
				throw SourceBytes.tooLarge(maxBytes);
			}
			throw new ImportException("the file cannot be read: " + e.getCause().getMessage(), e); //$NON-NLS-1$
		}
		String text = HtmlText.of(page.body());
		if (text.isEmpty()) {
			throw new ImportException("the page has no text"); //$NON-NLS-1$
		}
		return List.of(SourceDocument.builder(source.name()).title(title(page, text)).text(text).source(source.name())
				.kind(KIND).build());
	}

	private static String title(Document page, String text) {
		String title = page.title().strip();
		if (!title.isEmpty()) {
			return title;
		}
		Element heading = page.body().selectFirst(HEADINGS);
		if (heading != null && !heading.text().isBlank()) {
			return PlainTextImporter.title(heading.text());
		}
		return PlainTextImporter.title(text);
	}
}
