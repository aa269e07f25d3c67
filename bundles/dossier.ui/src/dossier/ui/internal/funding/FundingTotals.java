package dossier.ui.internal.funding;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import dossier.core.catalog.FundingFact;

/**
 * Sums of funding facts by recipient and by year, pounds apart from other currencies
 * (amounts in different currencies are not added together).
 */
public final class FundingTotals {

	static final String GBP = "GBP"; //$NON-NLS-1$
	private static final String NO_RECIPIENT = "(no recipient named)"; //$NON-NLS-1$
	private static final String NO_YEAR = "(year unknown)"; //$NON-NLS-1$

	/**
	 * The sum of some facts.
	 *
	 * @param key the recipient's id or the year ({@code ""} when the facts name none), or
	 *            {@code null} for the row that sums them all
	 * @param label what the row is called
	 * @param pounds the sum of the amounts in pounds
	 * @param others the sums in other currencies, by ISO 4217 code
	 * @param facts how many facts were added up
	 */
	public record Total(String key, String label, BigDecimal pounds, Map<String, BigDecimal> others, int facts) {

		/** @return whether this is the row that sums every fact */
		public boolean isOverall() {
			return key == null;
		}

		/** @return the other currencies' sums in brief, largest first ("$2m, €150,000") */
		public String othersText() {
			return others.entrySet().stream().sorted(Map.Entry.<String, BigDecimal>comparingByValue().reversed())
					.map(e -> AmountFormat.brief(e.getValue(), e.getKey())).collect(Collectors.joining(", ")); //$NON-NLS-1$
		}
	}

	private FundingTotals() {
	}

	/**
	 * @param facts some facts
	 * @return a row for them all, then one per recipient, most pounds first
	 */
	public static List<Total> byRecipient(List<FundingFact> facts) {
		List<Total> totals = sums(facts, FundingFact::recipientId, null, new LinkedHashMap<>());
		totals.sort(Comparator.comparing(Total::pounds).reversed().thenComparing(Total::label,
				String.CASE_INSENSITIVE_ORDER));
		totals.add(0, overall("All recipients", facts)); //$NON-NLS-1$
		return totals;
	}

	/**
	 * @param facts some facts
	 * @return a row for them all, then one per year, newest first, facts of no known year last
	 */
	public static List<Total> byYear(List<FundingFact> facts) {
		Function<FundingFact, String> year = f -> f.year().map(String::valueOf).orElse(""); //$NON-NLS-1$
		List<Total> totals = sums(facts, year, y -> y.isEmpty() ? NO_YEAR : y,
				new TreeMap<>(Comparator.<String, Boolean>comparing(String::isEmpty).thenComparing(Comparator.reverseOrder())));
		totals.add(0, overall("All years", facts)); //$NON-NLS-1$
		return totals;
	}

	private static Total overall(String label, List<FundingFact> facts) {
		Sum sum = new Sum(label);
		facts.forEach(sum::add);
		return new Total(null, label, sum.pounds, Map.copyOf(sum.others), sum.facts);
	}

	/**
	 * @param label a key's label, or {@code null} for the recipient's name (its first fact's)
	 */
	private static List<Total> sums(List<FundingFact> facts, Function<FundingFact, String> key,
			Function<String, String> label, Map<String, Sum> sums) {
		for (FundingFact fact : facts) {
			sums.computeIfAbsent(key.apply(fact), k -> new Sum(label != null ? label.apply(k)
					: k.isEmpty() ? NO_RECIPIENT : fact.recipientName())).add(fact);
		}
		List<Total> totals = new ArrayList<>(sums.size());
		sums.forEach((k, sum) -> totals.add(new Total(k, sum.label, sum.pounds, Map.copyOf(sum.others), sum.facts)));
		return totals;
	}

	/** A running sum, while the facts are read. */
	private static final class Sum {
		final String label;
		BigDecimal pounds = BigDecimal.ZERO;
		final Map<String, BigDecimal> others = new TreeMap<>();
		int facts;

		Sum(String label) {
			this.label = label;
		}

		void add(FundingFact fact) {
			facts++;
			if (GBP.equals(fact.currency())) {
				pounds = pounds.add(fact.amount());
			} else {
				others.merge(fact.currency().isEmpty() ? "?" : fact.currency(), fact.amount(), BigDecimal::add); //$NON-NLS-1$
			}
		}
	}
}
