package dossier.core.catalog;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import dossier.core.entity.EntityCount;

/**
 * Everything the collection says about one entity.
 *
 * @param entity the entity with its counts and facts
 * @param passages its mentions in context, newest document first (at most
 *                 {@link EntityCatalog#MAX_PASSAGES})
 * @param documents the documents that mention it, newest first
 * @param related the entities named in the same documents, by kind, most shared
 *                documents first; {@link EntityCount#documents()} counts the documents
 *                they share with this entity
 * @param funding the funding facts whose recipient it is
 * @since 0.1
 */
public record EntityPage(EntitySummary entity, List<Passage> passages, List<DocumentRef> documents,
		Map<String, List<EntityCount>> related, List<FundingFact> funding) {

	/** Validates and copies. */
	public EntityPage {
		Objects.requireNonNull(entity, "entity"); //$NON-NLS-1$
		passages = List.copyOf(passages);
		documents = List.copyOf(documents);
		related = Map.copyOf(related);
		funding = List.copyOf(funding);
	}

	/**
	 * @param kind an entity kind
	 * @return the entities of that kind named with this one
	 */
	public List<EntityCount> related(String kind) {
		return related.getOrDefault(kind, List.of());
	}
}
