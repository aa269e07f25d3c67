package dossier.catalog.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dossier.core.catalog.DocumentRef;
import dossier.core.catalog.EntitySummary;
import dossier.core.catalog.FundingFact;
import dossier.core.entity.EntityCount;

/**
 * The catalog as of one generation of the index: immutable once built, shared by all
 * readers.
 */
final class CatalogSnapshot {

	final long generation;
	/** Documents that mention an entity, newest first; entity records refer to them by position. */
	final List<DocumentRef> documents;
	final List<EntityRecord> entities;
	/** For each document, the ordinals of the entities it mentions. */
	final int[][] entitiesByDocument;
	final List<FundingFact> funding;
	private final Map<String, EntityRecord> byKey = new HashMap<>();
	private final Map<String, Integer> documentOrdinals = new HashMap<>();
	private final Map<String, List<EntitySummary>> byKind = new HashMap<>();

	CatalogSnapshot(long generation, List<DocumentRef> documents, List<EntityRecord> entities,
			int[][] entitiesByDocument, List<FundingFact> funding) {
		this.generation = generation;
		this.documents = List.copyOf(documents);
		this.entities = List.copyOf(entities);
		this.entitiesByDocument = entitiesByDocument;
		this.funding = List.copyOf(funding);
		for (int i = 0; i < documents.size(); i++) {
			documentOrdinals.put(documents.get(i).id(), i);
		}
		Map<String, List<EntitySummary>> kinds = new HashMap<>();
		for (EntityRecord entity : entities) {
			byKey.put(key(entity.kind, entity.id), entity);
			kinds.computeIfAbsent(entity.kind, k -> new ArrayList<>()).add(entity.summary());
		}
		kinds.forEach((kind, list) -> {
			list.sort(Comparator.comparingInt(EntitySummary::documents).reversed()
					.thenComparing(EntitySummary::name, String.CASE_INSENSITIVE_ORDER));
			byKind.put(kind, List.copyOf(list));
		});
	}

	static String key(String kind, String id) {
		return kind + '\u0000' + id;
	}

	List<EntitySummary> entities(String kind) {
		return byKind.getOrDefault(kind, List.of());
	}

	EntityRecord entity(String kind, String id) {
		return byKey.get(key(kind, id));
	}

	/**
	 * @param id a document id
	 * @return the document's ordinal, or -1 if it mentions no entity
	 */
	int documentOrdinal(String id) {
		Integer ordinal = documentOrdinals.get(id);
		return ordinal == null ? -1 : ordinal;
	}

	/**
	 * @param entity an entity
	 * @return the other entities in its documents, by kind, most shared documents first
	 */
	Map<String, List<EntityCount>> related(EntityRecord entity) {
		int[] shared = new int[entities.size()];
		for (int i = 0; i < entity.documentCount(); i++) {
			for (int other : entitiesByDocument[entity.document(i)]) {
				shared[other]++;
			}
		}
		Map<String, List<EntityCount>> related = new HashMap<>();
		for (int other = 0; other < shared.length; other++) {
			if (shared[other] > 0 && other != entity.ordinal) {
				EntityRecord r = entities.get(other);
				related.computeIfAbsent(r.kind, k -> new ArrayList<>())
						.add(new EntityCount(r.kind, r.id, r.name, shared[other], r.mentions));
			}
		}
		related.replaceAll((kind, list) -> list.stream()
				.sorted(Comparator.comparingLong(EntityCount::documents).reversed().thenComparing(EntityCount::name))
				.toList());
		return related;
	}
}
