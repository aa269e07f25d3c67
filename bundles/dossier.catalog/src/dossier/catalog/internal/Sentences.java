package dossier.catalog.internal;

/**
 * The sentence around a place in a text: from the end of the previous sentence (a full
 * stop, question or exclamation mark before white space, or a line break) to the end of
 * this one. Good enough for answers and table rows, where lines end most sentences.
 */
final class Sentences {

	/** Sentences longer than this are cut around the place, so a table flattened into one line stays readable. */
	private static final int MAX_REACH = 300;

	private Sentences() {
	}

	static int start(String text, int offset) {
		int limit = Math.max(0, offset - MAX_REACH);
		for (int i = Math.min(offset, text.length()) - 1; i >= limit; i--) {
			char c = text.charAt(i);
			if (c == '\n' || c == '\r') {
				return i + 1;
			}
			if (ends(text, i)) {
				return skipSpace(text, i + 1);
			}
		}
		return limit;
	}

	static int end(String text, int offset) {
		int limit = Math.min(text.length(), offset + MAX_REACH);
		for (int i = offset; i < limit; i++) {
			char c = text.charAt(i);
			if (c == '\n' || c == '\r') {
				return i;
			}
			if (ends(text, i)) {
				return i + 1;
			}
		}
		return limit;
	}

	/**
	 * @param text a text
	 * @param start where a span starts
	 * @param end where it ends
	 * @return the sentence that holds the span, trimmed
	 */
	static String around(String text, int start, int end) {
		return text.substring(start(text, start), Math.max(end, end(text, Math.max(start, end - 1)))).strip();
	}

	private static boolean ends(String text, int i) {
		char c = text.charAt(i);
		return (c == '.' || c == '?' || c == '!') && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)));
	}

	private static int skipSpace(String text, int i) {
		while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
			i++;
		}
		return i;
	}
}
