package dossier.catalog.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

import dossier.core.catalog.DocumentRef;
import dossier.core.catalog.EntityCatalog;
import dossier.core.catalog.EntityPage;
import dossier.core.catalog.EntitySummary;
import dossier.core.catalog.FundingFact;
import dossier.core.catalog.Passage;
import dossier.core.document.SourceDocument;
import dossier.core.index.DocumentIndex;
import dossier.core.index.SearchException;
import dossier.core.index.SearchRequest;
import dossier.core.index.SimilarDocument;
import dossier.core.xref.Comparison;
import dossier.core.xref.CooccurrenceMatrix;
import dossier.core.xref.CrossReference;
import dossier.core.xref.EntityGraph;
import dossier.core.xref.EntityRef;
import dossier.core.xref.RelatedDocument;
import dossier.core.xref.Timeline;

/**
 * The catalog of the index's entities, gathered in one pass over the stored documents the
 * first time it is asked for after the index changed, and then served from memory.
 * Entity pages read the texts of the entity's documents for their passages. The same
 * snapshot serves the cross-references (co-occurrence, graph, timeline, comparison); related
 * documents add the index's text similarity.
 */
public final class IndexEntityCatalog implements EntityCatalog, CrossReference {

	private DocumentIndex index;
	private volatile CatalogSnapshot snapshot;

	/** For Declarative Services. */
	public IndexEntityCatalog() {
	}

	/** @param index the index to gather from */
	public IndexEntityCatalog(DocumentIndex index) {
		this.index = index;
	}

	/** Bound by Declarative Services. @param service the index */
	public void setIndex(DocumentIndex service) {
		this.index = service;
	}

	@Override
	public List<EntitySummary> entities(String kind, IProgressMonitor monitor) throws IOException {
		return current(monitor).entities(kind);
	}

	@Override
	public Optional<EntitySummary> entity(String kind, String id, IProgressMonitor monitor) throws IOException {
		EntityRecord entity = current(monitor).entity(kind, id);
		return entity == null ? Optional.empty() : Optional.of(entity.summary());
	}

	@Override
	public List<FundingFact> fundingFacts(IProgressMonitor monitor) throws IOException {
		return current(monitor).funding;
	}

	@Override
	public Optional<EntityPage> page(String kind, String id, IProgressMonitor monitor) throws IOException {
		SubMonitor progress = SubMonitor.convert(monitor, 2);
		CatalogSnapshot catalog = current(progress.split(1));
		EntityRecord entity = catalog.entity(kind, id);
		if (entity == null) {
			return Optional.empty();
		}
		List<DocumentRef> documents = new ArrayList<>(entity.documentCount());
		for (int i = 0; i < entity.documentCount(); i++) {
			documents.add(catalog.documents.get(entity.document(i)));
		}
		List<FundingFact> funding = catalog.funding.stream()
				.filter(f -> f.recipientId().equals(id) && "agency".equals(kind)).toList(); //$NON-NLS-1$
		return Optional.of(new EntityPage(entity.summary(), passages(catalog, entity, progress.split(1)), documents,
				catalog.related(entity), funding));
	}

	/** The entity's first mentions in its newest documents, read from their texts. */
	private List<Passage> passages(CatalogSnapshot catalog, EntityRecord entity, IProgressMonitor monitor)
			throws IOException {
		int count = Math.min(entity.placeCount(), MAX_PASSAGES);
		SubMonitor progress = SubMonitor.convert(monitor, "Reading passages", count); //$NON-NLS-1$
		List<Passage> passages = new ArrayList<>(count);
		int loaded = -1;
		String text = ""; //$NON-NLS-1$
		for (int i = 0; i < count; i++) {
			if (progress.isCanceled()) {
				throw new OperationCanceledException();
			}
			int document = entity.placeDocument(i);
			DocumentRef ref = catalog.documents.get(document);
			if (document != loaded) {
				text = index.get(ref.id()).map(SourceDocument::text).orElse(""); //$NON-NLS-1$
				loaded = document;
			}
			if (!text.isEmpty()) {
				passages.add(PassageLines.passage(ref, text, entity.placeStart(i), entity.placeEnd(i)));
			}
			progress.worked(1);
		}
		return passages;
	}

	@Override
	public CooccurrenceMatrix cooccurrence(String rowKind, String columnKind, SearchRequest restriction,
			IProgressMonitor monitor) throws SearchException, IOException {
		return within(restriction, monitor).matrix(rowKind, columnKind, restriction);
	}

	@Override
	public List<DocumentRef> documents(List<EntityRef> entities, SearchRequest restriction, IProgressMonitor monitor)
			throws SearchException, IOException {
		return within(restriction, monitor).documents(entities);
	}

	@Override
	public EntityGraph graph(List<String> kinds, int top, int minWeight, SearchRequest restriction,
			IProgressMonitor monitor) throws SearchException, IOException {
		return within(restriction, monitor).graph(kinds, top, minWeight);
	}

