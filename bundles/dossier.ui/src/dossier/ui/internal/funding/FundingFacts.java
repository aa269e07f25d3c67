package dossier.ui.internal.funding;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

import dossier.core.catalog.FundingFact;

/**
 * The collection's funding facts in the order the table shows them, each with the text the
 * filter looks in and its year, prepared once so that filtering on every key stroke is a
 * plain scan in memory. Immutable.
 */
final class FundingFacts {

	static final FundingFacts EMPTY = of(List.of());

	private final FundingFact[] facts;
	private final String[] texts;
	/** Each fact's {@link FundingFact#year()}, 0 when unknown (a regular expression away). */
	private final int[] years;
	private final int fundingCount;

	private FundingFacts(FundingFact[] facts, String[] texts, int[] years) {
		this.facts = facts;
		this.texts = texts;
		this.years = years;
		this.fundingCount = (int) Arrays.stream(facts).filter(FundingFact::funding).count();
	}

	/**
	 * @param facts the facts in their first order (may be large; call it off the UI thread)
	 * @return them, ready to filter
	 */
	static FundingFacts of(List<FundingFact> facts) {
		FundingFact[] array = facts.toArray(FundingFact[]::new);
		String[] texts = new String[array.length];
		int[] years = new int[array.length];
		for (int i = 0; i < array.length; i++) {
			texts[i] = FundingFilter.searchText(array[i]);
			years[i] = array[i].year().orElse(0);
		}
		return new FundingFacts(array, texts, years);
	}

	/**
	 * @param order an order (stable: equal facts keep their places)
	 * @return the same facts in that order
	 */
	FundingFacts sortedBy(Comparator<FundingFact> order) {
		Integer[] positions = new Integer[facts.length];
		Arrays.setAll(positions, i -> i);
		Arrays.sort(positions, (a, b) -> order.compare(facts[a], facts[b]));
		FundingFact[] sorted = new FundingFact[facts.length];
		String[] sortedTexts = new String[facts.length];
		int[] sortedYears = new int[facts.length];
		for (int i = 0; i < positions.length; i++) {
			sorted[i] = facts[positions[i]];
			sortedTexts[i] = texts[positions[i]];
			sortedYears[i] = years[positions[i]];
		}
		return new FundingFacts(sorted, sortedTexts, sortedYears);
	}

	/**
	 * @param filter a filter; its recipient is not applied
	 * @return the facts it lets through whatever their recipient, in order
	 */
	List<FundingFact> selectAnyRecipient(FundingFilter filter) {
		List<FundingFact> selected = new ArrayList<>();
		for (int i = 0; i < facts.length; i++) {
			if (filter.acceptsAnyRecipient(facts[i], texts[i], years[i])) {
				selected.add(facts[i]);
			}
		}
		return selected;
	}

	/** @return the years the facts are for, newest first */
	List<Integer> years() {
		TreeSet<Integer> distinct = new TreeSet<>(Comparator.reverseOrder());
		for (int year : years) {
			if (year != 0) {
				distinct.add(year);
			}
		}
		return List.copyOf(distinct);
	}

	/** @return how many facts there are, funding or not */
	int size() {
		return facts.length;
	}

	/** @return how many of them are funding */
	int fundingCount() {
		return fundingCount;
	}
}
