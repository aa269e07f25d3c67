package dossier.core.xref;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Mentions of chosen entities over time, by answer date: for each entity, how many
 * documents of each period mention it. Undated documents are left out.
 *
 * @param granularity the length of a period
 * @param periods the periods from the first to the last dated document that mentions one
 *                of the entities, with no gaps: {@code 2009} or {@code 2009-10}
 * @param series one series per entity, in the order asked
 * @since 0.1
 */
public record Timeline(Granularity granularity, List<String> periods, List<Series> series) {

	/** The length of a period. */
	public enum Granularity {
		/** calendar months, {@code 2009-10} */
		MONTH,
		/** calendar years, {@code 2009} */
		YEAR;

		/**
		 * @param date a date
		 * @return the label of its period
		 */
		public String period(LocalDate date) {
			return this == YEAR ? Integer.toString(date.getYear())
					: String.format("%04d-%02d", date.getYear(), date.getMonthValue()); //$NON-NLS-1$
		}
	}

	/**
	 * One entity's counts.
	 *
	 * @param entity the entity
	 * @param documents per period of {@link Timeline#periods()}, the documents mentioning it
	 */
	public record Series(EntityRef entity, List<Integer> documents) {

		/** Validates and copies. */
		public Series {
			Objects.requireNonNull(entity, "entity"); //$NON-NLS-1$
			documents = List.copyOf(documents);
		}

		/** @return the documents over all periods */
		public int total() {
			return documents.stream().mapToInt(Integer::intValue).sum();
		}
	}

	/** Validates and copies. */
	public Timeline {
		Objects.requireNonNull(granularity, "granularity"); //$NON-NLS-1$
		periods = List.copyOf(periods);
		series = List.copyOf(series);
	}
}
