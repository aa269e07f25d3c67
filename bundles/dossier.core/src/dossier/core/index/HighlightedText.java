package dossier.core.index;

import java.util.List;

/**
 * A text with the ranges that matched a query, so that a viewer can mark them without
 * parsing markup.
 *
 * @param text the text
 * @param highlights the matching ranges, in order and not overlapping
 * @since 0.1
 */
public record HighlightedText(String text, List<TextRange> highlights) {

	/** Copies the ranges and checks that they lie inside the text. */
	public HighlightedText {
		highlights = List.copyOf(highlights);
		for (TextRange range : highlights) {
			if (range.end() > text.length()) {
				throw new IllegalArgumentException("Range " + range + " is outside the text"); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
	}

	/**
	 * @param text a text
	 * @return the text with nothing highlighted
	 */
	public static HighlightedText plain(String text) {
		return new HighlightedText(text, List.of());
	}

	/** @return the highlighted parts of the text, in order */
	public List<String> highlightedParts() {
		return highlights.stream().map(r -> text.substring(r.offset(), r.end())).toList();
	}
}
