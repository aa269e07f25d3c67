package dossier.app.internal;

import dossier.core.importer.ImportService;
import dossier.core.index.DocumentIndex;

/**
 * The services a command works with.
 *
 * @param index the collection's index
 * @param importer the import service
 */
record Engine(DocumentIndex index, ImportService importer) {
}
