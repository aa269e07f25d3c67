package dossier.ui.internal.editors;

import java.util.ArrayList;
import java.util.List;

import dossier.core.document.SourceDocument;

/** The lines of metadata a document viewer shows above the text. */
public final class DocumentHeader {

	private DocumentHeader() {
	}

	/**
	 * @param doc a document
	 * @return house, department, dates, question number and members, as far as known, on one line
	 */
	public static String metadata(SourceDocument doc) {
		List<String> parts = new ArrayList<>();
		add(parts, doc.house());
		add(parts, doc.department());
		doc.dateAnswered().ifPresent(d -> parts.add("answered " + d)); //$NON-NLS-1$
		doc.dateTabled().ifPresent(d -> parts.add("tabled " + d)); //$NON-NLS-1$
		if (!doc.uin().isEmpty()) {
			parts.add("question " + doc.uin()); //$NON-NLS-1$
		}
		if (!doc.askingMember().isEmpty()) {
			parts.add("asked by " + doc.askingMember()); //$NON-NLS-1$
		}
		if (!doc.answeringMember().isEmpty()) {
			parts.add("answered by " + doc.answeringMember()); //$NON-NLS-1$
		}
		if (doc.truncated()) {
			parts.add("the source gives only the start of the text"); //$NON-NLS-1$
		}
		return String.join(" \u00b7 ", parts); //$NON-NLS-1$
	}

	/**
	 * @param doc the document
	 * @param query the query whose hits are marked
	 * @param hitCount how many hits
	 * @param current the 0-based hit selected, or -1
	 * @param hitOffset where the selected hit starts in the text
	 * @return where the document came from and which hit is selected (with its page for paged sources)
	 */
	public static String position(SourceDocument doc, String query, int hitCount, int current, int hitOffset) {
		String where = doc.source().isEmpty() ? "" : "Source: " + doc.source(); //$NON-NLS-1$ //$NON-NLS-2$
		if (query.isBlank()) {
			return where;
		}
		String hits;
		if (hitCount == 0) {
			hits = "no hits for " + query; //$NON-NLS-1$
		} else {
			hits = "hit " + (current + 1) + " of " + hitCount + " for " + query //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					+ doc.pageAt(hitOffset).map(p -> ", page " + p).orElse("") //$NON-NLS-1$ //$NON-NLS-2$
					+ (hitCount > 1 ? " (F3 next, Shift+F3 previous)" : ""); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return where.isEmpty() ? hits : where + "    " + hits; //$NON-NLS-1$
	}

	private static void add(List<String> parts, String value) {
		if (!value.isEmpty()) {
			parts.add(value);
		}
	}
}
