package dossier.countries;

import java.util.List;
import java.util.Objects;

/**
 * A country or territory of ISO 3166-1, as world-countries describes it.
 *
 * @param alpha2 the ISO 3166-1 alpha-2 code ({@code NG}); the id of the country entity
 *               ({@code country:NG})
 * @param alpha3 the alpha-3 code ({@code NGA})
 * @param numeric the three-digit numeric code ({@code 566}), or the empty string where ISO
 *                assigns none (Kosovo)
 * @param name the common English name ("Nigeria")
 * @param officialName the official English name ("Federal Republic of Nigeria")
 * @param aliases other names and spellings ("Viet Nam", "UK"), without the codes
 * @param demonyms the English demonyms, masculine first, without repeats ("Nigerian")
 * @param region the region ("Africa")
 * @param subregion the subregion ("Western Africa"), or the empty string
 * @param capitals the capital cities, usually one
 * @param independent whether it is a sovereign state
 * @param latitude the latitude of its centre as world-countries gives it
 * @param longitude the longitude of its centre
 * @param area its area in square kilometres, 0 if unknown
 * @param borders the alpha-3 codes of the countries it borders
 * @since 0.1
 */
public record Country(String alpha2, String alpha3, String numeric, String name, String officialName,
		List<String> aliases, List<String> demonyms, String region, String subregion, List<String> capitals,
		boolean independent, double latitude, double longitude, double area, List<String> borders) {

	/** Validates and copies; missing texts become empty strings. */
	public Country {
		Objects.requireNonNull(alpha2, "alpha2"); //$NON-NLS-1$
		alpha3 = orEmpty(alpha3);
		numeric = orEmpty(numeric);
		name = name == null || name.isBlank() ? alpha2 : name;
		officialName = officialName == null || officialName.isBlank() ? name : officialName;
		aliases = List.copyOf(aliases);
		demonyms = List.copyOf(demonyms);
		region = orEmpty(region);
		subregion = orEmpty(subregion);
		capitals = List.copyOf(capitals);
		borders = List.copyOf(borders);
	}

	/** @return the first demonym, or the empty string */
	public String demonym() {
		return demonyms.isEmpty() ? "" : demonyms.get(0); //$NON-NLS-1$
	}

	private static String orEmpty(String s) {
		return s == null ? "" : s; //$NON-NLS-1$
	}
}
