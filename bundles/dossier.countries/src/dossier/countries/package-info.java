/**
 * Country reference data and country pages: the ISO 3166 countries with their names,
 * aliases, demonyms and regions (world-countries, ODbL-1.0), the CIA World Factbook notes
 * on transnational issues by year, the Natural Earth outlines for a world map, and the
 * country brief that puts them together with what the collection says about a country.
 * No SWT and no Lucene: the services are offered by Declarative Services.
 *
 * @since 0.1
 */
package dossier.countries;
