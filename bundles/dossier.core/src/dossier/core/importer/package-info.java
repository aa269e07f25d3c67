/**
 * Importing documents: the importer contract and the import service.
 *
 * @since 0.1
 */
package dossier.core.importer;
