package dossier.core.xref;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;

import dossier.core.catalog.DocumentRef;
import dossier.core.entity.EntityKinds;
import dossier.core.index.SearchException;
import dossier.core.index.SearchRequest;

/**
 * Cross-references the collection's entities and documents. The aggregates are computed
 * from the entity catalog held in memory (built on first use after the index changes, see
 * {@link dossier.core.catalog.EntityCatalog}); a restriction runs its search once and
 * keeps only the matching documents. Callers on the UI thread should call these in a Job.
 * <p>
 * Every method that takes a {@code restriction} accepts {@code null} or a blank
 * {@link SearchRequest} for the whole collection; otherwise only the documents matching its
 * query and filters count (its order, page and facets are ignored).
 * </p>
 *
 * @since 0.1
 */
public interface CrossReference {

	/** The kinds a graph links by default: agencies, operations and countries. */
	List<String> GRAPH_KINDS = List.of(EntityKinds.AGENCY, EntityKinds.OPERATION, EntityKinds.COUNTRY);

	/**
	 * Counts the documents mentioning both an entity of one kind and one of another.
	 *
	 * @param rowKind the kind of the rows, such as {@code agency}
	 * @param columnKind the kind of the columns, such as {@code country}; may be the row kind
	 * @param restriction the current search, or {@code null}
	 * @param monitor progress and cancellation
	 * @return the matrix
	 * @throws SearchException if the restriction's query is not valid
	 * @throws IOException if the index cannot be read
	 */
	CooccurrenceMatrix cooccurrence(String rowKind, String columnKind, SearchRequest restriction,
			IProgressMonitor monitor) throws SearchException, IOException;

	/**
	 * Lists the documents that mention every one of some entities, for a cell of a
	 * matrix or an edge of a graph.
	 *
	 * @param entities the entities, such as {@link CooccurrenceMatrix#cell(int, int)}
	 * @param restriction the current search, or {@code null}
	 * @param monitor progress and cancellation
	 * @return the documents, newest first
	 * @throws SearchException if the restriction's query is not valid
	 * @throws IOException if the index cannot be read
	 */
	List<DocumentRef> documents(List<EntityRef> entities, SearchRequest restriction, IProgressMonitor monitor)
			throws SearchException, IOException;

	/**
	 * Builds the network of the most mentioned entities linked by co-mention.
	 *
	 * @param kinds the kinds of entity to include; empty for {@link #GRAPH_KINDS}
	 * @param top how many entities at most, those in the most documents
	 * @param minWeight the fewest documents two entities must share to be linked (at least 1)
	 * @param restriction the current search, or {@code null}
	 * @param monitor progress and cancellation
	 * @return the graph; entities with no edge are kept
	 * @throws SearchException if the restriction's query is not valid
	 * @throws IOException if the index cannot be read
	 */
	EntityGraph graph(List<String> kinds, int top, int minWeight, SearchRequest restriction, IProgressMonitor monitor)
			throws SearchException, IOException;

	/**
	 * Finds the documents most like one: alike in wording (Lucene's MoreLikeThis over the
	 * texts) and in the entities they name.
	 *
	 * @param id a document id
	 * @param limit how many documents at most
	 * @param monitor progress and cancellation
	 * @return the related documents, most alike first, with the terms and entities they
	 *         share; empty if there is no such document
	 * @throws IOException if the index cannot be read
	 */
	List<RelatedDocument> related(String id, int limit, IProgressMonitor monitor) throws IOException;

	/**
	 * Sets two documents side by side.
	 *
	 * @param leftId a document id
	 * @param rightId another
	 * @param monitor progress and cancellation
	 * @return the entities they share and do not share, if the index holds both documents
	 * @throws IOException if the index cannot be read
	 */
	Optional<Comparison> compare(String leftId, String rightId, IProgressMonitor monitor) throws IOException;

	/**
	 * Counts, per period, the documents mentioning each of some entities.
	 *
	 * @param entities the entities to follow
	 * @param granularity months or years
	 * @param restriction the current search, or {@code null}
	 * @param monitor progress and cancellation
	 * @return one series per entity over the same periods
	 * @throws SearchException if the restriction's query is not valid
	 * @throws IOException if the index cannot be read
	 */
	Timeline timeline(List<EntityRef> entities, Timeline.Granularity granularity, SearchRequest restriction,
			IProgressMonitor monitor) throws SearchException, IOException;
}