	@Override
	public Timeline timeline(List<EntityRef> entities, Timeline.Granularity granularity, SearchRequest restriction,
			IProgressMonitor monitor) throws SearchException, IOException {
		return within(restriction, monitor).timeline(entities, granularity);
	}

	/** The aggregates of the current snapshot, within the documents matching a search if one is given. */
	private CrossReferences within(SearchRequest restriction, IProgressMonitor monitor)
			throws SearchException, IOException {
		SubMonitor progress = SubMonitor.convert(monitor, 2);
		CatalogSnapshot catalog = current(progress.split(1));
		BitSet within = CrossReferences.restricts(restriction)
				? CrossReferences.ordinals(catalog, index.ids(restriction)) : null;
		progress.split(1);
		return new CrossReferences(catalog, within);
	}

	/** Text similarity counts for this much of a related document's score, shared entities for the rest. */
	private static final double TEXT_WEIGHT = 0.7;

	@Override
	public List<RelatedDocument> related(String id, int limit, IProgressMonitor monitor) throws IOException {
		SubMonitor progress = SubMonitor.convert(monitor, 2);
		CatalogSnapshot catalog = current(progress.split(1));
		CrossReferences xref = new CrossReferences(catalog, null);
		// more candidates than asked for: shared entities may reorder them
		List<SimilarDocument> similar = index.similar(id, Math.max(30, 3 * limit));
		progress.split(1);
		if (similar.isEmpty()) {
			return List.of();
		}
		List<EntityRef> mine = xref.entitiesOf(catalog.documentOrdinal(id));
		Set<EntityRef> mineSet = new HashSet<>(mine);
		float best = similar.get(0).score();
		List<RelatedDocument> related = new ArrayList<>(similar.size());
		for (SimilarDocument s : similar) {
			int ordinal = catalog.documentOrdinal(s.id());
			List<EntityRef> shared = xref.entitiesOf(ordinal).stream().filter(mineSet::contains).toList();
			double score = TEXT_WEIGHT * (best > 0 ? s.score() / best : 0)
					+ (1 - TEXT_WEIGHT) * shared.size() / Math.max(1, mine.size());
			related.add(new RelatedDocument(reference(catalog, s.id()), score, s.sharedTerms(), shared));
		}
		related.sort(Comparator.comparingDouble(RelatedDocument::score).reversed());
		return List.copyOf(related.subList(0, Math.min(limit, related.size())));
	}

	@Override
	public Optional<Comparison> compare(String leftId, String rightId, IProgressMonitor monitor) throws IOException {
		CatalogSnapshot catalog = current(monitor);
		DocumentRef left = reference(catalog, leftId);
		DocumentRef right = reference(catalog, rightId);
		if (left == null || right == null) {
			return Optional.empty();
		}
		CrossReferences xref = new CrossReferences(catalog, null);
		List<EntityRef> leftEntities = xref.entitiesOf(catalog.documentOrdinal(leftId));
		List<EntityRef> rightEntities = xref.entitiesOf(catalog.documentOrdinal(rightId));
		Set<EntityRef> rightSet = new HashSet<>(rightEntities);
		Set<EntityRef> leftSet = new HashSet<>(leftEntities);
		return Optional.of(new Comparison(left, right, leftEntities.stream().filter(rightSet::contains).toList(),
				leftEntities.stream().filter(e -> !rightSet.contains(e)).toList(),
				rightEntities.stream().filter(e -> !leftSet.contains(e)).toList()));
	}

	/** A document's reference: from the catalog, or from the index for one that mentions no entity; null if none. */
	private DocumentRef reference(CatalogSnapshot catalog, String id) throws IOException {
		int ordinal = catalog.documentOrdinal(id);
		if (ordinal >= 0) {
			return catalog.documents.get(ordinal);
		}
		return index.get(id).map(d -> new DocumentRef(d.id(), d.title(), d.dateAnswered().orElse(null))).orElse(null);
	}

	@Override
	public boolean isCurrent() {
		CatalogSnapshot s = snapshot;
		try {
			return s != null && s.generation == index.generation();
		} catch (IOException e) {
			return false;
		}
	}

	/** @return the catalog of the index as it is now, gathered again if the index changed */
	private synchronized CatalogSnapshot current(IProgressMonitor monitor) throws IOException {
		long generation = index.generation();
		CatalogSnapshot s = snapshot;
		if (s != null && s.generation == generation) {
			return s;
		}
		SubMonitor progress = SubMonitor.convert(monitor, "Counting the entities of the collection", index.size()); //$NON-NLS-1$
		CatalogBuilder builder = new CatalogBuilder();
		try {
			index.forEachMatch(SearchRequest.of("").withSort(SearchRequest.Sort.NEWEST), document -> { //$NON-NLS-1$
				if (progress.isCanceled()) {
					throw new OperationCanceledException();
				}
				builder.add(document);
				progress.worked(1);
			});
		} catch (SearchException e) {
			throw new IOException("Cannot read the index: " + e.getMessage(), e); //$NON-NLS-1$
		}
		// stamped with the generation read before the pass: a change during it makes the next call gather again
		s = builder.build(generation);
		snapshot = s;
		return s;
	}
}
