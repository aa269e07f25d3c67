package dossier.core.catalog;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * The entities of the whole collection, aggregated from the index. The aggregate is built
 * on first use after the index changes (one pass over the stored mentions) and then served
 * from memory; callers on the UI thread should call these in a Job unless
 * {@link #isCurrent()}.
 *
 * @since 0.1
 */
public interface EntityCatalog {

	/** The most passages an entity page lists. */
	int MAX_PASSAGES = 500;

	/**
	 * @param kind an entity kind
	 * @param monitor progress and cancellation
	 * @return every entity of that kind, most documents first
	 * @throws IOException if the index cannot be read
	 */
	List<EntitySummary> entities(String kind, IProgressMonitor monitor) throws IOException;

	/**
	 * @param kind an entity kind
	 * @param id an entity's id
	 * @param monitor progress and cancellation
	 * @return the entity, if the collection mentions it
	 * @throws IOException if the index cannot be read
	 */
	Optional<EntitySummary> entity(String kind, String id, IProgressMonitor monitor) throws IOException;

	/**
	 * @param monitor progress and cancellation
	 * @return every amount the funding recognizer found, funding or not, newest document first
	 * @throws IOException if the index cannot be read
	 */
	List<FundingFact> fundingFacts(IProgressMonitor monitor) throws IOException;

	/**
	 * @param kind an entity kind
	 * @param id an entity's id
	 * @param monitor progress and cancellation
	 * @return the entity's page, if the collection mentions it
	 * @throws IOException if the index cannot be read
	 */
	Optional<EntityPage> page(String kind, String id, IProgressMonitor monitor) throws IOException;

	/** @return whether the aggregate reflects the index as it is now, so calls return at once */
	boolean isCurrent();
}
