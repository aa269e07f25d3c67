package dossier.core.index;

import java.io.IOException;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import dossier.core.document.SourceDocument;
import dossier.core.entity.EntityCount;

/**
 * The store of record for a collection's documents, and the full-text search over them.
 * <p>
 * Implementations are thread-safe: searches may run while documents are added. A batch
 * becomes visible to searches, and durable, as a whole when {@link #apply} returns; a
 * crash loses at most the batch being written. The workbench and the headless commands
 * reach the index as an OSGi service of this type.
 * </p>
 *
 * @since 0.1
 */
public interface DocumentIndex {

	/**
	 * Applies a batch in one commit: removes the documents of the replaced sources, then
	 * adds the batch's documents, replacing any with the same id.
	 *
	 * @param batch the change
	 * @throws IOException if the index cannot be written; then none of the batch is kept
	 */
	void apply(IndexBatch batch) throws IOException;

	/**
	 * Adds documents, replacing any with the same id, and commits them.
	 *
	 * @param documents the documents to add
	 * @throws IOException if the index cannot be written; then none of them is kept
	 */
	default void add(Collection<SourceDocument> documents) throws IOException {
		apply(IndexBatch.adding(documents));
	}

	/**
	 * Removes every document that came from the given sources, and commits.
	 *
	 * @param sources source names as given by {@link SourceDocument#source()}
	 * @return how many documents were removed
	 * @throws IOException if the index cannot be written
	 */
	long removeSources(Collection<String> sources) throws IOException;

	/**
	 * @param source a source name
	 * @return the fingerprint the source had when its documents were last added, if any
	 * @throws IOException if the index cannot be read
	 */
	Optional<String> fingerprint(String source) throws IOException;

	/**
	 * @return how many documents the index holds
	 * @throws IOException if the index cannot be read
	 */
	int size() throws IOException;

	/**
	 * @return a number that changes whenever what the index holds changes, so that
	 *         aggregates built from it know when to be built again
	 * @throws IOException if the index cannot be read
	 */
	long generation() throws IOException;

	/**
	 * Runs a search. The query uses Lucene's classic syntax: terms (all required unless
	 * joined with {@code OR}), {@code "phrases"}, proximity {@code "a b"~5}, fuzzy
	 * {@code word~}, wildcards, {@code field:value} with the names in {@link IndexField},
	 * and date ranges such as {@code answered:[2024-01-01 TO 2024-03-31]}.
	 *
	 * @param request the query, filters, order, page and facets
	 * @return one page of hits with highlighted snippets, the total, and facet counts
	 * @throws SearchException if the query is not valid, with a message for the user
	 * @throws IOException if the index cannot be read
	 */
	SearchResult search(SearchRequest request) throws SearchException, IOException;

	/**
	 * Runs a query by relevance and returns its first hits.
	 *
	 * @param query the query as the user typed it
	 * @param maxHits how many hits to return at most
	 * @return the best hits with highlighted snippets
	 * @throws SearchException if the query is not valid
	 * @throws IOException if the index cannot be read
	 */
	default SearchResult search(String query, int maxHits) throws SearchException, IOException {
		return search(SearchRequest.of(query).withLimit(maxHits));
	}

	/**
	 * Visits every document matching a request's query and filters, in the request's
	 * order, with no cap: for export.
	 *
	 * @param request the query, filters and order; its page is ignored
	 * @param visitor receives each matching document
	 * @throws SearchException if the query is not valid
	 * @throws IOException if the index cannot be read
	 */
	void forEachMatch(SearchRequest request, Consumer<SourceDocument> visitor) throws SearchException, IOException;

	/**
	 * The ids of every document matching a request's query and filters, for restricting
	 * aggregates to the current search. Implementations read only the ids, which is much
	 * cheaper than {@link #forEachMatch}.
	 *
	 * @param request the query and filters; its order and page are ignored
	 * @return the ids of the matching documents
	 * @throws SearchException if the query is not valid
	 * @throws IOException if the index cannot be read
	 */
	default Set<String> ids(SearchRequest request) throws SearchException, IOException {
		Set<String> ids = new HashSet<>();
		forEachMatch(request, document -> ids.add(document.id()));
		return ids;
	}

	/**
	 * Finds the documents whose texts are most like one document's: its distinctive terms
	 * (by frequency in it and rarity in the collection) searched for in the others.
	 *
	 * @param id a document id
	 * @param limit how many documents at most
	 * @return the most similar documents, best first, not including the document itself;
	 *         empty if the index has no document with that id or cannot compare texts
	 * @throws IOException if the index cannot be read
	 */
	default List<SimilarDocument> similar(String id, int limit) throws IOException {
		return List.of();
	}

	/**
	 * Counts the entities of one kind that the documents matching a query mention.
	 *
	 * @param kind an entity kind, such as {@code agency}
	 * @param request the query and filters; blank for the whole collection
	 * @return every entity of that kind with its document and mention counts, most documents first
	 * @throws SearchException if the query is not valid
	 * @throws IOException if the index cannot be read
	 */
	List<EntityCount> entities(String kind, SearchRequest request) throws SearchException, IOException;

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
