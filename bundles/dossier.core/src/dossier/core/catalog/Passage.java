package dossier.core.catalog;

import java.util.Objects;

/**
 * A mention with the words around it, a keyword-in-context line.
 *
 * @param document the document
 * @param start the mention's offset in the document's text
 * @param end the offset just past it
 * @param before the text before it on its line, shortened at a word
 * @param surface the mention as written
 * @param after the text after it on its line, shortened at a word
 * @since 0.1
 */
public record Passage(DocumentRef document, int start, int end, String before, String surface, String after) {

	/** Validates. */
	public Passage {
		Objects.requireNonNull(document, "document"); //$NON-NLS-1$
		Objects.requireNonNull(before, "before"); //$NON-NLS-1$
		Objects.requireNonNull(surface, "surface"); //$NON-NLS-1$
		Objects.requireNonNull(after, "after"); //$NON-NLS-1$
	}

	/** @return the line as one text */
	public String text() {
		return before + surface + after;
	}
}
