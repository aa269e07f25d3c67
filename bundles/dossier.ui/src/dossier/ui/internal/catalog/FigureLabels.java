package dossier.ui.internal.catalog;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The figures reported with an operation, as people read them: the facts {@code victims},
 * {@code arrests}, {@code traffickingArrests}, {@code convictions} and {@code figures}
 * (unlabelled), each as the extractor wrote it ("167+5", with {@code victimsPrinted} "1167
 * 25" as the table printed it and {@code victimsNotes} pairing each part with its
 * footnote). Nothing is added up: "victims 167 + 5 (printed 1167 25); arrests 528, 299 for
 * trafficking".
 */
final class FigureLabels {

	/** The victims recovered. */
	static final String VICTIMS = "victims"; //$NON-NLS-1$
	/** The arrests made. */
	static final String ARRESTS = "arrests"; //$NON-NLS-1$
	/** The arrests for trafficking, of all the arrests. */
	static final String TRAFFICKING_ARRESTS = "traffickingArrests"; //$NON-NLS-1$
	/** The convictions. */
	static final String CONVICTIONS = "convictions"; //$NON-NLS-1$
	/** Figures from a table whose columns were not recognised. */
	static final String FIGURES = "figures"; //$NON-NLS-1$
	/** The figure names, in the order they are shown. */
	static final List<String> NAMES = List.of(VICTIMS, ARRESTS, TRAFFICKING_ARRESTS, CONVICTIONS, FIGURES);

	private static final String PRINTED = "Printed"; //$NON-NLS-1$
	private static final String NOTES = "Notes"; //$NON-NLS-1$

	private FigureLabels() {
	}

	/**
	 * @param fact a fact's name
	 * @return whether it is a figure or a figure's printed form or notes
	 */
	static boolean isFigure(String fact) {
		return NAMES.contains(fact) || fact.endsWith(PRINTED) && NAMES.contains(stem(fact, PRINTED))
				|| fact.endsWith(NOTES) && NAMES.contains(stem(fact, NOTES));
	}

	/**
	 * @param fact a figure's name, or its printed form's or notes' name
	 * @return what it counts, capitalised ("Victims recovered")
	 */
	static String label(String fact) {
		if (fact.endsWith(PRINTED) && NAMES.contains(stem(fact, PRINTED))) {
			return label(stem(fact, PRINTED)) + " as printed"; //$NON-NLS-1$
		}
		if (fact.endsWith(NOTES) && NAMES.contains(stem(fact, NOTES))) {
			return label(stem(fact, NOTES)) + " by footnote"; //$NON-NLS-1$
		}
		return switch (fact) {
			case VICTIMS -> "Victims recovered"; //$NON-NLS-1$
			case ARRESTS -> "Arrests"; //$NON-NLS-1$
			case TRAFFICKING_ARRESTS -> "Arrests for trafficking"; //$NON-NLS-1$
			case CONVICTIONS -> "Convictions"; //$NON-NLS-1$
			case FIGURES -> "Figures"; //$NON-NLS-1$
			default -> fact;
		};
	}

	/**
	 * @param facts an operation's facts
	 * @param figure one of {@link #NAMES}
	 * @return the figure as read, with its printed form when that differs ("167 + 5
	 *         (printed 1167 25)"), or the empty string if the facts do not give it
	 */
	static String value(Map<String, String> facts, String figure) {
		String value = facts.getOrDefault(figure, ""); //$NON-NLS-1$
		if (value.isEmpty()) {
			return value;
		}
		String printed = facts.getOrDefault(figure + PRINTED, ""); //$NON-NLS-1$
		String parts = figure.equals(FIGURES) ? value : String.join(" + ", grouped(value.split("\\+"))); //$NON-NLS-1$ //$NON-NLS-2$
		return printed.isEmpty() || printed.equals(value) ? parts : parts + " (printed " + printed + ")"; //$NON-NLS-1$ //$NON-NLS-2$
	}

	/**
	 * @param facts an operation's facts
	 * @return every figure in one line, "victims 167 + 5 (printed 1167 25); arrests 528, 299
	 *         for trafficking", or the empty string if there are none
	 */
	static String summary(Map<String, String> facts) {
		List<String> parts = new ArrayList<>();
		String victims = value(facts, VICTIMS);
		if (!victims.isEmpty()) {
			parts.add("victims " + victims); //$NON-NLS-1$
		}
		String arrests = value(facts, ARRESTS);
		String trafficking = value(facts, TRAFFICKING_ARRESTS);
		if (!arrests.isEmpty()) {
			parts.add("arrests " + arrests + (trafficking.isEmpty() ? "" : ", " + trafficking + " for trafficking")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		} else if (!trafficking.isEmpty()) {
			parts.add("arrests for trafficking " + trafficking); //$NON-NLS-1$
		}
		String convictions = value(facts, CONVICTIONS);
		if (!convictions.isEmpty()) {
			parts.add("convictions " + convictions); //$NON-NLS-1$
		}
		String figures = value(facts, FIGURES);
		if (!figures.isEmpty()) {
			parts.add("figures " + figures); //$NON-NLS-1$
		}
		return String.join("; ", parts); //$NON-NLS-1$
	}

	private static List<String> grouped(String[] numbers) {
		NumberFormat format = NumberFormat.getIntegerInstance(Locale.UK);
		List<String> shown = new ArrayList<>(numbers.length);
		for (String number : numbers) {
			String n = number.strip();
			shown.add(n.matches("\\d{1,18}") ? format.format(Long.parseLong(n)) : n); //$NON-NLS-1$
		}
		return shown;
	}

	private static String stem(String fact, String suffix) {
		return fact.substring(0, fact.length() - suffix.length());
	}
}
