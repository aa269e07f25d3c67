package dossier.extract.internal;

import java.util.List;

/**
 * A way of writing a country in text, or a phrase that contains a country's name without
 * mentioning it ("New Jersey", "Northern Ireland"), which blocks that name; or a demonym
 * that several countries share ("Dominican", "Congolese"), which names one of them only
 * where the document names that one.
 *
 * @param text the name as written, case-sensitive; a space stands for any run of white space
 * @param country the country it names; null for a blocking phrase or a shared demonym
 * @param candidates the countries a shared demonym may name; empty otherwise
 */
public record CountryName(String text, Country country, List<Country> candidates) {

	/** Copies the candidates. */
	public CountryName {
		candidates = candidates == null ? List.of() : List.copyOf(candidates);
	}

	/**
	 * @param text the name as written
	 * @param country the country it names; null for a blocking phrase
	 */
	public CountryName(String text, Country country) {
		this(text, country, List.of());
	}

	/** @return whether this phrase mentions no country and hides the names inside it */
	public boolean blocks() {
		return country == null && candidates.isEmpty();
	}

	/** @return whether this is a demonym several countries share */
	public boolean shared() {
		return country == null && !candidates.isEmpty();
	}
}
