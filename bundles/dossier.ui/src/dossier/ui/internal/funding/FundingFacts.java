package dossier.ui.internal.funding;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

import dossier.core.catalog.FundingFact;

/**
 * The collection's funding facts in the order the table shows them, each with the text the
 * filter looks in, prepared once in a Job so that filtering on every key stroke is a plain
 * scan in memory. Immutable.
 */
final class FundingFacts {

	static final FundingFacts EMPTY = of(List.of());

	private final FundingFact[] facts;
	private final String[] texts;
	private final int fundingCount;

	private FundingFacts(FundingFact[] facts, String[] texts) {
		this.facts = facts;
		this.texts = texts;
		this.fundingCount = (int) Arrays.stream(facts).filter(FundingFact::funding).count();
	}

	/**
	 * @param facts the facts in their first order (may be large; call it off the UI thread)
	 * @return them, ready to filter
	 */
	static FundingFacts of(List<FundingFact> facts) {
		FundingFact[] array = facts.toArray(FundingFact[]::new);
		String[] texts = new String[array.length];
		for (int i = 0; i < array.length; i++) {
			texts[i] = FundingFilter.searchText(array[i]);
		}
		return new FundingFacts(array, texts);
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
		for (int i = 0; i < positions.length; i++) {
			sorted[i] = facts[positions[i]];
			sortedTexts[i] = texts[positions[i]];
		}
		return new FundingFacts(sorted, sortedTexts);
	}

	/**
	 * @param filter a filter; its recipient is not applied
	 * @return the facts it lets through whatever their recipient, in order
	 */
	List<FundingFact> selectAnyRecipient(FundingFilter filter) {
		List<FundingFact> selected = new ArrayList<>();
		for (int i = 0; i < facts.length; i++) {
			if (filter.acceptsAnyRecipient(facts[i], texts[i])) {
				selected.add(facts[i]);
			}
		}
		return selected;
	}

	/** @return the years the facts are for, newest first */
	List<Integer> years() {
		TreeSet<Integer> years = new TreeSet<>(Comparator.reverseOrder());
		for (FundingFact fact : facts) {
			fact.year().ifPresent(years::add);
		}
		return List.copyOf(years);
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
