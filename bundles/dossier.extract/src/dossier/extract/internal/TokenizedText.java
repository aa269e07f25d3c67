package dossier.extract.internal;

import java.util.Arrays;

/**
 * A text cut into tokens: runs of letters and digits are words, every other character
 * that is not white space is a token of its own. Curly apostrophes read as straight ones,
 * so that "Barnardo’s" matches "Barnardo's".
 */
final class TokenizedText {

	private final String text;
	private int[] starts = new int[64];
	private int[] ends = new int[64];
	private String[] tokens = new String[64];
	private int size;

	TokenizedText(String text) {
		this.text = text;
		int i = 0;
		int n = text.length();
		while (i < n) {
			char c = text.charAt(i);
			if (Character.isLetterOrDigit(c)) {
				int start = i;
				while (i < n && Character.isLetterOrDigit(text.charAt(i))) {
					i++;
				}
				add(start, i, text.substring(start, i));
			} else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
				i++;
			} else {
				add(i, i + 1, c == '\u2019' || c == '\u2018' ? "'" : String.valueOf(c)); //$NON-NLS-1$
				i++;
			}
		}
	}

	/**
	 * Tokenises a gazetteer name the same way as a text.
	 *
	 * @param name a name
	 * @return its tokens
	 */
	static String[] tokensOf(String name) {
		TokenizedText t = new TokenizedText(name);
		return Arrays.copyOf(t.tokens, t.size);
	}

	private void add(int start, int end, String token) {
		if (size == starts.length) {
			starts = Arrays.copyOf(starts, size * 2);
			ends = Arrays.copyOf(ends, size * 2);
			tokens = Arrays.copyOf(tokens, size * 2);
		}
		starts[size] = start;
		ends[size] = end;
		tokens[size++] = token;
	}

	String text() {
		return text;
	}

	int size() {
		return size;
	}

	String token(int i) {
		return i >= 0 && i < size ? tokens[i] : ""; //$NON-NLS-1$
	}

	int start(int i) {
		return starts[i];
	}

	int end(int i) {
		return ends[i];
	}

	/** @return whether token i is a word (letters and digits) */
	boolean isWord(int i) {
		return i >= 0 && i < size && Character.isLetterOrDigit(tokens[i].charAt(0));
	}

	/** @return whether token i is a word that starts with a capital letter */
	boolean isCapitalised(int i) {
		return isWord(i) && Character.isUpperCase(tokens[i].charAt(0));
	}

	/** @return whether token i is a word of capitals and digits only, with two capitals or more */
	boolean isUpperCase(int i) {
		if (!isWord(i)) {
			return false;
		}
		int capitals = 0;
		for (char c : tokens[i].toCharArray()) {
			if (Character.isLowerCase(c)) {
				return false;
			}
			capitals += Character.isUpperCase(c) ? 1 : 0;
		}
		return capitals >= 2;
	}

	/**
	 * Names do not run across lines: a heading or paragraph ends there.
	 *
	 * @return whether tokens i and i + 1 are on the same line
	 */
	boolean joined(int i) {
		if (i + 1 >= size) {
			return false;
		}
		for (int k = ends[i]; k < starts[i + 1]; k++) {
			char c = text.charAt(k);
			if (c == '\n' || c == '\r') {
				return false;
			}
		}
		return true;
	}

	/**
	 * @param first the first token
	 * @param last the last token
	 * @return the text of the tokens with white space normalised to single spaces
	 */
	String normalised(int first, int last) {
		StringBuilder b = new StringBuilder();
		for (int i = first; i <= last; i++) {
			if (i > first && ends[i - 1] < starts[i]) {
				b.append(' ');
			}
			b.append(text, starts[i], ends[i]);
		}
		return b.toString();
	}
}
