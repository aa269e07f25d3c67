package dossier.extract.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dossier.core.entity.Mention;
import dossier.extract.internal.OperationRecognizer.Hit;

/**
 * Finds named programmes, schemes and campaigns for {@link OperationRecognizer}: a name whose
 * head word is Programme, Scheme or Campaign (in either case), read backwards from the head
 * word over capitalised words and the connectors "for", "of", "and", "to", "on", "in"
 * ("Homes for Ukraine Scheme", "the FCDO's Food Security Safety Net programme"), or the head
 * word first ("under Programme Aurora"). The id is the name with its head word capitalised
 * ({@code Food Security Safety Net Programme}, {@code Programme Aurora}).
 * <p>
 * An acronym given in brackets is the same programme wherever it appears: "Global Threat
 * Reduction Programme (GTRP)", "the Ukraine Permission Extension (UPE) scheme"; so is the
 * name without its head word ("Global Threat Reduction" after "Global Threat Reduction
 * Programme"). Well-known programmes are also found by the names, aliases and acronyms of
 * {@link KnownProgrammes}, whatever their case.
 */
final class ProgrammeNames {

	private static final Pattern HEAD = Pattern.compile("(?<![\\w-])([Pp]rogramme|[Ss]cheme|[Cc]ampaign)(?![\\w-])"); //$NON-NLS-1$
	private static final Pattern HEAD_FIRST = Pattern.compile("^[ \\t]+([A-Z][\\w'’-]*(?:[ \\t]+[A-Z][\\w'’-]*){0,2})"); //$NON-NLS-1$
	private static final Pattern NAME_GOES_ON = Pattern.compile("[ \\t]+[A-Z][a-z]"); //$NON-NLS-1$
	private static final Pattern ACRONYM_AFTER = Pattern.compile("^[ \\t]*\\(([A-Z][A-Za-z]{1,9})\\)"); //$NON-NLS-1$
	private static final Pattern ACRONYM = Pattern.compile("\\(([A-Z][A-Za-z]{1,9})\\)"); //$NON-NLS-1$
	private static final Pattern CAPITALISED = Pattern.compile("[A-Z][\\w'’&-]*"); //$NON-NLS-1$
	private static final Set<String> CONNECTORS = Set.of("for", "of", "and", "to", "on", "in"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
	/** Words before a name that are not part of it: "the Previous Listed Places of Worship Grant Scheme". */
	private static final Set<String> MODIFIERS = Set.of("Previous", "Former", "Existing", "Current", "Proposed", "Planned", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
			"Revised", "Old", "Original", "Forthcoming", "Upcoming", "Predecessor", "Successor", "Replacement"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
	/** Plurals whose possessive is part of a name: "Children's", like "Mineworkers’". */
	private static final Set<String> PLURALS = Set.of("Children", "Women", "Men", "People"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	/** Last words of documents and bodies named after a programme, besides {@link OperationRecognizer#NOT_NAMES}. */
	private static final Set<String> DOCUMENTS = Set.of("Rules", "Regulation", "Evaluation", "Review", "Statistics", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			"Accounts", "Handbook", "Directions", "Bill", "Consultation"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
	private static final int MAX_WORDS = 7;

	private ProgrammeNames() {
	}

	/**
	 * Adds the programmes, schemes and campaigns in the text to the hits.
	 *
	 * @param text the document's text
	 * @param earlier the mentions found before (a name inside an agency's is not a programme)
	 * @param hits the hits so far; added to
	 */
	static void find(String text, List<Mention> earlier, List<Hit> hits) {
		known(text, earlier, hits);
		int read = hits.size();
		Map<String, String[]> aliases = new LinkedHashMap<>();
		List<int[]> heads = new ArrayList<>();
		Matcher m = HEAD.matcher(text);
		while (m.find()) {
			heads.add(new int[] { m.start(), m.end() });
			if (inside(earlier, m.start(), m.end())) {
				continue; // "World Food Programme" is an agency
			}
			String head = m.group(1);
			String type = head.toLowerCase(Locale.ROOT);
			String capitalised = Character.toUpperCase(head.charAt(0)) + type.substring(1);
			if (!backwards(text, m.start(), capitalised, type, earlier, hits, aliases) && Character.isUpperCase(head.charAt(0))) {
				headFirst(text, m, capitalised, type, earlier, hits);
			}
		}
		aliases.forEach((alias, idAndType) -> {
			Matcher bare = Pattern.compile("(?<![\\w-])" + Pattern.quote(alias) + "(?![\\w-])").matcher(text); //$NON-NLS-1$ //$NON-NLS-2$
			while (bare.find()) {
				if (!OperationRecognizer.overlaps(hits, bare.start(), bare.end()) && !inside(earlier, bare.start(), bare.end())
						&& !OperationRecognizer.NOT_NAMES.contains(nextWord(text, bare.end()))
						&& !NAME_GOES_ON.matcher(text).region(bare.end(), text.length()).lookingAt()) {
					hits.add(new Hit(bare.start(), bare.end(), idAndType[0], idAndType[1], idAndType[0]));
				}
			}
		});
		inAnyCase(text, earlier, hits, read, heads);
	}

	/**
	 * "the British industrial competitiveness scheme" in a question whose answer names the
	 * British Industrial Competitiveness Scheme: a name read in this text, with its head word
	 * and two words or more before it, is that programme in any case elsewhere in the text.
	 */
	private static void inAnyCase(String text, List<Mention> earlier, List<Hit> hits, int from, List<int[]> heads) {
		Map<String, Hit> names = new LinkedHashMap<>();
		for (Hit hit : hits.subList(from, hits.size())) {
			String[] words = text.substring(hit.start(), hit.end()).split("\\s+"); //$NON-NLS-1$
			if (words.length >= 3 && HEAD.matcher(words[words.length - 1]).matches()) {
				names.putIfAbsent(String.join(" ", words), hit); //$NON-NLS-1$
			}
		}
		// each name ends in a head word: compared, ignoring case, only where one is written
		names.forEach((name, hit) -> {
			for (int[] head : heads) {
				int start = head[1] - name.length();
				if (start >= 0 && text.regionMatches(true, start, name, 0, name.length())
						&& (start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1)) && text.charAt(start - 1) != '-')
						&& !OperationRecognizer.overlaps(hits, start, head[1]) && !inside(earlier, start, head[1])) {
					hits.add(new Hit(start, head[1], hit.id(), hit.type(), hit.display()));
				}
			}
		});
	}

	/**
	 * The programmes of {@link KnownProgrammes} in the text, before any other name is read so
	 * that their canonical names win. A known name may go on ("ACRS Pathway 1", "the
	 * Mineworkers’ Pension Scheme Trustees", "Homes for Ukraine Thank You payments") unless
	 * the longer name is a document's or a body's ("the Local Government Pension Scheme
	 * Regulations 2013", "the GTRP Ministerial Oversight Board").
	 */
	private static void known(String text, List<Mention> earlier, List<Hit> hits) {
		for (KnownProgrammes.Found found : KnownProgrammes.shared().find(text)) {
			int start = found.start();
			int end = found.end();
			if (OperationRecognizer.overlaps(hits, start, end) || inside(earlier, start, end) || namesSomethingElse(text, end)) {
				continue;
			}
			String id = found.programme().id();
			hits.add(new Hit(start, end, id, found.programme().type(), id));
		}
	}

	/** @return whether the capitalised words after end (on its line) end in a document's or a body's word */
	private static boolean namesSomethingElse(String text, int end) {
		String last = null;
		int at = end;
		for (int words = 0; words < 5; words++) {
			int from = at;
			while (from < text.length() && (text.charAt(from) == ' ' || text.charAt(from) == '\t')) {
				from++;
			}
			int to = from;
			while (to < text.length() && Character.isLetterOrDigit(text.charAt(to))) {
				to++;
			}
			if (from == at || to == from || !Character.isUpperCase(text.charAt(from))) {
				break;
			}
			last = text.substring(from, to);
			at = to;
		}
		return last != null && (OperationRecognizer.NOT_NAMES.contains(last) || DOCUMENTS.contains(last));
	}

	// reads "Word Word (ACR) for Word" back from the head word; false when no name is there
	private static boolean backwards(String text, int headStart, String head, String type, List<Mention> earlier, List<Hit> hits,
			Map<String, String[]> aliases) {
		List<int[]> words = new ArrayList<>(); // {start, end}, last word first
		String acronym = null;
		int acronymAt = -1;
		int at = headStart;
		while (words.size() < MAX_WORDS) {
			int end = at;
			while (end > 0 && (text.charAt(end - 1) == ' ' || text.charAt(end - 1) == '\t')) {
				end--;
			}
			if (end == at || end == 0) {
				break;
			}
			int start = end;
			while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
				start--;
			}
			// "the ‘Stop and Think’ campaign": quotes around a name are not part of it
			if (words.isEmpty() && acronym == null) {
				end = withoutClosingQuote(text, start, end);
			}
			boolean opened = end - start > 1 && OPENING_QUOTES.indexOf(text.charAt(start)) >= 0;
			if (opened) {
				start++;
			}
			String word = text.substring(start, end);
			Matcher a = ACRONYM.matcher(word);
			if (a.matches() && acronym == null) {
				acronym = a.group(1);
				acronymAt = start;
				if (!words.isEmpty()) {
					break; // "(CRAFT) for Sustainable Development programme": the name starts with the acronym
				}
			} else if ((word.endsWith("'s") || word.endsWith("’s")) && !PLURALS.contains(word.substring(0, word.length() - 2)) //$NON-NLS-1$ //$NON-NLS-2$
					|| word.matches(".*-[a-z].*")) { //$NON-NLS-1$
				// "the FCDO's ...", "Defra-funded ...": the name starts after it; a plural's
				// possessive is part of it ("Mineworkers’ Pension Scheme", "Children's ...")
				break;
			} else if (CONNECTORS.contains(word) && !words.isEmpty() && !opened) {
				String before = unquoted(previousWord(text, start));
				if (before == null || OperationRecognizer.NOT_NAMES.contains(before)
						|| !CAPITALISED.matcher(before).matches() && !ACRONYM.matcher(before).matches()
						|| before.length() > 1 && before.equals(before.toUpperCase(Locale.ROOT)) && !ACRONYM.matcher(before).matches()) {
					break; // "Pension Protection Fund and Financial Assistance Scheme", "Op FORTITUDE and ... programme"
				}
				words.add(new int[] { start, end });
			} else if (CAPITALISED.matcher(word).matches() && !inside(earlier, start, end)) {
				words.add(new int[] { start, end });
				if (opened) {
					break; // the name starts at its opening quote
				}
			} else if (word.startsWith("(") && CAPITALISED.matcher(word).region(1, word.length()).matches()) { //$NON-NLS-1$
				words.add(new int[] { start + 1, end }); // "WRAP (Waste and Resources Action Programme)"
				break;
			} else {
				break;
			}
			at = start;
		}
		List<int[]> read = List.copyOf(words);
		while (!words.isEmpty() && !isNameWord(text, words.get(words.size() - 1))) {
			words.remove(words.size() - 1); // "The", "and": not the first word of a name
		}
		List<String> name = new ArrayList<>();
		for (int i = words.size() - 1; i >= 0; i--) {
			name.add(text.substring(words.get(i)[0], words.get(i)[1]));
		}
		boolean acronymFirst = acronym != null && !name.isEmpty() && acronymAt < words.get(words.size() - 1)[0];
		if (acronymFirst) { // "CRAFT for Sustainable Development": the connector after the acronym stays
			name.clear();
			name.add(acronym);
			for (int i = read.size() - 1; i >= 0; i--) {
				name.add(text.substring(read.get(i)[0], read.get(i)[1]));
			}
		}
		if (!OperationRecognizer.isName(name, true) || NAME_GOES_ON.matcher(text).region(headStart + head.length(), text.length()).lookingAt()) {
			return false; // "the Afghanistan Country Programme Evaluation" is a document
		}
		if (name.size() == 1 && Character.isLowerCase(text.charAt(headStart)) && !"the".equalsIgnoreCase(wordBefore(text, words.get(0)[0], earlier))) { //$NON-NLS-1$
			return false; // "eligible Ukraine scheme visa holders": a kind of scheme, not one named
		}
		String id = String.join(" ", name) + " " + head; //$NON-NLS-1$ //$NON-NLS-2$
		int start = acronymFirst ? expansionStart(text, acronymAt) : words.get(words.size() - 1)[0];
		int end = acronym != null && !acronymFirst ? words.get(0)[1] : headStart + head.length();
		if (OperationRecognizer.overlaps(hits, start, end)) {
			return true;
		}
		hits.add(new Hit(start, end, id, type, id));
		if (acronym != null && !acronymFirst && !OperationRecognizer.overlaps(hits, acronymAt + 1, acronymAt + 1 + acronym.length())) {
			hits.add(new Hit(acronymAt + 1, acronymAt + 1 + acronym.length(), id, type, id)); // "(UPE) scheme"
			aliases.putIfAbsent(acronym, new String[] { id, type });
		}
		Matcher after = ACRONYM_AFTER.matcher(text.substring(headStart + head.length(), Math.min(text.length(), headStart + head.length() + 14)));
		if (after.find()) {
			aliases.putIfAbsent(after.group(1), new String[] { id, type }); // "Global Threat Reduction Programme (GTRP)"
		}
		if (name.size() > 2 && !acronymFirst) { // "Legal Aid" of "Legal Aid Scheme" is too common a phrase
			aliases.putIfAbsent(String.join(" ", name), new String[] { id, type }); //$NON-NLS-1$
		}
		return true;
	}

	private static final String OPENING_QUOTES = "‘“\"'"; //$NON-NLS-1$

	/** @return end, less a closing quote; a plural's possessive ("Mineworkers’") keeps its apostrophe */
	private static int withoutClosingQuote(String text, int start, int end) {
		if (end - start < 2) {
			return end;
		}
		char last = text.charAt(end - 1);
		if (last == '”' || last == '"' || (last == '’' || last == '\'') && text.charAt(end - 2) != 's') {
			return end - 1;
		}
		return end;
	}

	private static String unquoted(String word) {
		return word != null && word.length() > 1 && OPENING_QUOTES.indexOf(word.charAt(0)) >= 0 ? word.substring(1) : word;
	}

	private static boolean isNameWord(String text, int[] word) {
		String w = text.substring(word[0], word[1]);
		return !CONNECTORS.contains(w) && !OperationRecognizer.STOP_WORDS.contains(w) && !w.equals("A") //$NON-NLS-1$
				&& !MODIFIERS.contains(w);
	}

	// "the MOD Specsavers scheme": the word before the name, past an agency that runs it
	private static String wordBefore(String text, int start, List<Mention> earlier) {
		String before = previousWord(text, start > 0 && OPENING_QUOTES.indexOf(text.charAt(start - 1)) >= 0 ? start - 1 : start);
		if (before == null) {
			return null;
		}
		int at = text.lastIndexOf(before, start);
		for (Mention mention : earlier) {
			if (mention.start() <= at && at < mention.end()) {
				return previousWord(text, mention.start());
			}
		}
		return before;
	}

	// "Global Threat Reduction Strategy": the word after a name without its head word
	private static String nextWord(String text, int end) {
		int from = end;
		while (from < text.length() && (text.charAt(from) == ' ' || text.charAt(from) == '\t')) {
			from++;
		}
		int to = from;
		while (to < text.length() && Character.isLetter(text.charAt(to))) {
			to++;
		}
		return text.substring(from, to);
	}

	private static String previousWord(String text, int start) {
		int end = start;
		while (end > 0 && (text.charAt(end - 1) == ' ' || text.charAt(end - 1) == '\t')) {
			end--;
		}
		int from = end;
		while (from > 0 && !Character.isWhitespace(text.charAt(from - 1))) {
			from--;
		}
		return from < end ? text.substring(from, end) : null;
	}

	// "Congo Rainforest Alliance for Forest Training (CRAFT)": the span starts with the spelt-out name
	private static int expansionStart(String text, int acronymAt) {
		int start = acronymAt;
		int at = acronymAt;
		while (true) {
			String word = previousWord(text, at);
			if (word == null || !(CAPITALISED.matcher(word).matches() || CONNECTORS.contains(word))) {
				return start;
			}
			at = text.lastIndexOf(word, at);
			if (!CONNECTORS.contains(word)) {
				start = at;
			}
		}
	}

	// "under Programme Aurora"; a table header "Campaign Victims recovered" starts a line and is not
	private static void headFirst(String text, Matcher m, String head, String type, List<Mention> earlier, List<Hit> hits) {
		Matcher name = HEAD_FIRST.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 60)));
		if (!name.find()) {
			return;
		}
		List<String> words = new ArrayList<>(List.of(name.group(1).split("[ \\t]+"))); //$NON-NLS-1$
		int start = m.start();
		int end = m.end() + name.end(1);
		if (OperationRecognizer.STOP_WORDS.contains(words.get(0)) || !OperationRecognizer.midSentence(text, start)
				|| !OperationRecognizer.isName(words) || inside(earlier, m.end(), end) || OperationRecognizer.overlaps(hits, start, end)) {
			return;
		}
		String id = head + " " + String.join(" ", words); //$NON-NLS-1$ //$NON-NLS-2$
		hits.add(new Hit(start, end, id, type, id));
	}

	private static boolean inside(List<Mention> earlier, int start, int end) {
		for (Mention mention : earlier) {
			if (mention.start() < end && mention.end() > start) {
				return true;
			}
		}
		return false;
	}
}
