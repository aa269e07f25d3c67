/**
 * Entities in documents: mentions, recognizers and the extractor that runs them.
 *
 * @since 0.1
 */
package dossier.core.entity;
