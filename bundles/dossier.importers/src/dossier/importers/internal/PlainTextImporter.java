package dossier.importers.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import dossier.core.document.SourceDocument;
import dossier.core.importer.DocumentImporter;
import dossier.core.importer.ImportException;
import dossier.core.importer.ImportSource;

/**
 * Reads a UTF-8 plain-text file as one document, titled by its first non-blank line.
 */
public final class PlainTextImporter implements DocumentImporter {

	/** The document kind this importer produces. */
	public static final String KIND = "text"; //$NON-NLS-1$
	static final int MAX_TITLE_LENGTH = 100;
	private final long maxBytes;

	/** The largest file read by default, 256 MB. */
	public static final long DEFAULT_MAX_BYTES = 256L * 1024 * 1024;

	/** Reads files up to {@link #DEFAULT_MAX_BYTES}; for the extension registry. */
	public PlainTextImporter() {
		this(DEFAULT_MAX_BYTES);
	}

	/** @param maxBytes the largest file this importer reads */
	public PlainTextImporter(long maxBytes) {
		this.maxBytes = maxBytes;
	}

	@Override
	public boolean accepts(String name) {
		return SourceNames.hasExtension(name, ".txt"); //$NON-NLS-1$
	}

	@Override
	public List<SourceDocument> read(ImportSource source) throws ImportException {
		byte[] bytes = SourceBytes.readAll(source, maxBytes);
		String text = decode(bytes).replace("\r\n", "\n").strip(); //$NON-NLS-1$ //$NON-NLS-2$
		if (text.startsWith("\uFEFF")) { //$NON-NLS-1$
			text = text.substring(1);
		}
		if (text.isEmpty()) {
			throw new ImportException("the file is empty"); //$NON-NLS-1$
		}
		return List.of(new SourceDocument(source.name(), title(text), text, source.name(), KIND));
	}

	private static String decode(byte[] bytes) throws ImportException {
		for (int i = 0; i < bytes.length; i++) {
			if (bytes[i] == 0) {
				throw new ImportException("the file is binary, not text (a NUL byte at offset " + i + ")"); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		try {
			return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
		} catch (MalformedInputException e) {
			throw new ImportException("the file is not valid UTF-8 text", e); //$NON-NLS-1$
		} catch (CharacterCodingException e) {
			throw new ImportException("the file's text cannot be decoded: " + e.getMessage(), e); //$NON-NLS-1$
		}
	}

	/** @return the first non-blank line, cut at a word near {@link #MAX_TITLE_LENGTH} */
	static String title(String text) {
		String line = text.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse(text);
		if (line.length() <= MAX_TITLE_LENGTH) {
			return line;
		}
		int cut = line.lastIndexOf(' ', MAX_TITLE_LENGTH);
		return line.substring(0, cut > MAX_TITLE_LENGTH / 2 ? cut : MAX_TITLE_LENGTH) + "\u2026"; //$NON-NLS-1$
	}
}
