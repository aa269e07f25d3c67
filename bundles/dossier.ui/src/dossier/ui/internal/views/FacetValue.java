package dossier.ui.internal.views;

/**
 * One value of a facet as the facet panel shows it, and a drill-down filter.
 *
 * @param field the facet field, such as {@code department}
 * @param value the value, such as {@code Home Office}
 * @param count how many matching documents have it; 0 when unknown (a filter)
 */
record FacetValue(String field, String value, long count) {
}
