package dossier.core.catalog;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A document named in an aggregate, enough to list it and open it.
 *
 * @param id the document's id
 * @param title its title
 * @param answered the date it was answered or published, or {@code null} if unknown
 * @since 0.1
 */
public record DocumentRef(String id, String title, LocalDate answered) {

	/** Validates; a missing title is the id. */
	public DocumentRef {
		Objects.requireNonNull(id, "id"); //$NON-NLS-1$
		title = title == null || title.isBlank() ? id : title;
	}

	/** @return the date, if known */
	public Optional<LocalDate> date() {
		return Optional.ofNullable(answered);
	}
}
