package dossier.core.export;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.Optional;

import dossier.core.document.SourceDocument;

/**
 * Writes documents one by one as a CSV table or a JSON array: the header when created,
 * a row or object per {@link #write}, the closing bracket on {@link #finish}. The caller
 * owns the writer.
 *
 * @since 0.1
 */
public final class DocumentExport {

	/** The formats documents can be written in. */
	public enum Format {
		/** a CSV table with {@link CsvExport#COLUMNS} */
		CSV,
		/** a JSON array of objects, one per line */
		JSON;

		/** @return the usual file name extension, without the dot */
		public String extension() {
			return name().toLowerCase(Locale.ROOT);
		}

		/**
		 * @param name {@code csv} or {@code json}, in any case
		 * @return the format, if the name is one
		 */
		public static Optional<Format> named(String name) {
			for (Format format : values()) {
				if (format.extension().equalsIgnoreCase(name)) {
					return Optional.of(format);
				}
			}
			return Optional.empty();
		}
	}

	private final Writer out;
	private final Format format;
	private long count;

	/**
	 * Starts an export and writes its header.
	 *
	 * @param out where to write
	 * @param format how
	 * @throws IOException if writing fails
	 */
	public DocumentExport(Writer out, Format format) throws IOException {
		this.out = out;
		this.format = format;
		out.write(format == Format.CSV ? CsvExport.header() : "[\n"); //$NON-NLS-1$
	}

	/**
	 * @param doc the next document
	 * @throws IOException if writing fails
	 */
	public void write(SourceDocument doc) throws IOException {
		if (format == Format.CSV) {
			out.write(CsvExport.row(doc));
		} else {
			out.write((count == 0 ? "" : ",\n") + JsonExport.object(doc)); //$NON-NLS-1$ //$NON-NLS-2$
		}
		count++;
	}

	/**
	 * Ends the export (closes the JSON array) and flushes; the writer stays open.
	 *
	 * @throws IOException if writing fails
	 */
	public void finish() throws IOException {
		if (format == Format.JSON) {
			out.write(count == 0 ? "]\n" : "\n]\n"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		out.flush();
	}

	/** @return how many documents were written */
	public long count() {
		return count;
	}
}
