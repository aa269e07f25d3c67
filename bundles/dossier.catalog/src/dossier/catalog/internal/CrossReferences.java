package dossier.catalog.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dossier.core.catalog.DocumentRef;
import dossier.core.entity.EntityCount;
import dossier.core.entity.EntityKinds;
import dossier.core.xref.CooccurrenceMatrix;
import dossier.core.xref.CrossReference;
import dossier.core.xref.EntityGraph;
import dossier.core.xref.EntityRef;
import dossier.core.index.SearchRequest;
import dossier.core.xref.Timeline;

/**
 * The cross-reference aggregates of one catalog snapshot, computed from its per-document
 * entity ordinals, optionally within a set of documents (the current search).
 */
final class CrossReferences {

	/** The most nodes a graph has, so that its pair counts fit in one array (16 MB). */
	static final int MAX_NODES = 2_000;

	/** Entities by kind (built-in kinds in their usual order), then name. */
	static final Comparator<EntityRef> BY_KIND_AND_NAME = Comparator
			.comparingInt((EntityRef e) -> kindOrder(e.kind())).thenComparing(EntityRef::kind)
			.thenComparing(EntityRef::name, String.CASE_INSENSITIVE_ORDER).thenComparing(EntityRef::id);

	private final CatalogSnapshot catalog;
	/** The documents (by ordinal) within the restriction; {@code null} for all. */
	private final BitSet within;

	CrossReferences(CatalogSnapshot catalog, BitSet within) {
		this.catalog = catalog;
		this.within = within;
	}

	/**
	 * @param catalog a snapshot
	 * @param ids the ids of the documents matching a search
	 * @return the ordinals of those that mention an entity
	 */
	static BitSet ordinals(CatalogSnapshot catalog, Set<String> ids) {
		BitSet set = new BitSet(catalog.documents.size());
		for (String id : ids) {
			int ordinal = catalog.documentOrdinal(id);
			if (ordinal >= 0) {
				set.set(ordinal);
			}
		}
		return set;
	}

	static boolean restricts(SearchRequest request) {
		return request != null && (!request.query().isBlank() || !request.filters().isEmpty());
	}

	private boolean includes(int document) {
		return within == null || within.get(document);
	}

	/** @return for each entity ordinal, the documents within the restriction that mention it */
	private int[] documentCounts() {
		int[] counts = new int[catalog.entities.size()];
		if (within == null) {
			for (EntityRecord e : catalog.entities) {
				counts[e.ordinal] = e.documentCount();
			}
			return counts;
		}
		for (int d = within.nextSetBit(0); d >= 0; d = within.nextSetBit(d + 1)) {
			for (int e : catalog.entitiesByDocument[d]) {
				counts[e]++;
			}
		}
		return counts;
	}

	private int mentions(EntityRecord entity) {
		if (within == null) {
			return entity.mentions;
		}
		int mentions = 0;
		for (int i = 0; i < entity.placeCount(); i++) {
			if (within.get(entity.placeDocument(i))) {
				mentions++;
			}
		}
		return mentions;
	}

