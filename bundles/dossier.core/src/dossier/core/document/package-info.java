/**
 * The document model: what importers produce and the index stores.
 *
 * @since 0.1
 */
package dossier.core.document;
