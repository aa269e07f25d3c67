package dossier.ui.countries.internal;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;

import dossier.core.catalog.EntityCatalog;
import dossier.core.catalog.EntitySummary;
import dossier.core.entity.EntityKinds;
import dossier.countries.CountryAtlas;
import dossier.ui.internal.Services;

/** Every country of the atlas with the collection's counts, for the Countries view and the map. */
public final class CountryRows {

	private CountryRows() {
	}

	/**
	 * Call it in a Job: the atlas is read on first use, and the catalog counts the
	 * collection again after an import.
	 *
	 * @param catalog the entity catalog
	 * @param monitor progress and cancellation
	 * @return every country of the atlas, by common name, with its counts (0 if the
	 *         collection does not mention it)
	 * @throws IOException if the index cannot be read
	 */
	public static List<CountryRow> read(EntityCatalog catalog, IProgressMonitor monitor) throws IOException {
		CountryAtlas atlas = Services.get(CountryAtlas.class);
		Map<String, EntitySummary> counted = new HashMap<>();
		for (EntitySummary country : catalog.entities(EntityKinds.COUNTRY, monitor)) {
			counted.put(country.id(), country);
		}
		return atlas.countries().stream().map(c -> {
			EntitySummary counts = counted.get(c.alpha2());
			return counts == null ? new CountryRow(c, 0, 0) : new CountryRow(c, counts.documents(), counts.mentions());
		}).toList();
	}
}
