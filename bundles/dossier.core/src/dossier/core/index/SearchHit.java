package dossier.core.index;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One document found by a search, with what a result list shows of it.
 *
 * @param id the document's id
 * @param title the document's title
 * @param source where the document came from
 * @param score the relevance score; higher is better
 * @param snippet the best passages of the document with the query's terms highlighted
 * @param kind the kind of document
 * @param department the answering body; may be empty
 * @param house Commons or Lords; may be empty
 * @param answered the answer date, or null when unknown
 * @since 0.1
 */
public record SearchHit(String id, String title, String source, float score, HighlightedText snippet, String kind,
		String department, String house, LocalDate answered) {

	/**
	 * A hit with no metadata.
	 *
	 * @param id the document's id
	 * @param title its title
	 * @param source its source
	 * @param score its score
	 * @param snippet its best passages
	 */
	public SearchHit(String id, String title, String source, float score, HighlightedText snippet) {
		this(id, title, source, score, snippet, "", "", "", null); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/** @return the answer date, if known */
	public Optional<LocalDate> answerDate() {
		return Optional.ofNullable(answered);
	}
}
