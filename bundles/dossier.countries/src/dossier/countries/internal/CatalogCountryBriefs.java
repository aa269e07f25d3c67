package dossier.countries.internal;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

import dossier.core.catalog.DocumentRef;
import dossier.core.catalog.EntityCatalog;
import dossier.core.catalog.EntityPage;
import dossier.core.catalog.FundingFact;
import dossier.core.catalog.Passage;
import dossier.core.document.SourceDocument;
import dossier.core.entity.EntityKinds;
import dossier.core.index.DocumentIndex;
import dossier.countries.Country;
import dossier.countries.CountryAtlas;
import dossier.countries.CountryBrief;
import dossier.countries.CountryBrief.Reference;
import dossier.countries.CountryBriefs;

/**
 * Country briefs from the atlas and the entity catalog: the country's entity page
 * ({@code country:NG}) gives the passages, documents and co-mentioned entities; the funding
 * facts of its documents are the funding co-mentioned; the index gives the references of
 * the documents whose passages are listed.
 */
public final class CatalogCountryBriefs implements CountryBriefs {

	private CountryAtlas atlas;
	private EntityCatalog catalog;
	private DocumentIndex index;

	/** For Declarative Services. */
	public CatalogCountryBriefs() {
	}

	/**
	 * @param atlas the country data
	 * @param catalog the collection's entities
	 * @param index the collection, for the documents' references
	 */
	public CatalogCountryBriefs(CountryAtlas atlas, EntityCatalog catalog, DocumentIndex index) {
		this.atlas = atlas;
		this.catalog = catalog;
		this.index = index;
	}

	/** Bound by Declarative Services. @param service the country data */
	public void setAtlas(CountryAtlas service) {
		this.atlas = service;
	}

	/** Bound by Declarative Services. @param service the entity catalog */
	public void setCatalog(EntityCatalog service) {
		this.catalog = service;
	}

	/** Bound by Declarative Services. @param service the index */
	public void setIndex(DocumentIndex service) {
		this.index = service;
	}

	@Override
	public Optional<CountryBrief> brief(String codeOrName, IProgressMonitor monitor) throws IOException {
		Optional<Country> country = atlas.find(codeOrName);
		return country.isEmpty() ? Optional.empty() : Optional.of(brief(country.get(), monitor));
	}

	@Override
	public CountryBrief brief(Country country, IProgressMonitor monitor) throws IOException {
		SubMonitor progress = SubMonitor.convert(monitor, "Country brief of " + country.name(), 10); //$NON-NLS-1$
		var notes = atlas.notes(country.alpha2());
		Optional<EntityPage> found = catalog.page(EntityKinds.COUNTRY, country.alpha2(), progress.split(6));
		if (found.isEmpty()) {
			return new CountryBrief(country, 0, 0, notes, List.of(), List.of(), List.of(), List.of(), List.of(),
					List.of(), new TreeMap<>());
		}
		EntityPage page = found.get();
		Map<String, LocalDate> tabled = new HashMap<>();
		List<Reference> references = references(page, tabled, progress.split(3));
		Set<String> documents = new HashSet<>();
		SortedMap<Integer, Integer> perYear = new TreeMap<>();
		for (DocumentRef document : page.documents()) {
			documents.add(document.id());
			LocalDate date = document.date().orElse(tabled.get(document.id()));
			if (date != null) {
				perYear.merge(date.getYear(), 1, Integer::sum);
			}
		}
		List<FundingFact> funding = catalog.fundingFacts(progress.split(1)).stream()
				.filter(f -> f.funding() && documents.contains(f.document().id())).toList();
		return new CountryBrief(country, page.entity().documents(), page.entity().mentions(), notes, page.passages(),
				references, page.related(EntityKinds.AGENCY), page.related(EntityKinds.OPERATION),
				page.related(EntityKinds.COUNTRY), funding, perYear);
	}

	/**
	 * @param tabled gets the date tabled of the documents read that have no date answered
	 * @return a reference for each document of the page; those with passages listed are read
	 *         from the index for their department, number, House and address
	 */
	private List<Reference> references(EntityPage page, Map<String, LocalDate> tabled, IProgressMonitor monitor)
			throws IOException {
		Set<String> withPassages = new HashSet<>();
		for (Passage passage : page.passages()) {
			withPassages.add(passage.document().id());
		}
		SubMonitor progress = SubMonitor.convert(monitor, "Reading references", withPassages.size()); //$NON-NLS-1$
		List<Reference> references = new ArrayList<>(page.documents().size());
		for (DocumentRef document : page.documents()) {
			Optional<SourceDocument> source = Optional.empty();
			if (withPassages.contains(document.id())) {
				if (progress.isCanceled()) {
					throw new OperationCanceledException();
				}
				source = index.get(document.id());
				if (document.answered() == null) {
					source.flatMap(SourceDocument::dateTabled).ifPresent(d -> tabled.put(document.id(), d));
				}
				progress.worked(1);
			}
			references.add(source.map(d -> new Reference(document, d.kind(), d.house(), d.department(), d.uin(), d.url()))
					.orElseGet(() -> new Reference(document, "", "", "", "", ""))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		}
		return references;
	}
}
