package dossier.extract.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Resolves "the Agency", "the Centre", "the Office" and the like to the most recent
 * body named before whose name has that word: "the Agency" after the Serious Organised
 * Crime Agency (or SOCA) is SOCA. Without such a body the phrase is generic and left out.
 */
final class AgencyAnaphora {

	/** Heads that may refer back to a body named anywhere before in the document. */
	private static final Set<String> DISTINCT = Set.of("Agency", "Centre", "Commission", "Authority", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			// RULES.md: "a capitalised back-reference to a named centre or unit" is annotated
			"Inspectorate", "Executive", "Unit", "Command"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	/**
	 * Heads that refer back only to a body named just before. RULES.md: "the Ministry", "the
	 * Department" and "the Board" are never annotated (answers use them for their own
	 * department and its boards), so they are not here.
	 */
	private static final Set<String> COMMON = Set.of("Office", "Service", "Council"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	private static final AgencyTokenFilter HEADS = new AgencyTokenFilter(
			java.util.stream.Stream.concat(DISTINCT.stream(), COMMON.stream()).toList());
	/** How near, in characters, "just before" is. */
	private static final int NEAR = 400;

	private AgencyAnaphora() {
	}

	/**
	 * @param t the tokens
	 * @param matches the names and acronyms found, in text order
	 * @return them with the resolved references added, in text order
	 */
	static List<AgencyRecognizer.Match> resolve(TokenizedText t, List<AgencyRecognizer.Match> matches) {
		List<AgencyRecognizer.Match> all = new ArrayList<>(matches.size() + 4);
		int next = 0;
		for (int i = 1; i < t.size(); i++) {
			while (next < matches.size() && matches.get(next).first() < i) {
				all.add(matches.get(next++));
			}
			if (!t.isCapitalised(i) || !HEADS.mayContain(t.hash(i))) {
				continue; // most tokens: no need to cut them out of the text
			}
			String head = t.token(i);
			boolean distinct = DISTINCT.contains(head);
			if (!distinct && !COMMON.contains(head) || !"the".equalsIgnoreCase(t.token(i - 1)) || !t.joined(i - 1) //$NON-NLS-1$
					|| continuesName(t, i) || next < matches.size() && matches.get(next).first() == i) {
				continue;
			}
			for (int k = all.size() - 1; k >= 0; k--) {
				AgencyRecognizer.Match before = all.get(k);
				if (!distinct && t.start(i) - t.end(before.last()) > NEAR) {
					break;
				}
				if (hasWord(before.agency().name(), head)) {
					all.add(new AgencyRecognizer.Match(i, i, before.agency()));
					break;
				}
			}
		}
		while (next < matches.size()) {
			all.add(matches.get(next++));
		}
		return all;
	}

	/** "the Department for Education", "the Agency Board": a name the shapes did not take. */
	private static boolean continuesName(TokenizedText t, int i) {
		String after = t.token(i + 1);
		return t.joined(i) && (t.isCapitalised(i + 1) || "for".equals(after) || "of".equals(after)); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static boolean hasWord(String name, String word) {
		int at = name.indexOf(word);
		while (at >= 0) {
			int end = at + word.length();
			if ((at == 0 || !Character.isLetter(name.charAt(at - 1)))
					&& (end == name.length() || !Character.isLetter(name.charAt(end)))) {
				return true;
			}
			at = name.indexOf(word, end);
		}
		return false;
	}
}
