package dossier.extract.internal;

import java.util.Set;

/**
 * Names of UN bodies the gazetteer does not list: "United Nations" or "UN" followed by
 * capitalised words ("UN Mission in the Democratic of Congo (DRC) (MONUC)"). Such a body is
 * known by the acronym written after it, else it is one of the UN's organs without an
 * acronym of its own and counts as the UN (the annotation rules); without an organ's head
 * word ("UN Convention", "UN agencies") only "UN" is a name.
 */
final class AgencyUnNames {

	/** Last words of the names of UN organs, missions and funds. */
	private static final Set<String> HEADS = Set.of("Mission", "Office", "Fund", "Agency", "Programme", "Service", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
			"Force", "Commission", "Council", "Assembly", "Organisation", "Organization", "Team", "Group", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
			"Committee", "Secretariat", "Entity", "Panel", "Women", "Board"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$

	private static final Set<String> JOINERS = Set.of("of", "for", "in", "on", "to", "and", "the", "&", "-", ","); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$

	private static final int MAX_TOKENS = 16;

	private AgencyUnNames() {
	}

	/**
	 * @param t the tokens
	 * @param first where "United Nations" or "UN" starts
	 * @param last its last token
	 * @param un the UN
	 * @param gazetteer to resolve the acronym written after the name
	 * @return the longer name, or null when none follows
	 */
	static AgencyRecognizer.Match extend(TokenizedText t, int first, int last, Agency un, AgencyGazetteer gazetteer) {
		int end = -1;
		int k = last + 1;
		if (!t.joined(last) || !t.isCapitalised(k) || t.isUpperCase(k)) {
			return null;
		}
		AgencyGazetteer.Name named = gazetteer.longestAt(t, k, false);
		if (named != null) {
			// "UN Food and Agriculture Organization" is the FAO
			return new AgencyRecognizer.Match(first, k + named.tokens().length - 1, named.agency());
		}
		while (k <= last + MAX_TOKENS && t.isCapitalised(k)) {
			end = k;
			if (!t.joined(k)) {
				break;
			}
			int next = k + 1;
			if (possessive(t, next) && t.isCapitalised(next + 2) && t.joined(next + 1)) {
				next += 2; // "Children's Fund"
			}
			while (JOINERS.contains(t.token(next)) && t.joined(next) && next < k + 4) {
				next++;
			}
			k = next > k + 1 && t.isCapitalised(next) || next == k + 1 ? next : -1;
			if (k < 0) {
				break;
			}
		}
		if (end < 0) {
			return null;
		}
		String acronym = acronymAfter(t, possessive(t, end + 1) ? end + 2 : end, t.token(last + 1).charAt(0));
		if (acronym != null) {
			Agency known = gazetteer.byAcronym(acronym);
			Agency agency = known != null ? known
					: new Agency(acronym, t.normalised(first, end), "international-organisation", un.id()); //$NON-NLS-1$
			return new AgencyRecognizer.Match(first, end, agency);
		}
		return HEADS.contains(t.token(end)) ? new AgencyRecognizer.Match(first, end, un) : null;
	}

	private static boolean possessive(TokenizedText t, int k) {
		return "'".equals(t.token(k)) && "s".equals(t.token(k + 1)); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/**
	 * @return the acronym in "(ACRONYM)" after token end, or in the second of two such
	 *         parentheses ("(DRC) (MONUC)"): one that starts with U or with the initial of
	 *         the name's first word; null if none
	 */
	private static String acronymAfter(TokenizedText t, int end, char initial) {
		int open = end + 1;
		for (int n = 0; n < 2 && "(".equals(t.token(open)) && ")".equals(t.token(open + 2)); n++) { //$NON-NLS-1$ //$NON-NLS-2$
			String acronym = t.token(open + 1);
			if (t.isUpperCase(open + 1) && (acronym.charAt(0) == 'U' || acronym.charAt(0) == initial)) {
				return acronym;
			}
			open += 3;
		}
		return null;
	}
}
