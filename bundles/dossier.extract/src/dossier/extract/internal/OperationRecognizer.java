package dossier.extract.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dossier.core.document.SourceDocument;
import dossier.core.entity.EntityKinds;
import dossier.core.entity.Mention;
import dossier.core.entity.Recognizer;

/**
 * Finds named operations, campaigns and programmes (kind {@link EntityKinds#OPERATION}).
 * <ul>
 * <li>"Operation X [n]" (or "Op X"): X is one to three capitalised words, n an optional number, number
 * word or roman numeral ("Operation Pentameter 2", "Operation Pentameter Two", "Operation
 * Kimia II" all give the number 2); "Operation Pentameter 1 and 2" gives both.</li>
 * <li>A name introduced that way anywhere in the document is then also found bare
 * ("Pentameter 2", "Pentameter 1" in a table).</li>
 * <li>Named programmes, schemes and campaigns, as {@link ProgrammeNames} finds them ("the
 * Blue Blindfold campaign", "Police Uplift Programme", "GTRP", "Programme Aurora").</li>
 * </ul>
 * The entity id of an operation is the name with its number ({@code Pentameter 2}; numbers
 * stay distinct, an unnumbered "Operation Pentameter" is {@code Pentameter}) and its display
 * name adds the type ({@code Operation Pentameter 2}); the id of a programme, scheme or
 * campaign keeps its head word, capitalised ({@code Blue Blindfold Campaign}). The attribute
 * {@code type} is {@code operation}, {@code campaign}, {@code programme} or {@code scheme};
 * the figures reported with an operation are added as described in {@link OperationFigures}.
 * Lower-case "operation(s)", "operational" and "Co-operation" are never operations.
 */
public final class OperationRecognizer implements Recognizer {

