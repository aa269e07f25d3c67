package dossier.extract.internal;

import java.util.Objects;

/**
 * A country or territory of ISO 3166-1, as the shipped reference data describes it.
 *
 * @param id the ISO 3166-1 alpha-2 code, such as {@code NG}
 * @param alpha3 the ISO 3166-1 alpha-3 code, such as {@code NGA}
 * @param name the common English name, such as {@code Nigeria}
 * @param region the continent-level region, such as {@code Africa}; may be empty
 * @param subregion the subregion, such as {@code Western Africa}; may be empty
 * @param independent whether it is a sovereign state (decides shared demonyms: "French" is France's)
 */
public record Country(String id, String alpha3, String name, String region, String subregion, boolean independent) {

	/** Validates. */
	public Country {
		Objects.requireNonNull(id, "id"); //$NON-NLS-1$
		alpha3 = alpha3 == null ? "" : alpha3; //$NON-NLS-1$
		name = name == null || name.isBlank() ? id : name;
		region = region == null ? "" : region; //$NON-NLS-1$
		subregion = subregion == null ? "" : subregion; //$NON-NLS-1$
	}
}
