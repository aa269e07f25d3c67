package dossier.catalog.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dossier.core.catalog.EntitySummary;

/**
 * One entity while the catalog is gathered and after: its counts, the ways it is written,
 * the facts its mentions carry, its documents and where in them it is mentioned.
 */
final class EntityRecord {

	/** At most this many aliases are kept, the most frequent. */
	private static final int MAX_ALIASES = 20;

	final int ordinal;
	final String kind;
	final String id;
	String name;
	int mentions;
	/** Documents, by ordinal in the catalog's newest-first order, ascending, no repeats. */
	private int[] documents = new int[4];
	private int documentCount;
	/** Mentions as (document ordinal, start, end) triples, in document order. */
	private int[] places = new int[12];
	private int placeCount;
	private final Map<String, Integer> surfaces = new HashMap<>();
	final Map<String, String> facts = new LinkedHashMap<>();
	final Map<String, BigDecimal> funding = new HashMap<>();

	EntityRecord(int ordinal, String kind, String id, String name) {
		this.ordinal = ordinal;
		this.kind = kind;
		this.id = id;
		this.name = name;
	}

	void mentioned(int document, int start, int end, String surface) {
		mentions++;
		if (documentCount == 0 || documents[documentCount - 1] != document) {
			if (documentCount == documents.length) {
				documents = Arrays.copyOf(documents, documentCount * 2);
			}
			documents[documentCount++] = document;
		}
		if (placeCount + 3 > places.length) {
			places = Arrays.copyOf(places, places.length * 2);
		}
		places[placeCount++] = document;
		places[placeCount++] = start;
		places[placeCount++] = end;
		surfaces.merge(surface, 1, Integer::sum);
	}

	/** Keeps the first value found for each fact, so the newest document's figures win. */
	void fact(String name, String value) {
		if (!value.isEmpty()) {
			facts.putIfAbsent(name, value);
		}
	}

	int documentCount() {
		return documentCount;
	}

	int document(int i) {
		return documents[i];
	}

	int placeCount() {
		return placeCount / 3;
	}

	int placeDocument(int i) {
		return places[3 * i];
	}

	int placeStart(int i) {
		return places[3 * i + 1];
	}

	int placeEnd(int i) {
		return places[3 * i + 2];
	}

	EntitySummary summary() {
		List<Map.Entry<String, Integer>> written = new ArrayList<>(surfaces.entrySet());
		written.sort(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()));
		List<String> aliases = new ArrayList<>();
		for (Map.Entry<String, Integer> e : written) {
			String alias = e.getKey().strip().replaceAll("\\s+", " "); //$NON-NLS-1$ //$NON-NLS-2$
			if (!alias.equalsIgnoreCase(name) && !aliases.contains(alias) && aliases.size() < MAX_ALIASES) {
				aliases.add(alias);
			}
		}
		return new EntitySummary(kind, id, name, documentCount, mentions, aliases, facts, funding);
	}
}