	private static final String WORD = "[A-Z][\\w'’-]*"; //$NON-NLS-1$
	// "Operation X" and its short form "Op X" (also "Op. X")
	private static final Pattern OPERATION = Pattern
			.compile("(?<![\\w-])(?:Operation|Op\\.?)[ \\t]+(" + WORD + "(?:[ \\t]+" + WORD + "){0,3})"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	private static final Pattern NUMBER_AFTER = Pattern.compile("^[ \\t]+(\\d{1,2})(?![\\w-]|[.,]\\d)"); //$NON-NLS-1$
	// a figure, not an operation number: "Operation Pentameter 25 were ..."
	private static final Pattern FIGURE_FOLLOWS = Pattern
			.compile("^\\s+(?:(?:were|was)\\s+(?:for|arrested|charged|recovered|rescued|identified)|of|per|arrests?|victims?|people|persons|suspects|%|percent)\\b"); //$NON-NLS-1$
	private static final Pattern NUMBER_WORD_AFTER = Pattern.compile("^[ \\t]+([A-Z][a-z]+|[IVX]+)\\b"); //$NON-NLS-1$
	private static final Pattern MORE_NUMBERS = Pattern.compile("^(\\s*(?:,|and|&|or)\\s*)(\\d{1,2})(?![\\w,-])"); //$NON-NLS-1$
	static final Set<String> STOP_WORDS = Set.of("The", "In", "And", "Of", "On", "At", "For", "A", "An", "This", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
			"That", "It", "We", "Is", "Was", "Were", "He", "She", "They", "I", "To", "By", "With", "As", "But", "Or", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$ //$NON-NLS-14$ //$NON-NLS-15$ //$NON-NLS-16$
			"Has", "Have", "Will", "From", "Which", "Who"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
	// "Operation Notification Form", "Programme Board": documents and bodies, not operations
	static final Set<String> NOT_NAMES = Set.of("Form", "Forms", "Manual", "Order", "Orders", "Regulations", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
			"Act", "Board", "Boards", "Team", "Teams", "Unit", "Centre", "Office", "Agency", "Department", "Council", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$
			"Authority", "Service", "Police", "Constabulary", "Ministry", "Government", "Commission", "Group", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
			"Director", "Manager", "Budget", "Fund", "Funding", "Guidance", "Report", "Plan", "Strategy", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
			// other institutions: "the British Business Bank programme" is the bank's, not one named
			"Bank", "Company", "Corporation", "University", "College", "Society", "Association", "Commissioners", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
			"Tribunal", "Court"); //$NON-NLS-1$ //$NON-NLS-2$
	// what a programme or scheme may be named after: "the Hotspot Action Fund programme", "the Group Litigation Order scheme"
	private static final Set<String> FUNDS = Set.of("Fund", "Funding", "Order", "Act", "Plan", "Strategy", "Budget"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
	// words that make "the X programme" generic rather than a name
	private static final Set<String> GENERIC = Set.of("Government", "UK", "National", "British", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			"English", "Home", "Department", "Our", "Their", "Its", "His", "Her", "Ministry", "New", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
			"European", "EU", "Scottish", "Welsh", "Whole", "Same", "Current", "Next", "First", "Second", "Main"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$
	// "rogramme" and the like match either case of the head word
	private static final List<String> CLUES = List.of("rogramme", "cheme", "ampaign", "Homes for Ukraine"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	private static final List<String> NUMBER_WORDS = List.of("One", "Two", "Three", "Four", "Five", "Six", "Seven", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
			"Eight", "Nine", "Ten"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	private static final List<String> ROMAN = List.of("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$

	/**
	 * A found name before its figures are read.
	 *
	 * @param start first character
	 * @param end just past the last
	 * @param id the entity id
	 * @param type operation, campaign, programme, initiative or project
	 * @param display the display name
	 */
	record Hit(int start, int end, String id, String type, String display) {
	}

	/** Creates the recognizer; it keeps no state. */
	public OperationRecognizer() {
	}

	@Override
	public List<Mention> recognize(SourceDocument document, List<Mention> earlier) {
		String text = document.text();
		if (!mayName(text)) {
			return List.of(); // most answers name no operation: skip them at the cost of a few scans
		}
		List<Hit> hits = new ArrayList<>();
		Set<String> known = new LinkedHashSet<>();
		Matcher m = OPERATION.matcher(text);
		boolean operations = operations(text);
		while (operations && m.find()) {
			operation(text, m, hits, known);
		}
		for (String name : known) {
			bare(text, name, hits);
		}
		ProgrammeNames.find(text, earlier, hits);
		hits.sort(Comparator.comparingInt(Hit::start));
		hits = oneIdPerName(hits);
		List<Mention> mentions = new ArrayList<>(hits.size());
		List<Map<String, String>> figures = OperationFigures.read(text, hits);
		for (int i = 0; i < hits.size(); i++) {
			Hit hit = hits.get(i);
			mentions.add(new Mention(EntityKinds.OPERATION, hit.start(), hit.end(), text.substring(hit.start(), hit.end()),
					hit.id(), hit.display(), figures.get(i)));
		}
		return mentions;
	}

	/**
	 * Ids use straight apostrophes, and names that differ only by apostrophes, hyphens and
	 * case are one name, spelt as where it has its apostrophe (else as first written):
	 * "Mineworkers Pension Scheme" in the question is the answer's "Mineworkers’ Pension Scheme".
	 */
	private static List<Hit> oneIdPerName(List<Hit> hits) {
		// spans never overlap (OperationFigures reads the text between them): the first stays
		for (int i = hits.size() - 1; i > 0; i--) {
			if (hits.get(i).start() < hits.get(i - 1).end()) {
				hits.remove(i);
			}
		}
		Map<String, String> ids = new java.util.HashMap<>();
		for (Hit hit : hits) {
			String id = hit.id().replace('\u2019', '\'');
			ids.merge(key(id), id, (a, b) -> a.indexOf('\'') >= 0 || b.indexOf('\'') < 0 ? a : b);
		}
		List<Hit> result = new ArrayList<>(hits.size());
		for (Hit hit : hits) {
			String id = ids.get(key(hit.id().replace('\u2019', '\'')));
			result.add(id.equals(hit.id()) ? hit
					: new Hit(hit.start(), hit.end(), id, hit.type(), hit.display().replace(hit.id(), id)));
		}
		return result;
	}

	// "South-West Rail Resilience Programme" is the "South West Rail Resilience Programme"
	private static String key(String id) {
		return id.replace("'", "").replace('-', ' ').toLowerCase(Locale.ROOT); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static void operation(String text, Matcher m, List<Hit> hits, Set<String> known) {
		String[] words = m.group(1).split("[ \\t]+"); //$NON-NLS-1$
		List<String> name = new ArrayList<>();
		String number = null;
		int end = m.start(1);
		for (String word : words) {
			String value = numberOf(word, !name.isEmpty());
			if (value != null) {
				number = value;
				end = text.indexOf(word, end) + word.length();
				break;
			}
			if (STOP_WORDS.contains(word) || !name.isEmpty() && word.equals(word.toUpperCase(Locale.ROOT))) {
				break; // "Operation Safeguard The ...", "Operation Kimia MONUC"
			}
			end = text.indexOf(word, end) + word.length();
			// "Operation BEACONPORT" is Beaconport (RULES.md); short capitals stay an acronym
			name.add(word.length() > 3 && word.equals(word.toUpperCase(Locale.ROOT))
					? word.charAt(0) + word.substring(1).toLowerCase(Locale.ROOT)
					: word);
		}
		if (name.isEmpty() || NOT_NAMES.contains(name.get(name.size() - 1))) {
			return;
		}
		if (number == null) {
			number = trailingNumber(text, end);
			if (number != null) {
				end = text.indexOf(number, end) + number.length();
			}
		}
		String base = String.join(" ", name); //$NON-NLS-1$
		known.add(base);
		add(hits, m.start(), end, base, number);
		if (number != null) {
			more(text, end, base, hits);
		}
	}

	// "Operation Pentameter 1 and 2": the 2 is Pentameter 2
	private static void more(String text, int from, String base, List<Hit> hits) {
		int at = from;
		while (true) {
			Matcher more = MORE_NUMBERS.matcher(text.substring(at, Math.min(text.length(), at + 20)));
			if (!more.find() || FIGURE_FOLLOWS.matcher(text.substring(at + more.end(), Math.min(text.length(), at + more.end() + 20))).find()) {
				return;
			}
			add(hits, at + more.start(2), at + more.end(2), base, more.group(2));
			at += more.end();
		}
	}

	private static String trailingNumber(String text, int end) {
		String rest = text.substring(end, Math.min(text.length(), end + 40));
		Matcher n = NUMBER_AFTER.matcher(rest);
		if (!n.find() || Integer.parseInt(n.group(1)) > 30 || FIGURE_FOLLOWS.matcher(rest.substring(n.end())).find()) {
			return null;
		}
		return n.group(1);
	}

	private static String numberOf(String word, boolean afterName) {
		int index = NUMBER_WORDS.indexOf(word);
		if (index >= 0 && afterName) {
			return Integer.toString(index + 1);
		}
		index = ROMAN.indexOf(word);
		// a lone "I" is more often the pronoun than a numeral
		return index > 0 && afterName ? Integer.toString(index + 1) : null;
	}

	private static void bare(String text, String name, List<Hit> hits) {
		Matcher m = Pattern.compile("(?<![\\w-])" + Pattern.quote(name) + "(?![\\w-])").matcher(text); //$NON-NLS-1$ //$NON-NLS-2$
		while (m.find()) {
			if (overlaps(hits, m.start(), m.end())) {
				continue;
			}
			int end = m.end();
			String number = null;
			Matcher word = NUMBER_WORD_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 12)));
			if (word.find() && numberOf(word.group(1), true) != null) {
				number = numberOf(word.group(1), true);
				end += word.end();
			} else {
				number = trailingNumber(text, end);
				if (number != null) {
					end = text.indexOf(number, end) + number.length();
				}
			}
			add(hits, m.start(), end, name, number);
			if (number != null) {
				more(text, end, name, hits);
			}
		}
	}

	// a table header "Campaign Victims recovered" starts a line; "under Programme Aurora" does not
	static boolean midSentence(String text, int start) {
		int i = start - 1;
		while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
			i--;
		}
		int wordEnd = i + 1;
		while (i >= 0 && Character.isLetter(text.charAt(i))) {
			i--;
		}
		return wordEnd > 0 && (text.charAt(wordEnd - 1) == ',' || wordEnd - i > 1 && Character.isLowerCase(text.charAt(i + 1)));
	}

	/**
	 * @param words a candidate name's words
	 * @return whether they make a name: not a document or body ("Programme Board"), not only
	 *         generic words, acronyms and stop words ("the Government programme", "LLM programme")
	 */
	static boolean isName(List<String> words) {
		return isName(words, false);
	}

	/**
	 * @param words a candidate name's words
	 * @param beforeHead whether a head word follows them: "the Hotspot Action Fund programme"
	 *                   is a programme, so a fund may end them
	 * @return whether they make a name
	 */
	static boolean isName(List<String> words, boolean beforeHead) {
		if (words.isEmpty()) {
			return false;
		}
		String last = words.get(words.size() - 1);
		if (NOT_NAMES.contains(last) && !(beforeHead && FUNDS.contains(last))) {
			return false;
		}
		for (String word : words) {
			String bare = word.replaceAll("['’]s$", ""); //$NON-NLS-1$ //$NON-NLS-2$
			if (!(GENERIC.contains(bare) || bare.equals(bare.toUpperCase(Locale.ROOT)) || STOP_WORDS.contains(bare))) {
				return true;
			}
		}
		return false;
	}

	// a cheap test before any pattern runs: every name this recognizer finds holds one of these
	private static boolean mayName(String text) {
		if (operations(text)) {
			return true;
		}
		for (String clue : CLUES) {
			if (text.contains(clue)) {
				return true;
			}
		}
		return false;
	}

	// one scan for "Operation", "Op " and "Op. "
	private static boolean operations(String text) {
		for (int at = text.indexOf("Op"); at >= 0; at = text.indexOf("Op", at + 2)) { //$NON-NLS-1$ //$NON-NLS-2$
			if (text.startsWith("eration", at + 2) || text.startsWith(" ", at + 2) || text.startsWith(". ", at + 2)) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				return true;
			}
		}
		return false;
	}

	private static void add(List<Hit> hits, int start, int end, String base, String number) {
		if (overlaps(hits, start, end)) {
			return;
		}
		String id = number == null ? base : base + " " + number; //$NON-NLS-1$
		hits.add(new Hit(start, end, id, "operation", "Operation " + id)); //$NON-NLS-1$ //$NON-NLS-2$
	}

	static boolean overlaps(List<Hit> hits, int start, int end) {
		for (Hit hit : hits) {
			if (hit.start() < end && hit.end() > start) {
				return true;
			}
		}
		return false;
	}
}
