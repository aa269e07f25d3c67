package dossier.core.index;

import java.io.IOException;
import java.util.Collection;
import java.util.Optional;

import dossier.core.document.SourceDocument;

/**
 * The store of record for a collection's documents, and the full-text search over them.
 * <p>
 * Implementations are thread-safe: searches may run while documents are added. An added
 * batch becomes visible to searches, and durable, as a whole when {@link #add} returns.
 * The workbench reaches the index as an OSGi service of this type.
 * </p>
 *
 * @since 0.1
 */
public interface DocumentIndex {

	/**
	 * Adds documents, replacing any with the same id, and commits them.
	 *
	 * @param documents the documents to add
	 * @throws IOException if the index cannot be written; then none of the batch is kept
	 */
	void add(Collection<SourceDocument> documents) throws IOException;

	/**
	 * @return how many documents the index holds
	 * @throws IOException if the index cannot be read
	 */
	int size() throws IOException;

	/**
	 * Runs a query in Lucene's classic syntax (terms, {@code "phrases"}, {@code AND},
	 * {@code OR}, {@code NOT}, {@code field:value}, wildcards) over titles and text. Terms
	 * are all required unless joined with {@code OR}.
	 *
	 * @param query the query as the user typed it
	 * @param maxHits how many hits to return at most
	 * @return the best hits with highlighted snippets
	 * @throws SearchException if the query is not valid, with a message for the user
	 * @throws IOException if the index cannot be read
	 */
	SearchResult search(String query, int maxHits) throws SearchException, IOException;

	/**
	 * @param id a document id
	 * @return the document, if the index holds one with that id
	 * @throws IOException if the index cannot be read
	 */
	Optional<SourceDocument> get(String id) throws IOException;

	/**
	 * Marks where a query matches in the whole text of one document, for a viewer.
	 *
	 * @param id a document id
	 * @param query a query as for {@link #search}; blank marks nothing
	 * @return the full text with every match marked, if the index holds the document
	 * @throws SearchException if the query is not valid
	 * @throws IOException if the index cannot be read
	 */
	Optional<HighlightedText> highlight(String id, String query) throws SearchException, IOException;
}
