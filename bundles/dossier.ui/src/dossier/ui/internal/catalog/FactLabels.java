package dossier.ui.internal.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dossier.core.catalog.EntitySummary;
import dossier.core.entity.EntityKinds;

/** Names for entity kinds, facts and agency types, as the views show them. */
final class FactLabels {

	private FactLabels() {
	}

	/**
	 * @param kind an entity kind
	 * @return its name, singular and capitalised ("Agency")
	 */
	static String kind(String kind) {
		return switch (kind) {
			case EntityKinds.AGENCY -> "Agency"; //$NON-NLS-1$
			case EntityKinds.OPERATION -> "Operation"; //$NON-NLS-1$
			case EntityKinds.COUNTRY -> "Country"; //$NON-NLS-1$
			case EntityKinds.FUNDING -> "Funding recipient"; //$NON-NLS-1$
			default -> capitalised(kind);
		};
	}

	/**
	 * @param fact a fact's name
	 * @return its label ("Lead agency", "Victims recovered")
	 */
	static String fact(String fact) {
		if (FigureLabels.isFigure(fact)) {
			return FigureLabels.label(fact);
		}
		return switch (fact) {
			case EntitySummary.LEAD_AGENCY -> "Lead agency"; //$NON-NLS-1$
			case "alpha3" -> "ISO alpha-3"; //$NON-NLS-1$
			default -> capitalised(fact.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT)); //$NON-NLS-1$ //$NON-NLS-2$
		};
	}

	/**
	 * @param type an agency's or operation's type as the recognizers write it
	 *             ({@code law-enforcement}, {@code ngo})
	 * @return it as people write it ("Law enforcement", "NGO")
	 */
	static String type(String type) {
		if (type.isEmpty()) {
			return type;
		}
		return switch (type) {
			case "ngo" -> "NGO"; //$NON-NLS-1$ //$NON-NLS-2$
			default -> capitalised(type.replace('-', ' '));
		};
	}

	/**
	 * @param entity an entity
	 * @return its facts as label and value pairs for its page: type first, then the rest
	 *         but parent and lead agency (shown as links) and the figures' printed forms
	 *         (shown with the figures)
	 */
	static List<Map.Entry<String, String>> details(EntitySummary entity) {
		Map<String, String> facts = entity.facts();
		List<Map.Entry<String, String>> details = new ArrayList<>();
		if (!entity.fact(EntitySummary.TYPE).isEmpty()) {
			details.add(Map.entry(fact(EntitySummary.TYPE), type(entity.fact(EntitySummary.TYPE))));
		}
		if (!entity.fact(EntitySummary.PERIOD).isEmpty()) {
			details.add(Map.entry(fact(EntitySummary.PERIOD), entity.fact(EntitySummary.PERIOD)));
		}
		for (String figure : FigureLabels.NAMES) {
			String value = FigureLabels.value(facts, figure);
			if (!value.isEmpty()) {
				details.add(Map.entry(FigureLabels.label(figure), value));
			}
			String notes = facts.getOrDefault(figure + "Notes", ""); //$NON-NLS-1$ //$NON-NLS-2$
			if (!notes.isEmpty()) {
				details.add(Map.entry(FigureLabels.label(figure + "Notes"), notes)); //$NON-NLS-1$
			}
		}
		facts.keySet().stream().sorted().filter(name -> !shownApart(name)).forEach(name -> details
				.add(Map.entry(fact(name), facts.get(name))));
		return details;
	}

	private static boolean shownApart(String fact) {
		return fact.equals(EntitySummary.TYPE) || fact.equals(EntitySummary.PERIOD) || fact.equals(EntitySummary.PARENT)
				|| fact.equals(EntitySummary.LEAD_AGENCY) || FigureLabels.isFigure(fact);
	}

	private static String capitalised(String text) {
		return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}
}
