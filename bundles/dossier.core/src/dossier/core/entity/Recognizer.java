package dossier.core.entity;

import java.util.List;

import dossier.core.document.SourceDocument;

/**
 * Finds mentions of entities of one or more kinds in a document's text and resolves them
 * to canonical entities. Recognizers run during import, in the order their declarations
 * give, each seeing the mentions found before it (so that funding can be linked to the
 * agency the sentence names). A recognizer must be thread-safe and must not keep state
 * between documents.
 *
 * @since 0.1
 */
public interface Recognizer {

	/**
	 * @param document the document; spans refer to its {@code text()}
	 * @param earlier the mentions found by the recognizers that ran before this one
	 * @return the mentions this recognizer finds, in text order
	 */
	List<Mention> recognize(SourceDocument document, List<Mention> earlier);
}
