package dossier.extract.internal;

/**
 * A way of writing a country in text, or a phrase that contains a country's name without
 * mentioning it ("New Jersey", "Northern Ireland"), which blocks that name.
 *
 * @param text the name as written, case-sensitive; a space stands for any run of white space
 * @param country the country it names; null for a blocking phrase
 */
public record CountryName(String text, Country country) {

	/** @return whether this phrase mentions no country and hides the names inside it */
	public boolean blocks() {
		return country == null;
	}
}
