package dossier.core.index;

/**
 * A span of characters in a text, used to mark query hits.
 *
 * @param offset the index of the first character
 * @param length the number of characters, at least one
 * @since 0.1
 */
public record TextRange(int offset, int length) {

	/** Validates the span. */
	public TextRange {
		if (offset < 0 || length < 1) {
			throw new IllegalArgumentException("Bad range " + offset + "+" + length); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/** @return the index just past the last character */
	public int end() {
		return offset + length;
	}
}
