package dossier.core.catalog;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An amount of money a document states, with what the funding recognizer made of it.
 *
 * @param document the document that states it
 * @param start the offset of the amount in the document's text
 * @param end the offset just past it
 * @param surface the amount as written ("£4.5million")
 * @param sentence the sentence that states it, for reading it in context
 * @param amount the amount as a number (4500000)
 * @param currency its ISO 4217 code ({@code GBP})
 * @param recipientId the id of the agency receiving it, or the empty string if the text
 *                    names none
 * @param recipientName that agency's display name, or the empty string
 * @param period the period it is for as written ("2009-10", "the current spending review
 *               period"), or the empty string
 * @param purpose what it is for as written, or the empty string
 * @param funding whether it is funding; {@code false} for fines, prices and other amounts
 * @since 0.1
 */
public record FundingFact(DocumentRef document, int start, int end, String surface, String sentence,
		BigDecimal amount, String currency, String recipientId, String recipientName, String period, String purpose,
		boolean funding) {

	private static final Pattern YEAR = Pattern.compile("\\b(19|20)\\d\\d\\b"); //$NON-NLS-1$

	/** Validates; missing texts become empty strings. */
	public FundingFact {
		Objects.requireNonNull(document, "document"); //$NON-NLS-1$
		Objects.requireNonNull(amount, "amount"); //$NON-NLS-1$
		surface = orEmpty(surface);
		sentence = orEmpty(sentence);
		currency = orEmpty(currency);
		recipientId = orEmpty(recipientId);
		recipientName = recipientName == null || recipientName.isBlank() ? recipientId : recipientName;
		period = orEmpty(period);
		purpose = orEmpty(purpose);
	}

	/** @return the year it is for: the start year of the period when it names one, else the document's year */
	public Optional<Integer> year() {
		Matcher m = YEAR.matcher(period);
		if (m.find()) {
			return Optional.of(Integer.valueOf(m.group()));
		}
		return document.date().map(LocalDate::getYear);
	}

	private static String orEmpty(String s) {
		return s == null ? "" : s; //$NON-NLS-1$
	}
}
