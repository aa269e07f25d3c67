package dossier.countries;

import java.io.IOException;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Builds country briefs: the {@link CountryAtlas}'s facts and Factbook notes together with
 * the collection's passages, documents, co-mentioned entities and funding, gathered by the
 * entity catalog ({@link dossier.core.catalog.EntityCatalog}). Offered as an OSGi service.
 * The first brief after the index changed waits for the catalog to be gathered again; call
 * it in a Job from the UI.
 *
 * @since 0.1
 */
public interface CountryBriefs {

	/**
	 * @param country a country of the atlas
	 * @param monitor progress and cancellation
	 * @return its brief; without mentions in the collection, the facts and notes alone
	 * @throws IOException if the index cannot be read
	 */
	CountryBrief brief(Country country, IProgressMonitor monitor) throws IOException;

	/**
	 * @param codeOrName a code or name, as {@link CountryAtlas#find(String)} takes it
	 * @param monitor progress and cancellation
	 * @return the brief of that country, if the atlas knows it
	 * @throws IOException if the index cannot be read
	 */
	Optional<CountryBrief> brief(String codeOrName, IProgressMonitor monitor) throws IOException;
}
