package dossier.core.xref;

import java.util.List;
import java.util.Objects;

/**
 * Entities linked by co-mention: an edge joins two entities named in the same documents,
 * weighted by how many documents they share. Written for Gephi by {@link GraphExport}.
 *
 * @param nodes the entities, most documents first
 * @param edges the links, heaviest first
 * @since 0.1
 */
public record EntityGraph(List<Node> nodes, List<Edge> edges) {

	/**
	 * An entity of the graph.
	 *
	 * @param kind its kind (colour)
	 * @param id its id
	 * @param name its display name
	 * @param documents how many documents mention it (within the restriction)
	 * @param mentions how many times they mention it (size)
	 */
	public record Node(String kind, String id, String name, int documents, int mentions) {

		/** Validates; a missing name is the id. */
		public Node {
			Objects.requireNonNull(kind, "kind"); //$NON-NLS-1$
			Objects.requireNonNull(id, "id"); //$NON-NLS-1$
			name = name == null || name.isBlank() ? id : name;
		}

		/** @return the entity */
		public EntityRef ref() {
			return new EntityRef(kind, id, name);
		}
	}

	/**
	 * A co-mention link, undirected.
	 *
	 * @param source the index of one node in {@link EntityGraph#nodes()}
	 * @param target the index of the other, greater than {@code source}
	 * @param weight how many documents mention both
	 */
	public record Edge(int source, int target, int weight) {
	}

	/** Validates and copies. */
	public EntityGraph {
		nodes = List.copyOf(nodes);
		edges = List.copyOf(edges);
		for (Edge e : edges) {
			if (e.source() < 0 || e.target() < 0 || e.source() >= nodes.size() || e.target() >= nodes.size()) {
				throw new IllegalArgumentException("edge to no node: " + e); //$NON-NLS-1$
			}
		}
	}

	/**
	 * @param kind an entity kind
	 * @param id an entity id
	 * @return the node's index, or -1
	 */
	public int indexOf(String kind, String id) {
		for (int i = 0; i < nodes.size(); i++) {
			if (nodes.get(i).kind().equals(kind) && nodes.get(i).id().equals(id)) {
				return i;
			}
		}
		return -1;
	}

	/**
	 * @param a one entity
	 * @param b another
	 * @return the weight of the edge between them, 0 if there is none
	 */
	public int weight(EntityRef a, EntityRef b) {
		int i = indexOf(a.kind(), a.id());
		int j = indexOf(b.kind(), b.id());
		for (Edge e : edges) {
			if (e.source() == i && e.target() == j || e.source() == j && e.target() == i) {
				return e.weight();
			}
		}
		return 0;
	}
}
