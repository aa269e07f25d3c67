/**
 * Cross-referencing the collection's entities and documents: co-occurrence matrices of
 * two entity kinds, the entity network linked by co-mention (with GEXF and GraphML
 * export for Gephi), related documents, side-by-side comparison of two documents and
 * timelines of mentions. The queries run in the {@link dossier.core.xref.CrossReference}
 * service; views and headless commands only present their results.
 *
 * @since 0.1
 */
package dossier.core.xref;
