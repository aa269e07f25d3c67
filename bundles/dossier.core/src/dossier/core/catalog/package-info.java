/**
 * What the collection says about its entities, aggregated over the whole index for the
 * entity views: summaries with counts and facts, funding facts, and entity pages with
 * passages, documents and co-mentioned entities.
 *
 * @since 0.1
 */
package dossier.core.catalog;
