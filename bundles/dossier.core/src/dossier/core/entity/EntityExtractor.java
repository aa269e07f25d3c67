package dossier.core.entity;

import java.util.List;

import dossier.core.document.SourceDocument;

/**
 * Runs every contributed recognizer over a document. A recognizer that fails is logged
 * and left out; extraction never stops an import. Offered as an OSGi service.
 *
 * @since 0.1
 */
public interface EntityExtractor {

	/**
	 * @param document a document
	 * @return the mentions of all kinds, in text order
	 */
	List<Mention> extract(SourceDocument document);
}
