package dossier.core.export;

import dossier.core.document.SourceDocument;

/**
 * One compact JSON object per document, written by hand so that the core needs no JSON
 * library. Absent dates are left out, as Gson leaves out nulls.
 *
 * @since 0.1
 */
public final class JsonExport {

	private JsonExport() {
	}

	/**
	 * @param doc a document
	 * @return the document as one line of JSON
	 */
	public static String object(SourceDocument doc) {
		StringBuilder json = new StringBuilder("{"); //$NON-NLS-1$
		member(json, "id", doc.id()); //$NON-NLS-1$
		member(json, "title", doc.title()); //$NON-NLS-1$
		member(json, "kind", doc.kind()); //$NON-NLS-1$
		member(json, "house", doc.house()); //$NON-NLS-1$
		member(json, "uin", doc.uin()); //$NON-NLS-1$
		member(json, "department", doc.department()); //$NON-NLS-1$
		member(json, "heading", doc.heading()); //$NON-NLS-1$
		member(json, "askingMember", doc.askingMember()); //$NON-NLS-1$
		member(json, "answeringMember", doc.answeringMember()); //$NON-NLS-1$
		member(json, "tabled", doc.dateTabled().map(Object::toString).orElse(null)); //$NON-NLS-1$
		member(json, "answered", doc.dateAnswered().map(Object::toString).orElse(null)); //$NON-NLS-1$
		member(json, "url", doc.url()); //$NON-NLS-1$
		member(json, "source", doc.source()); //$NON-NLS-1$
		json.append(",\"truncated\":").append(doc.truncated()); //$NON-NLS-1$
		member(json, "question", doc.question()); //$NON-NLS-1$
		member(json, "answer", doc.answer()); //$NON-NLS-1$
		member(json, "text", doc.text()); //$NON-NLS-1$
		return json.append('}').toString();
	}

	private static void member(StringBuilder json, String name, String value) {
		if (value == null) {
			return;
		}
		if (json.length() > 1) {
			json.append(',');
		}
		string(json, name);
		json.append(':');
		string(json, value);
	}

	/**
	 * @param value a string
	 * @return the string as a JSON string literal, quotes included
	 */
	public static String string(String value) {
		StringBuilder json = new StringBuilder(value.length() + 2);
		string(json, value);
		return json.toString();
	}

	/** RFC 8259: escape quotes, backslashes and control characters; the rest is UTF-8 as is. */
	private static void string(StringBuilder json, String value) {
		json.append('"');
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '"' -> json.append("\\\""); //$NON-NLS-1$
				case '\\' -> json.append("\\\\"); //$NON-NLS-1$
				case '\n' -> json.append("\\n"); //$NON-NLS-1$
				case '\r' -> json.append("\\r"); //$NON-NLS-1$
				case '\t' -> json.append("\\t"); //$NON-NLS-1$
				default -> {
					// U+2028/2029 are valid JSON but break JavaScript readers; escape them too
					if (c < 0x20 || c == '\u2028' || c == '\u2029') {
						json.append(String.format("\\u%04x", (int) c)); //$NON-NLS-1$
					} else {
						json.append(c);
					}
				}
			}
		}
		json.append('"');
	}
}
