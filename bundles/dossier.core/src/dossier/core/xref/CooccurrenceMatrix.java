package dossier.core.xref;

import java.util.List;
import java.util.Objects;

import dossier.core.entity.EntityCount;
import dossier.core.index.SearchRequest;

/**
 * How many documents mention both an entity of one kind (a row) and an entity of another
 * (a column), for a heat-map table. Rows and columns hold only the entities that share at
 * least one document with an entity of the other kind, most documents first; their
 * {@link EntityCount#documents()} counts the documents (within the restriction) that
 * mention them. The documents of a cell are listed by
 * {@link CrossReference#documents(List, SearchRequest, org.eclipse.core.runtime.IProgressMonitor)}
 * with {@link #cell(int, int)}.
 *
 * @param rowKind the kind of the rows
 * @param columnKind the kind of the columns
 * @param rows the row entities
 * @param columns the column entities
 * @param counts {@code counts[row][column]}: the documents mentioning both; not copied,
 *               do not change it
 * @param restriction the search the documents were restricted to; {@code null} for the
 *                    whole collection
 * @since 0.1
 */
public record CooccurrenceMatrix(String rowKind, String columnKind, List<EntityCount> rows, List<EntityCount> columns,
		int[][] counts, SearchRequest restriction) {

	/** Validates and copies the lists. */
	public CooccurrenceMatrix {
		Objects.requireNonNull(rowKind, "rowKind"); //$NON-NLS-1$
		Objects.requireNonNull(columnKind, "columnKind"); //$NON-NLS-1$
		rows = List.copyOf(rows);
		columns = List.copyOf(columns);
		Objects.requireNonNull(counts, "counts"); //$NON-NLS-1$
		if (counts.length != rows.size()) {
			throw new IllegalArgumentException("one row of counts per row entity"); //$NON-NLS-1$
		}
	}

	/**
	 * @param row a row index
	 * @param column a column index
	 * @return how many documents mention both
	 */
	public int count(int row, int column) {
		return counts[row][column];
	}

	/** @return the largest count, for scaling the heat map; 0 if the matrix is empty */
	public int max() {
		int max = 0;
		for (int[] row : counts) {
			for (int c : row) {
				max = Math.max(max, c);
			}
		}
		return max;
	}

	/**
	 * @param row a row index
	 * @param column a column index
	 * @return the two entities of the cell, for listing its documents
	 */
	public List<EntityRef> cell(int row, int column) {
		EntityCount r = rows.get(row);
		EntityCount c = columns.get(column);
		return List.of(new EntityRef(r.kind(), r.id(), r.name()), new EntityRef(c.kind(), c.id(), c.name()));
	}

	/**
	 * @param kind an entity kind
	 * @param id an entity id
	 * @return the row of that entity, or -1
	 */
	public int rowOf(String kind, String id) {
		return indexOf(rows, kind, id);
	}

	/**
	 * @param kind an entity kind
	 * @param id an entity id
	 * @return the column of that entity, or -1
	 */
	public int columnOf(String kind, String id) {
		return indexOf(columns, kind, id);
	}

	private static int indexOf(List<EntityCount> entities, String kind, String id) {
		for (int i = 0; i < entities.size(); i++) {
			if (entities.get(i).kind().equals(kind) && entities.get(i).id().equals(id)) {
				return i;
			}
		}
		return -1;
	}
}
