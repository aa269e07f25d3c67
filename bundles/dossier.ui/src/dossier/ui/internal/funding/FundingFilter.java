package dossier.ui.internal.funding;

import java.util.Locale;
import java.util.Objects;

import dossier.core.catalog.FundingFact;

/**
 * What the Funding view shows of the facts: those whose recipient, purpose, period,
 * sentence or document title contain a text, of one year, to one recipient, and only
 * amounts that are funding unless asked otherwise.
 *
 * @param text the text to look for, lower case; empty for any
 * @param year the year, or {@code null} for any
 * @param recipientId the recipient's id ({@code ""} for facts naming none), or {@code null}
 *                    for any
 * @param includeNonFunding whether fines, prices and other amounts that are not funding show
 */
public record FundingFilter(String text, Integer year, String recipientId, boolean includeNonFunding) {

	/** Normalises the text. */
	public FundingFilter {
		text = text == null ? "" : text.strip().toLowerCase(Locale.ROOT); //$NON-NLS-1$
	}

	/**
	 * @param fact a fact
	 * @return the text the filter's text is looked for in, lower case
	 */
	public static String searchText(FundingFact fact) {
		return String.join("\n", fact.recipientName(), fact.recipientId(), fact.purpose(), fact.period(), //$NON-NLS-1$
				fact.sentence(), fact.document().title()).toLowerCase(Locale.ROOT);
	}

	/**
	 * @param fact a fact
	 * @param searchText its {@link #searchText(FundingFact)}
	 * @param factYear its {@link FundingFact#year()}, 0 if unknown
	 * @return whether it passes every criterion but the recipient
	 */
	public boolean acceptsAnyRecipient(FundingFact fact, String searchText, int factYear) {
		return (includeNonFunding || fact.funding()) && (year == null || year.intValue() == factYear)
				&& (text.isEmpty() || searchText.contains(text));
	}

	/**
	 * @param fact a fact
	 * @return whether it goes to the recipient, if the filter names one
	 */
	public boolean acceptsRecipient(FundingFact fact) {
		return recipientId == null || recipientId.equals(fact.recipientId());
	}

	/**
	 * @param newRecipientId a recipient's id, or {@code null} for any
	 * @return this filter for that recipient
	 */
	public FundingFilter withRecipient(String newRecipientId) {
		return Objects.equals(newRecipientId, recipientId) ? this
				: new FundingFilter(text, year, newRecipientId, includeNonFunding);
	}
}
