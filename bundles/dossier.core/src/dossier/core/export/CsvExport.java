package dossier.core.export;

import java.util.List;
import java.util.function.Function;

import dossier.core.document.SourceDocument;

/**
 * One CSV row per document (RFC 4180, CRLF line ends), with a fixed set of columns.
 *
 * @since 0.1
 */
public final class CsvExport {

	/** The columns, in order. */
	public static final List<String> COLUMNS = List.of("id", "title", "kind", "house", "department", "uin", "asking", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
			"answering", "tabled", "answered", "heading", "question", "answer", "source", "url"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
	private static final List<Function<SourceDocument, String>> VALUES = List.of(SourceDocument::id,
			SourceDocument::title, SourceDocument::kind, SourceDocument::house, SourceDocument::department,
			SourceDocument::uin, SourceDocument::askingMember, SourceDocument::answeringMember,
			d -> d.dateTabled().map(Object::toString).orElse(""), //$NON-NLS-1$
			d -> d.dateAnswered().map(Object::toString).orElse(""), //$NON-NLS-1$
			SourceDocument::heading, SourceDocument::question, SourceDocument::answer, SourceDocument::source,
			SourceDocument::url);
	private static final String LINE_END = "\r\n"; //$NON-NLS-1$

	private CsvExport() {
	}

	/** @return the header line, with its line end */
	public static String header() {
		return String.join(",", COLUMNS) + LINE_END; //$NON-NLS-1$
	}

	/**
	 * @param doc a document
	 * @return its row, with its line end
	 */
	public static String row(SourceDocument doc) {
		StringBuilder row = new StringBuilder();
		for (Function<SourceDocument, String> value : VALUES) {
			if (!row.isEmpty()) {
				row.append(',');
			}
			row.append(field(value.apply(doc)));
		}
		return row.append(LINE_END).toString();
	}

	/**
	 * Quotes a field only when it holds commas, quotes or line breaks, doubling the quotes.
	 *
	 * @param value a value; null is written as empty
	 * @return the value as a CSV field
	 */
	public static String field(String value) {
		if (value == null) {
			return ""; //$NON-NLS-1$
		}
		if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
			return value;
		}
		return '"' + value.replace("\"", "\"\"") + '"'; //$NON-NLS-1$ //$NON-NLS-2$
	}
}
