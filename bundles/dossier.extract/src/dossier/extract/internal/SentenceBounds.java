package dossier.extract.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits text into sentences for the recognizers that read facts within one sentence.
 * A line break always ends a sentence (answers put one paragraph on a line); a full stop,
 * question or exclamation mark ends one only when whitespace and a capital, digit, quote,
 * bracket or currency sign follow, and it does not end a known abbreviation ("Mr.",
 * "hon.", "e.g.") or an initial. So "£4.5million" and "Mr. Campbell" stay whole.
 */
public final class SentenceBounds {

	// the words after which a full stop does not end a sentence
	private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "st", "no", "nos", "hon", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
			"rt", "co", "ltd", "inc", "plc", "etc", "e.g", "i.e", "cf", "vs", "prof", "sr", "jr", "gen", "col", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$ //$NON-NLS-14$ //$NON-NLS-15$
			"capt", "lt", "sgt", "cllr", "approx", "para", "paras", "art", "sec", "vol", "fig", "op", "cl"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$

	private static final String CLOSING = "\"'”’)]"; //$NON-NLS-1$

	private SentenceBounds() {
	}

	/**
	 * @param text a text
	 * @return the sentences as {@code {start, end}} pairs, in order, covering the non-blank text
	 */
	public static List<int[]> of(String text) {
		List<int[]> sentences = new ArrayList<>();
		int start = 0;
		int n = text.length();
		for (int i = 0; i < n; i++) {
			char c = text.charAt(i);
			if (c == '\n' || c == '\r') {
				add(sentences, text, start, i);
				start = i + 1;
			} else if ((c == '.' || c == '?' || c == '!') && endsSentence(text, i)) {
				int end = i + 1;
				while (end < n && "\"'”’)]".indexOf(text.charAt(end)) >= 0) { //$NON-NLS-1$
					end++;
				}
				add(sentences, text, start, end);
				start = end;
				i = end - 1;
			}
		}
		add(sentences, text, start, n);
		return sentences;
	}

	/**
	 * @param sentences the result of {@link #of(String)}
	 * @param offset an offset in the text
	 * @return the sentence holding the offset, or {@code {offset, offset}} when none does
	 */
	public static int[] around(List<int[]> sentences, int offset) {
		for (int[] sentence : sentences) {
			if (offset >= sentence[0] && offset < sentence[1]) {
				return sentence;
			}
		}
		return new int[] { offset, offset };
	}

	/**
	 * Finds one sentence without splitting the whole text: the same bounds as {@link #of(String)}
	 * gives, for recognizers that need the sentences around a few places only.
	 *
	 * @param text a text
	 * @param offset an offset in the text
	 * @return the sentence holding the offset as {@code {start, end}}, or {@code {offset, offset}}
	 *         when the offset is in the white space between sentences
	 */
	public static int[] around(String text, int offset) {
		int start = 0;
		for (int i = Math.min(offset, text.length()) - 1; i >= 0; i--) {
			char c = text.charAt(i);
			if (c == '\n' || c == '\r') {
				start = i + 1;
				break;
			}
			if ((c == '.' || c == '?' || c == '!') && endsSentence(text, i)) {
				start = i + 1;
				while (start < offset && CLOSING.indexOf(text.charAt(start)) >= 0) {
					start++;
				}
				break;
			}
		}
		int n = text.length();
		int end = n;
		for (int i = offset; i < n; i++) {
			char c = text.charAt(i);
			if (c == '\n' || c == '\r') {
				end = i;
				break;
			}
			if ((c == '.' || c == '?' || c == '!') && endsSentence(text, i)) {
				end = i + 1;
				while (end < n && CLOSING.indexOf(text.charAt(end)) >= 0) {
					end++;
				}
				break;
			}
		}
		while (start < end && Character.isWhitespace(text.charAt(start))) {
			start++;
		}
		while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
			end--;
		}
		return offset >= start && offset < end ? new int[] { start, end } : new int[] { offset, offset };
	}

	private static void add(List<int[]> sentences, String text, int start, int end) {
		while (start < end && Character.isWhitespace(text.charAt(start))) {
			start++;
		}
		while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
			end--;
		}
		if (end > start) {
			sentences.add(new int[] { start, end });
		}
	}

	private static boolean endsSentence(String text, int i) {
		int next = i + 1;
		while (next < text.length() && "\"'”’)]".indexOf(text.charAt(next)) >= 0) { //$NON-NLS-1$
			next++;
		}
		if (next >= text.length()) {
			return true;
		}
		if (!Character.isWhitespace(text.charAt(next))) {
			return false; // "£4.5million", "e.g.", "1.2"
		}
		while (next < text.length() && text.charAt(next) == ' ') {
			next++;
		}
		if (next >= text.length()) {
			return true;
		}
		char following = text.charAt(next);
		if (!(Character.isUpperCase(following) || Character.isDigit(following) || "\"'“‘(£€$•-".indexOf(following) >= 0)) { //$NON-NLS-1$
			return false;
		}
		if (text.charAt(i) != '.') {
			return true;
		}
		int wordStart = i;
		while (wordStart > 0 && (Character.isLetter(text.charAt(wordStart - 1)) || text.charAt(wordStart - 1) == '.')) {
			wordStart--;
		}
		String word = text.substring(wordStart, i);
		if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
			return false; // an initial: "J. Smith"
		}
		return !ABBREVIATIONS.contains(word.toLowerCase(java.util.Locale.ROOT));
	}
}
