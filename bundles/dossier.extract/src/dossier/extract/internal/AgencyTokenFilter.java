package dossier.extract.internal;

import java.util.BitSet;
import java.util.Collection;

/**
 * A quick, lossy test of whether a token may be one of a set of words, by its hash code
 * alone ({@link TokenizedText#hash(int)}): most tokens of a text are none of them, and this
 * tells so without cutting the token out of the text. "Yes" may be wrong, "no" never is.
 */
final class AgencyTokenFilter {

	private static final int BITS = 1 << 16;
	private final BitSet bits = new BitSet(BITS);

	/** @param words the words to let through */
	AgencyTokenFilter(Collection<String> words) {
		words.forEach(word -> bits.set(index(word.hashCode())));
	}

	/**
	 * @param hash a token's hash code, as {@link String#hashCode()} computes it
	 * @return false if the token is none of the words; true if it may be one
	 */
	boolean mayContain(int hash) {
		return bits.get(index(hash));
	}

	private static int index(int hash) {
		return (hash ^ hash >>> 16) & BITS - 1;
	}
}
