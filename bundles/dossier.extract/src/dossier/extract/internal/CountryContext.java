package dossier.extract.internal;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import dossier.core.entity.EntityKinds;
import dossier.core.entity.Mention;

/**
 * The context rules that turn down a country name found in text: inside an agency's name,
 * a person's name, or the American state of Georgia.
 */
final class CountryContext {

	/** Last words of organisation names: "UK Border Agency" names an agency, not the UK. */
	private static final Set<String> ORGANISATION_ENDINGS = Set.of("Agency", "Centre", "Center", "Office", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			"Service", "Force", "Council", "Ministry", "Department", "Commission", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
			// bodies named after the UK ("British Transport Police", "British Medical Association")
			"Police", "Association", "Bank", "Institute", "Institution", "Foundation", "Consortium", "Trust", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
			"Society", "Corporation", "Authority", "Board", "Limited", "Museum", "Library", "Railways"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$

	/** Endings of a foreign government's parts: "Indian Ministry of Defence" is India's. */
	private static final Set<String> GOVERNMENT_ENDINGS = Set.of("Ministry", "Department"); //$NON-NLS-1$ //$NON-NLS-2$

	/** Countries whose names are also given names ("Chad Smith"). */
	private static final Set<String> GIVEN_NAMES = Set.of("Chad", "Jordan", "Georgia"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

	private static final Set<String> TITLES = Set.of("Mr", "Mrs", "Ms", "Miss", "Dr", "Sir", "Lord", "Lady", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
			"Professor", "Private", "Corporal", "Sergeant", "Captain", "Major"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$

	/** Capitalised words that follow a country's name in text and are no surname. */
	private static final Set<String> NOT_SURNAMES = Set.of("Government", "Basin", "Lake", "River", "Valley", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			"Hashemite", "Armed", "Army", "Embassy", "Compact", "Partnership", "Programme", "Fund", "Plan", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
			"Strategy", "Defence", "Defense", "Border", "Police", "National", "Authorities", "Country", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
			"Response", "Refugee", "Refugees", "Humanitarian", "Crisis", "Conflict", "Peace"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$

	private static final Pattern US_AFTER = Pattern.compile(",\\s*(USA|US|U\\.S\\.|United States)\\b"); //$NON-NLS-1$

	private CountryContext() {
	}

	/**
	 * RULES.md: a country word inside an agency's or an operation's name ("UK Border Agency",
	 * "Homes for Ukraine Scheme") is not annotated as a country.
	 *
	 * @return whether an agency or operation found before covers any of the span
	 */
	static boolean insideName(int start, int end, List<Mention> earlier) {
		for (Mention m : earlier) {
			if ((EntityKinds.AGENCY.equals(m.kind()) || EntityKinds.OPERATION.equals(m.kind())) && m.start() < end
					&& start < m.end()) {
				return true;
			}
		}
		return false;
	}

	/**
	 * @return whether capitalised words after the name make it an organisation's ("UK Border
	 *         Agency", "UK Human Trafficking Centre"); "Indian Ministry of Defence" is India's
	 *         ministry, so "Ministry" or "Department" followed by "of" or "for" does not count.
	 *         The last capitalised word is the name's head: the "Afghanistan Resilience Trust
	 *         Fund" is a fund, not a trust, and names no organisation here
	 */
	static boolean insideOrganisationName(String text, int end) {
		int p = end;
		boolean organisation = false;
		for (int words = 0; words < 6; words++) {
			if (p >= text.length() || text.charAt(p) != ' ') {
				return organisation;
			}
			String word = word(text, p + 1);
			if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
				return organisation;
			}
			p += 1 + word.length();
			organisation = false;
			if (ORGANISATION_ENDINGS.contains(word)) {
				if (!GOVERNMENT_ENDINGS.contains(word) || p >= text.length() || text.charAt(p) != ' ') {
					organisation = true;
					continue;
				}
				String next = word(text, p + 1);
				return !(next.equals("of") || next.equals("for")); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		return organisation;
	}

	/**
	 * @return whether a country name that is also a given name is a person's here: a
	 *         surname follows ("Chad Smith") or a title comes before ("Private William Jordan")
	 */
	static boolean personName(String text, int start, int end) {
		if (!GIVEN_NAMES.contains(text.substring(start, end))) {
			return false;
		}
		if (end + 1 < text.length() && text.charAt(end) == ' ') {
			String next = word(text, end + 1);
			if (next.length() > 1 && Character.isUpperCase(next.charAt(0)) && Character.isLowerCase(next.charAt(1))
					&& !NOT_SURNAMES.contains(next) && !ORGANISATION_ENDINGS.contains(next)) {
				return true;
			}
		}
		String before = text.substring(Math.max(0, start - 40), start);
		String[] words = before.strip().split("[\\s.]+"); //$NON-NLS-1$
		for (int i = Math.max(0, words.length - 2); i < words.length; i++) {
			if (TITLES.contains(words[i])) {
				return true;
			}
		}
		return false;
	}

	/** @return whether "Georgia" is the American state here ("Georgia, USA") */
	static boolean americanState(String text, Country country, int end) {
		return "GE".equals(country.id()) && US_AFTER.matcher(text).region(end, text.length()).lookingAt(); //$NON-NLS-1$
	}

	/** @return the letters (and inner hyphens) from p on */
	private static String word(String text, int p) {
		int e = p;
		while (e < text.length() && (Character.isLetter(text.charAt(e))
				|| text.charAt(e) == '-' && e + 1 < text.length() && Character.isLetter(text.charAt(e + 1)))) {
			e++;
		}
		return text.substring(p, e);
	}
}
