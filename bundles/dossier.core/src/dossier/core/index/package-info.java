/**
 * The document index and full-text search, as services the workbench uses. The
 * implementation (Lucene) lives in another bundle; nothing here depends on it.
 *
 * @since 0.1
 */
package dossier.core.index;
