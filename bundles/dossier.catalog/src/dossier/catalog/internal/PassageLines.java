package dossier.catalog.internal;

import dossier.core.catalog.DocumentRef;
import dossier.core.catalog.Passage;

/** Keyword-in-context lines: a mention with the words around it on its line. */
final class PassageLines {

	/** Characters of context kept on each side, cut back to a word boundary. */
	static final int CONTEXT = 60;

	private PassageLines() {
	}

	static Passage passage(DocumentRef document, String text, int start, int end) {
		int length = text.length();
		start = Math.min(start, length);
		end = Math.min(Math.max(end, start), length);
		int from = Math.max(0, start - CONTEXT);
		for (int i = start - 1; i >= from; i--) {
			if (text.charAt(i) == '\n') {
				from = i + 1;
				break;
			}
		}
		if (from > 0 && from < start && !Character.isWhitespace(text.charAt(from - 1))) {
			int space = text.indexOf(' ', from);
			from = space < 0 || space >= start ? from : space + 1;
		}
		int to = Math.min(length, end + CONTEXT);
		int newline = text.indexOf('\n', end);
		if (newline >= 0 && newline < to) {
			to = newline;
		}
		if (to < length && to > end && !Character.isWhitespace(text.charAt(to))) {
			int space = text.lastIndexOf(' ', to);
			to = space <= end ? to : space;
		}
		return new Passage(document, start, end, flat(text.substring(from, start)), flat(text.substring(start, end)),
				flat(text.substring(end, to)));
	}

	private static String flat(String s) {
		return s.replace('\r', ' ').replace('\n', ' ').replace('\t', ' ');
	}
}
