package dossier.countries;

import java.util.List;
import java.util.Objects;

/**
 * One field of the CIA World Factbook for one country and year, such as the trafficking in
 * persons note of Albania in 2008.
 *
 * @param alpha2 the ISO 3166-1 alpha-2 code of the country
 * @param year the Factbook edition (2006 to 2010, and 2022 for trafficking in persons)
 * @param section the Factbook's field, one of {@link #SECTIONS}
 * @param tier for {@link #TRAFFICKING_IN_PERSONS}, the US State Department's tier rating
 *             the note gives ("Tier 2 Watch List", "Tier 3"), else the empty string
 * @param text the field's text as the Factbook has it, as plain text (the trafficking note
 *             reads "current situation: ... tier rating: ...")
 * @since 0.1
 */
public record FactbookNote(String alpha2, int year, String section, String tier, String text) {

	/** The Factbook field on human trafficking, with the tier rating. */
	public static final String TRAFFICKING_IN_PERSONS = "Trafficking in persons"; //$NON-NLS-1$
	/** The Factbook field on refugees and internally displaced persons. */
	public static final String REFUGEES = "Refugees and internally displaced persons"; //$NON-NLS-1$
	/** The Factbook field on illicit drugs. */
	public static final String ILLICIT_DRUGS = "Illicit drugs"; //$NON-NLS-1$
	/** The Factbook field on international disputes. */
	public static final String DISPUTES = "Disputes - international"; //$NON-NLS-1$
	/** The Factbook field with the country's history in brief. */
	public static final String BACKGROUND = "Background"; //$NON-NLS-1$
	/** The Factbook field with the noun and adjective for its people. */
	public static final String NATIONALITY = "Nationality"; //$NON-NLS-1$

	/** The sections, in the order a page shows them. */
	public static final List<String> SECTIONS = List.of(TRAFFICKING_IN_PERSONS, REFUGEES, ILLICIT_DRUGS, DISPUTES,
			BACKGROUND, NATIONALITY);

	/** Validates; a missing tier is the empty string. */
	public FactbookNote {
		Objects.requireNonNull(alpha2, "alpha2"); //$NON-NLS-1$
		Objects.requireNonNull(section, "section"); //$NON-NLS-1$
		Objects.requireNonNull(text, "text"); //$NON-NLS-1$
		tier = tier == null ? "" : tier; //$NON-NLS-1$
	}
}
