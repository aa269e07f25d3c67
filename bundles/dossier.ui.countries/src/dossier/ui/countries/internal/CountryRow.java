package dossier.ui.countries.internal;

import java.util.Objects;

import dossier.countries.Country;

/**
 * A country of the atlas with how often the collection mentions it: a row of the Countries
 * view and a shape's figures on the world map.
 *
 * @param country the country
 * @param documents how many documents mention it
 * @param mentions how many times they mention it in all
 */
public record CountryRow(Country country, int documents, int mentions) {

	/** Validates. */
	public CountryRow {
		Objects.requireNonNull(country, "country"); //$NON-NLS-1$
	}

	/** @return the alpha-2 code, the country entity's id */
	public String alpha2() {
		return country.alpha2();
	}

	/** @return the common name */
	public String name() {
		return country.name();
	}

	/** @return the region ("Africa"), or the empty string */
	public String region() {
		return country.region();
	}

	/** @return the subregion ("Western Africa"), or the empty string */
	public String subregion() {
		return country.subregion();
	}

	/** @return the counts in words: "12 documents, 30 mentions" or "not mentioned" */
	public String counts() {
		if (mentions == 0) {
			return "not mentioned in the collection"; //$NON-NLS-1$
		}
		return Counts.of(documents, "document") + ", " + Counts.of(mentions, "mention"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}
}
