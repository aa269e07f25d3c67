package dossier.countries;

import java.util.List;
import java.util.Optional;

/**
 * The country reference data that ships with Dossier: the ISO 3166 countries
 * (world-countries, ODbL-1.0), the CIA World Factbook notes on transnational issues
 * (2006-2010, and trafficking in persons for 2022) and the Natural Earth outlines for the
 * world map. Read-only; the data is read on first use and then held in memory. Offered as
 * an OSGi service; thread-safe.
 *
 * @since 0.1
 */
public interface CountryAtlas {

	/** @return every country and territory, by common name */
	List<Country> countries();

	/**
	 * @param code an ISO 3166-1 alpha-2, alpha-3 or numeric code, in any case
	 *             ({@code NG}, {@code nga}, {@code 566})
	 * @return the country with that code
	 */
	Optional<Country> country(String code);

	/**
	 * Finds a country as a person would name it: by code (as {@link #country(String)}), by
	 * common or official name, by another name or spelling, or by demonym; case, accents
	 * and punctuation do not matter ("Viet Nam", "cote d'ivoire", "Vietnamese").
	 *
	 * @param codeOrName a code or a name
	 * @return the country, if exactly one has that code or name
	 */
	Optional<Country> find(String codeOrName);

	/** @return the Factbook editions with notes, oldest first (2006 to 2010, 2022) */
	List<Integer> factbookYears();

	/**
	 * @param alpha2 a country's alpha-2 code
	 * @return its Factbook notes, newest edition first, and within an edition in the order
	 *         of {@link FactbookNote#SECTIONS}
	 */
	List<FactbookNote> notes(String alpha2);

	/**
	 * @param alpha2 a country's alpha-2 code
	 * @param year a Factbook edition
	 * @return its notes in that edition, in the order of {@link FactbookNote#SECTIONS}
	 */
	default List<FactbookNote> notes(String alpha2, int year) {
		return notes(alpha2).stream().filter(n -> n.year() == year).toList();
	}

	/**
	 * @param alpha2 a country's alpha-2 code
	 * @param year a Factbook edition
	 * @param section one of {@link FactbookNote#SECTIONS}
	 * @return that note, if the edition has it for the country
	 */
	default Optional<FactbookNote> note(String alpha2, int year, String section) {
		return notes(alpha2, year).stream().filter(n -> n.section().equals(section)).findFirst();
	}

	/**
	 * @param resolution the map's scale
	 * @return every shape of the world map, countries and the territories and disputed
	 *         areas without an ISO code, in the map's order; decoded on first use
	 */
	List<CountryOutline> outlines(MapResolution resolution);

	/**
	 * @param code a country's alpha-2, alpha-3 or numeric code
	 * @param resolution the map's scale
	 * @return the country's outline, all its shapes together (Australia with Ashmore and
	 *         Cartier Islands), if the map draws it; small islands are only at
	 *         {@link MapResolution#MEDIUM}
	 */
	Optional<CountryOutline> outline(String code, MapResolution resolution);
}
