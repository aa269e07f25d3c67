package dossier.catalog.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dossier.core.catalog.DocumentRef;
import dossier.core.catalog.EntitySummary;
import dossier.core.catalog.FundingFact;
import dossier.core.document.SourceDocument;
import dossier.core.entity.EntityKinds;
import dossier.core.entity.Mention;

/**
 * Gathers a {@link CatalogSnapshot} from documents given newest first, in one pass: counts,
 * aliases, facts, where each entity is mentioned, funding facts with their sentences, and
 * each operation's lead agency (the agency named most often in its sentences).
 */
final class CatalogBuilder {

	/** Mention attributes that describe one mention, not the entity. */
	private static final Set<String> NOT_FACTS = Set.of("alpha3", "figures"); //$NON-NLS-1$ //$NON-NLS-2$

	/** The agency named most often; of two named as often, the first in alphabetical order. */
	private static final Comparator<Map.Entry<String, Integer>> MOST_NAMED = Map.Entry.<String, Integer>comparingByValue()
			.thenComparing(Map.Entry.<String, Integer>comparingByKey().reversed());

	private final List<DocumentRef> documents = new ArrayList<>();
	private final List<int[]> entitiesByDocument = new ArrayList<>();
	private final List<EntityRecord> entities = new ArrayList<>();
	private final Map<String, EntityRecord> byKey = new HashMap<>();
	private final List<PendingFact> funding = new ArrayList<>();
	/** operation key → agency id → times named in the same sentence */
	private final Map<String, Map<String, Integer>> sentenceAgencies = new HashMap<>();

	private record PendingFact(DocumentRef document, Mention mention, String sentence) {
	}

	void add(SourceDocument document) {
		if (document.mentions().isEmpty()) {
			return;
		}
		int ordinal = documents.size();
		DocumentRef ref = new DocumentRef(document.id(), document.title(), document.dateAnswered().orElse(null));
		documents.add(ref);
		Set<Integer> mentioned = new LinkedHashSet<>();
		String text = document.text();
		for (Mention mention : document.mentions()) {
			EntityRecord entity = byKey.computeIfAbsent(CatalogSnapshot.key(mention.kind(), mention.entityId()),
					k -> newEntity(mention));
			entity.mentioned(ordinal, mention.start(), mention.end(), mention.surface());
			mentioned.add(entity.ordinal);
			if (EntityKinds.FUNDING.equals(mention.kind())) {
				funding.add(new PendingFact(ref, mention, Sentences.around(text, mention.start(), mention.end())));
			} else {
				mention.attributes().forEach((name, value) -> {
					if (!NOT_FACTS.contains(name)) {
						entity.fact(name, value);
					}
				});
			}
			if (EntityKinds.OPERATION.equals(mention.kind())) {
				countSentenceAgencies(document, mention);
			}
		}
		entitiesByDocument.add(mentioned.stream().mapToInt(Integer::intValue).toArray());
	}

	private EntityRecord newEntity(Mention mention) {
		EntityRecord entity = new EntityRecord(entities.size(), mention.kind(), mention.entityId(), mention.entityName());
		entities.add(entity);
		return entity;
	}

	private void countSentenceAgencies(SourceDocument document, Mention operation) {
		String text = document.text();
		int from = Sentences.start(text, operation.start());
		int to = Sentences.end(text, operation.end() - 1);
		Map<String, Integer> counts = sentenceAgencies
				.computeIfAbsent(CatalogSnapshot.key(operation.kind(), operation.entityId()), k -> new HashMap<>());
		for (Mention m : document.mentions()) {
			if (EntityKinds.AGENCY.equals(m.kind()) && m.start() >= from && m.end() <= to) {
				counts.merge(m.entityId(), 1, Integer::sum);
			}
		}
	}

	CatalogSnapshot build(long generation) {
		List<FundingFact> facts = new ArrayList<>(funding.size());
		for (PendingFact pending : funding) {
			FundingFact fact = fact(pending);
			facts.add(fact);
			EntityRecord recipient = byKey.get(CatalogSnapshot.key(EntityKinds.AGENCY, fact.recipientId()));
			if (fact.funding() && recipient != null) {
				recipient.funding.merge(fact.currency(), fact.amount(), BigDecimal::add);
			}
		}
		sentenceAgencies.forEach((key, counts) -> counts.entrySet().stream()
				.max(MOST_NAMED)
				.ifPresent(lead -> {
					EntityRecord agency = byKey.get(CatalogSnapshot.key(EntityKinds.AGENCY, lead.getKey()));
					byKey.get(key).facts.put(EntitySummary.LEAD_AGENCY, agency == null ? lead.getKey() : agency.name);
				}));
		return new CatalogSnapshot(generation, documents, entities, entitiesByDocument.toArray(int[][]::new), facts);
	}

	private FundingFact fact(PendingFact pending) {
		Mention m = pending.mention();
		BigDecimal amount;
		try {
			amount = new BigDecimal(m.attribute("amount")); //$NON-NLS-1$
		} catch (NumberFormatException e) {
			amount = BigDecimal.ZERO; // a recognizer of a plugin may leave it out
		}
		String recipientId = m.attribute("recipient"); //$NON-NLS-1$
		EntityRecord recipient = byKey.get(CatalogSnapshot.key(EntityKinds.AGENCY, recipientId));
		return new FundingFact(pending.document(), m.start(), m.end(), m.surface(), pending.sentence(), amount,
				m.attribute("currency"), recipientId, recipient == null ? recipientId : recipient.name, //$NON-NLS-1$
				m.attribute("period"), m.attribute("purpose"), !"false".equals(m.attribute("funding"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}
}
