package dossier.core.index;

import java.util.List;

/**
 * The counts of one facet field over the documents matching a search.
 *
 * @param field the facet field, such as {@code department}
 * @param values the values with their document counts, most frequent first
 * @since 0.1
 */
public record Facet(String field, List<Value> values) {

	/** Copies the values. */
	public Facet {
		values = List.copyOf(values);
	}

	/**
	 * One value of a facet and how many matching documents have it.
	 *
	 * @param value the value, such as {@code Home Office} or {@code 2009}
	 * @param count how many matching documents have it
	 */
	public record Value(String value, long count) {
	}

	/**
	 * @param value a value
	 * @return its count, 0 if absent
	 */
	public long count(String value) {
		return values.stream().filter(v -> v.value().equals(value)).mapToLong(Value::count).findFirst().orElse(0);
	}
}
