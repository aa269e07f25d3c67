package dossier.extract.internal;

import java.util.Arrays;

/**
 * A text cut into tokens: runs of letters and digits are words, every other character
 * that is not white space is a token of its own. Curly apostrophes read as straight ones,
 * so that "Barnardo’s" matches "Barnardo's".
 * <p>
 * Made for speed, as recognizers read every document: one pass over the characters
 * records each token's span, its shape (word, capitalised, upper case) and whether a line
 * ends after it; a token's text is cut only when asked for, which the recognizer does
 * mostly for capitalised words.
 */
final class TokenizedText {

	private static final byte WORD = 1;
	private static final byte CAPITALISED = 2;
	private static final byte UPPER = 4;
	/** A line break lies between this token and the next. */
	private static final byte BREAK = 8;

	private final String text;
	private int[] starts;
	private int[] ends;
	private byte[] flags;
	private int[] hashes;
	private String[] tokens;
	private int size;

	TokenizedText(String text) {
		this.text = text;
		// English has a token every five or six characters: rarely grown
		int capacity = text.length() / 4 + 16;
		starts = new int[capacity];
		ends = new int[capacity];
		flags = new byte[capacity];
		hashes = new int[capacity];
		tokens = new String[capacity];
		int n = text.length();
		// the characters in an array of this thread's, read without charAt's checks and not
		// allocated anew for each document
		char[] chars = BUFFER.get();
		if (chars.length < n) {
			chars = new char[Math.max(n, chars.length * 2)];
			BUFFER.set(chars);
		}
		text.getChars(0, n, chars, 0);
		int i = 0;
		while (i < n) {
			char c = chars[i];
			int kind = kind(c);
			if (kind != OTHER) {
				int start = i;
				int capitals = 0;
				boolean lower = false;
				int hash = 0;
				do {
					capitals += kind == UPPER_LETTER ? 1 : 0;
					lower |= kind == LOWER_LETTER;
					hash = 31 * hash + c;
					i++;
				} while (i < n && (kind = kind(c = chars[i])) != OTHER);
				byte f = WORD;
				if (kind(chars[start]) == UPPER_LETTER) {
					f |= CAPITALISED;
				}
				if (!lower && capitals >= 2) {
					f |= UPPER;
				}
				add(start, i, f, hash);
			} else if (c == '\n' || c == '\r') {
				if (size > 0) {
					flags[size - 1] |= BREAK;
				}
				i++;
			} else if (c < 128 ? ASCII_SPACE[c] : Character.isWhitespace(c) || Character.isSpaceChar(c)) {
				i++;
			} else {
				add(i, i + 1, (byte) 0, c == '\u2019' || c == '\u2018' ? '\'' : c);
				i++;
			}
		}
	}

	private static final int OTHER = 0;
	private static final int UPPER_LETTER = 1;
	private static final int LOWER_LETTER = 2;
	private static final int OTHER_LETTER_OR_DIGIT = 3;
	/** The kinds of the ASCII characters, looked up rather than worked out for each one. */
	private static final byte[] ASCII = new byte[128];
	private static final ThreadLocal<char[]> BUFFER = ThreadLocal.withInitial(() -> new char[4096]);

	private static final boolean[] ASCII_SPACE = new boolean[128];

	static {
		for (char c = 0; c < 128; c++) {
			ASCII[c] = (byte) slowKind(c);
			ASCII_SPACE[c] = Character.isWhitespace(c) || Character.isSpaceChar(c);
		}
	}

	private static int kind(char c) {
		return c < 128 ? ASCII[c] : slowKind(c);
	}

	private static int slowKind(char c) {
		if (!Character.isLetterOrDigit(c)) {
			return OTHER;
		}
		return Character.isUpperCase(c) ? UPPER_LETTER : Character.isLowerCase(c) ? LOWER_LETTER : OTHER_LETTER_OR_DIGIT;
	}

	/**
	 * Tokenises a gazetteer name the same way as a text.
	 *
	 * @param name a name
	 * @return its tokens
	 */
	static String[] tokensOf(String name) {
		TokenizedText t = new TokenizedText(name);
		String[] result = new String[t.size];
		for (int i = 0; i < t.size; i++) {
			result[i] = t.token(i);
		}
		return result;
	}

	private void add(int start, int end, byte f, int hash) {
		if (size == starts.length) {
			starts = Arrays.copyOf(starts, size * 2);
			ends = Arrays.copyOf(ends, size * 2);
			flags = Arrays.copyOf(flags, size * 2);
			hashes = Arrays.copyOf(hashes, size * 2);
			tokens = Arrays.copyOf(tokens, size * 2);
		}
		starts[size] = start;
		ends[size] = end;
		hashes[size] = hash;
		flags[size++] = f;
	}

	/** @return the hash code of token i's text, as {@link String#hashCode()} computes it; 0 out of range */
	int hash(int i) {
		return i >= 0 && i < size ? hashes[i] : 0;
	}

	String text() {
		return text;
	}

	int size() {
		return size;
	}

	String token(int i) {
		if (i < 0 || i >= size) {
			return ""; //$NON-NLS-1$
		}
		String token = tokens[i];
		if (token == null) {
			char c = text.charAt(starts[i]);
			token = (flags[i] & WORD) == 0 && (c == '\u2019' || c == '\u2018') ? "'" //$NON-NLS-1$
					: text.substring(starts[i], ends[i]);
			tokens[i] = token;
		}
		return token;
	}

	/**
	 * @param i a token
	 * @param c a punctuation character
	 * @return whether token i is that character, without cutting it out of the text
	 */
	boolean isPunctuation(int i, char c) {
		return i >= 0 && i < size && (flags[i] & WORD) == 0 && text.charAt(starts[i]) == c;
	}

	int start(int i) {
		return starts[i];
	}

	int end(int i) {
		return ends[i];
	}

	/** @return whether token i is a word (letters and digits) */
	boolean isWord(int i) {
		return i >= 0 && i < size && (flags[i] & WORD) != 0;
	}

	/** @return whether token i is a word that starts with a capital letter */
	boolean isCapitalised(int i) {
		return i >= 0 && i < size && (flags[i] & CAPITALISED) != 0;
	}

	/** @return whether token i is a word of capitals and digits only, with two capitals or more */
	boolean isUpperCase(int i) {
		return i >= 0 && i < size && (flags[i] & UPPER) != 0;
	}

	/**
	 * Names do not run across lines: a heading or paragraph ends there.
	 *
	 * @return whether tokens i and i + 1 are on the same line
	 */
	boolean joined(int i) {
		return i >= 0 && i + 1 < size && (flags[i] & BREAK) == 0;
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