	CooccurrenceMatrix matrix(String rowKind, String columnKind, SearchRequest restriction) {
		Map<Long, int[]> pairs = new HashMap<>();
		int documents = catalog.documents.size();
		List<Integer> rowsHere = new ArrayList<>();
		List<Integer> columnsHere = new ArrayList<>();
		for (int d = 0; d < documents; d++) {
			if (!includes(d)) {
				continue;
			}
			rowsHere.clear();
			columnsHere.clear();
			for (int e : catalog.entitiesByDocument[d]) {
				String kind = catalog.entities.get(e).kind;
				if (kind.equals(rowKind)) {
					rowsHere.add(e);
				}
				if (kind.equals(columnKind)) {
					columnsHere.add(e);
				}
			}
			for (int r : rowsHere) {
				for (int c : columnsHere) {
					pairs.computeIfAbsent((long) r << 32 | c, k -> new int[1])[0]++;
				}
			}
		}
		int[] counts = documentCounts();
		Map<Integer, Integer> rowIndex = new HashMap<>();
		Map<Integer, Integer> columnIndex = new HashMap<>();
		List<EntityCount> rows = axis(pairs.keySet().stream().map(k -> (int) (k >>> 32)).distinct().toList(), counts, rowIndex);
		List<EntityCount> columns = axis(pairs.keySet().stream().map(k -> (int) (long) k).distinct().toList(), counts, columnIndex);
		int[][] cells = new int[rows.size()][columns.size()];
		pairs.forEach((key, count) -> cells[rowIndex.get((int) (key >>> 32))][columnIndex.get((int) (long) key)] = count[0]);
		return new CooccurrenceMatrix(rowKind, columnKind, rows, columns, cells, restriction);
	}

	/** Sorts entity ordinals most documents first and numbers them. */
	private List<EntityCount> axis(List<Integer> ordinals, int[] counts, Map<Integer, Integer> index) {
		List<Integer> sorted = new ArrayList<>(ordinals);
		sorted.sort(Comparator.comparingInt((Integer e) -> -counts[e])
				.thenComparing(e -> catalog.entities.get(e).name, String.CASE_INSENSITIVE_ORDER));
		List<EntityCount> axis = new ArrayList<>(sorted.size());
		for (int e : sorted) {
			index.put(e, axis.size());
			EntityRecord r = catalog.entities.get(e);
			axis.add(new EntityCount(r.kind, r.id, r.name, counts[e], mentions(r)));
		}
		return axis;
	}

	List<DocumentRef> documents(List<EntityRef> entities) {
		if (entities.isEmpty()) {
			return List.of();
		}
		List<EntityRecord> records = new ArrayList<>();
		for (EntityRef ref : entities) {
			EntityRecord r = catalog.entity(ref.kind(), ref.id());
			if (r == null) {
				return List.of();
			}
			records.add(r);
		}
		records.sort(Comparator.comparingInt(EntityRecord::documentCount));
		BitSet all = new BitSet(catalog.documents.size());
		EntityRecord rarest = records.get(0);
		for (int i = 0; i < rarest.documentCount(); i++) {
			if (includes(rarest.document(i))) {
				all.set(rarest.document(i));
			}
		}
		for (EntityRecord r : records.subList(1, records.size())) {
			BitSet these = new BitSet(catalog.documents.size());
			for (int i = 0; i < r.documentCount(); i++) {
				these.set(r.document(i));
			}
			all.and(these);
		}
		List<DocumentRef> documents = new ArrayList<>(all.cardinality());
		all.stream().forEach(d -> documents.add(catalog.documents.get(d)));
		return documents;
	}

	EntityGraph graph(List<String> kinds, int top, int minWeight) {
		Set<String> wanted = Set.copyOf(kinds.isEmpty() ? CrossReference.GRAPH_KINDS : kinds);
		int[] counts = documentCounts();
		List<EntityRecord> candidates = new ArrayList<>();
		for (EntityRecord e : catalog.entities) {
			if (wanted.contains(e.kind) && counts[e.ordinal] > 0) {
				candidates.add(e);
			}
		}
		candidates.sort(Comparator.comparingInt((EntityRecord e) -> -counts[e.ordinal])
				.thenComparingInt(e -> -e.mentions).thenComparing(e -> e.name, String.CASE_INSENSITIVE_ORDER));
		List<EntityRecord> chosen = candidates.subList(0, Math.min(Math.min(top, MAX_NODES), candidates.size()));
		int n = chosen.size();
		int[] node = new int[catalog.entities.size()];
		java.util.Arrays.fill(node, -1);
		List<EntityGraph.Node> nodes = new ArrayList<>(n);
		for (EntityRecord e : chosen) {
			node[e.ordinal] = nodes.size();
			nodes.add(new EntityGraph.Node(e.kind, e.id, e.name, counts[e.ordinal], mentions(e)));
		}
		int[] weights = new int[n * n];
		int[] here = new int[n];
		for (int d = 0; d < catalog.documents.size(); d++) {
			if (!includes(d)) {
				continue;
			}
			int size = 0;
			for (int e : catalog.entitiesByDocument[d]) {
				if (node[e] >= 0) {
					here[size++] = node[e];
				}
			}
			for (int i = 0; i < size; i++) {
				for (int j = i + 1; j < size; j++) {
					int a = Math.min(here[i], here[j]);
					int b = Math.max(here[i], here[j]);
					weights[a * n + b]++;
				}
			}
		}
		List<EntityGraph.Edge> edges = new ArrayList<>();
		int threshold = Math.max(1, minWeight);
		for (int a = 0; a < n; a++) {
			for (int b = a + 1; b < n; b++) {
				if (weights[a * n + b] >= threshold) {
					edges.add(new EntityGraph.Edge(a, b, weights[a * n + b]));
				}
			}
		}
		edges.sort(Comparator.comparingInt((EntityGraph.Edge e) -> -e.weight()).thenComparingInt(EntityGraph.Edge::source)
				.thenComparingInt(EntityGraph.Edge::target));
		return new EntityGraph(nodes, edges);
	}

	Timeline timeline(List<EntityRef> entities, Timeline.Granularity granularity) {
		List<Map<String, Integer>> perEntity = new ArrayList<>();
		LocalDate first = null;
		LocalDate last = null;
		List<EntityRef> refs = new ArrayList<>();
		for (EntityRef ref : entities) {
			EntityRecord r = catalog.entity(ref.kind(), ref.id());
			refs.add(r == null ? ref : new EntityRef(r.kind, r.id, r.name));
			Map<String, Integer> counts = new HashMap<>();
			perEntity.add(counts);
			for (int i = 0; r != null && i < r.documentCount(); i++) {
				int d = r.document(i);
				LocalDate date = catalog.documents.get(d).answered();
				if (date == null || !includes(d)) {
					continue;
				}
				counts.merge(granularity.period(date), 1, Integer::sum);
				first = first == null || date.isBefore(first) ? date : first;
				last = last == null || date.isAfter(last) ? date : last;
			}
		}
		List<String> periods = new ArrayList<>();
		if (first != null) {
			boolean years = granularity == Timeline.Granularity.YEAR;
			YearMonth end = years ? YearMonth.of(last.getYear(), 1) : YearMonth.from(last);
			for (YearMonth m = years ? YearMonth.of(first.getYear(), 1) : YearMonth.from(first); !m.isAfter(end); m = years
					? m.plusYears(1) : m.plusMonths(1)) {
				periods.add(granularity.period(m.atDay(1)));
			}
		}
		List<Timeline.Series> series = new ArrayList<>();
		for (int i = 0; i < refs.size(); i++) {
			Map<String, Integer> counts = perEntity.get(i);
			series.add(new Timeline.Series(refs.get(i), periods.stream().map(p -> counts.getOrDefault(p, 0)).toList()));
		}
		return new Timeline(granularity, periods, series);
	}

	/**
	 * @param document a document ordinal, or -1
	 * @return the entities it mentions
	 */
	List<EntityRef> entitiesOf(int document) {
		List<EntityRef> refs = new ArrayList<>();
		if (document >= 0) {
			for (int e : catalog.entitiesByDocument[document]) {
				EntityRecord r = catalog.entities.get(e);
				refs.add(new EntityRef(r.kind, r.id, r.name));
			}
		}
		refs.sort(BY_KIND_AND_NAME);
		return refs;
	}

	private static int kindOrder(String kind) {
		int i = EntityKinds.BUILT_IN.indexOf(kind);
		return i < 0 ? EntityKinds.BUILT_IN.size() : i;
	}
}
