package dossier.extract.internal;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dossier.core.entity.Mention;

/**
 * Reads what a sentence says about one money amount: who receives it, for when, for what,
 * and whether it is funding at all. All of it is by cue words; nothing is guessed when the
 * words are not there.
 */
final class FundingClues {

	// agency, then these words, then the amount: "SOCA receives an overall budget of £400 million"
	// "allocated" and the like only in the passive: "the NHS AI Lab has allocated £113 million" gives, not receives
	// an agency that spends money is not its recipient (RULES.md): "the Home Office has spent £37 million through ..."
	private static final Pattern SUBJECT = Pattern.compile("\\b(?:receiv\\w*|gets?|got|budgets?|funding|grants?|" //$NON-NLS-1$
			+ "income|allocations?|(?:is|are|was|were|be|been|being)\\s+(?:allocated|awarded|given|granted|funded|paid))\\b"); //$NON-NLS-1$
	// the agency gives rather than receives: "The Home Office provided a startup grant of £300,000"
	private static final Pattern GIVER = Pattern.compile("^(?:(?!\\b(?:is|are|was|were|be|been|being)\\s).)*?\\b(?:provid(?:es|ed)|gave|gives|" //$NON-NLS-1$
			+ "awards|awarded|allocates|allocated|committ(?:ed|s)|invest(?:s|ed)|contribut(?:es|ed)|made|makes)\\b"); //$NON-NLS-1$
	// these words, then the agency: "fund the UKHTC to the tune of £4.5million"
	private static final Pattern OBJECT = Pattern.compile("\\b(?:fund|funds|funded|funding|finance[sd]?|financing|give[sn]?|giving|gave|" //$NON-NLS-1$
			+ "allocat\\w*|award\\w*|grant\\w*|provid\\w*|pa(?:y|id|ying)|invest\\w* in|support\\w*|budgets?|money|allocations?)" //$NON-NLS-1$
			+ "(?:\\s+(?:for|to))?\\s+(?:the\\s+)?$"); //$NON-NLS-1$
	// the amount, then these words, then the agency: "£5m of new funding to the NCA"
	// "£7 million of UK assistance to UNRWA", "£21 million support to UNRWA", "£3.5 million over three years for the PCeU"
	private static final Pattern AFTER = Pattern.compile("^\\s*(?:(?:of|in)\\s+(?:the\\s+)?(?:(?:new|additional|extra|uk|british|humanitarian|" //$NON-NLS-1$
			+ "life-saving|core|\\w+['’]s)\\s+)*(?:funding|grants?|investment|support|budget|assistance|aid)\\s+)?" //$NON-NLS-1$
			+ "(?:(?:budget|grant|allocation|support|assistance|aid|funding)\\s+)?" //$NON-NLS-1$
			+ "(?:(?:over|across)\\s+(?:the\\s+)?(?:next\\s+|last\\s+)?\\w+\\s+years?\\s+|(?:in|for|by|from|until)\\s+\\d{4}(?:[-/]\\d{2,4})?\\s+|" //$NON-NLS-1$
			+ "(?:per|a|each)\\s+(?:year|annum)\\s+)*+" //$NON-NLS-1$
			+ "(?:(?:has|have)\\s+been\\s+|was\\s+|were\\s+|is\\s+|will\\s+be\\s+)?(?:(?:allocated|awarded|given|granted|provided|paid|" //$NON-NLS-1$
			+ "made\\s+available|distributed)\\s+)?(?:to|for|towards)\\s+(?:the\\s+)?$"); //$NON-NLS-1$
	// (lookbehinds come after their words, so that they are tried only where the word is)
	// RULES.md: thresholds, tax bills, rounding units and per-head figures are not funding ("turnover threshold",
	// "to the nearest £1 million", "lives on less than 16p a day"); "life-saving" is no saving
	// RULES.md: government spending on a policy area is funding ("the £15.3 billion cost of asylum accommodation",
	// "the cost of eye tests through the MOD scheme was £38,277"); a cost to the economy, to business or to others,
	// a social or economic cost, and a unit cost ("the cost of a passport", "cost per prisoner") are not
	// read at each "cost" of a clause (found with indexOf): the words before it and after it
	private static final Pattern COST_BEFORE = Pattern.compile("\\b(?:social|economic|societal|unit|average)\\s+$"); //$NON-NLS-1$
	private static final Pattern COST_AFTER = Pattern.compile("^(?:(?:ing|ed)\\b|s?\\s+(?:to|for|on)\\s+(?:the\\s+)?" //$NON-NLS-1$
			+ "(?:economy|society|business\\w*|employers?|consumers?|households?|industry|individuals?|families|victims?|those|firms?|" //$NON-NLS-1$
			+ "public|applicants?|users?|landlords?|tenants?|customers?|passengers?|motorists?|drivers?)\\b|" //$NON-NLS-1$
			+ "(?:s|ing)?\\s+(?:the\\s+)?(?:economy|society|business\\w*|employers?|consumers?|households?|taxpayers?)\\b|" //$NON-NLS-1$
			+ "s?\\s+(?:of\\s+an?|per)\\b)"); //$NON-NLS-1$
	private static final Pattern NOT_FUNDING = Pattern.compile("\\b(?:fined?|fines|penalt(?:y|ies)|prices?|priced|" //$NON-NLS-1$
			+ "salar(?:y|ies)|pay|wages?|earn\\w*|compensation|compensated|damages|charged?|charges|fees?|levy|tax(?:es)?|debts?|" //$NON-NLS-1$
			+ "worth(?<!(?:package|deal|settlement|investment|funding|support|grants?|programme)\\sworth)|valued?|sold|sale|bonus(?:es)?|remuneration|sav(?<!-sav)ings?|cuts?|fallaway|overspend|shortfall|ransom|bail|" //$NON-NLS-1$
			+ "turnover|thresholds?|nearest|rounded|rounding|precepts?|referendum|bills?|lives?\\s+on|living\\s+on|" //$NON-NLS-1$
			+ "surplus(?:es)?|receipts|proceeds|fares?|per\\s+(?:head|capita))\\b"); //$NON-NLS-1$
	// a rate per unit: "reduce electricity costs by £35-40/MWh"
	private static final Pattern PER_UNIT = Pattern.compile("^(?:\\s?[-–]\\s?[\\d.,]+)?\\s?/\\s?[a-z]"); //$NON-NLS-1$
	// RULES.md: money the Government receives is not funding ("The Government has received £4.8bn as its share of surplus")
	private static final Pattern GOVERNMENT_RECEIVES = Pattern.compile("\\b(?:government|exchequer|treasury)(?:\\s+\\w+){0,2}?\\s+" //$NON-NLS-1$
			+ "(?:received|receives|receive|collected|collects|raised|raises|recovered|recovers|gained|earned)\\s+" //$NON-NLS-1$
			+ "(?:(?:a\\s+total\\s+of|in\\s+total|around|about|approximately|over|more\\s+than|some|almost|nearly)\\s+)?$"); //$NON-NLS-1$
	private static final Pattern FUNDING = Pattern.compile("\\b(?:fund(?:s|ed|ing)?|budgets?|allocat\\w*|grants?|invest\\w*|spend(?:s|ing)?|" //$NON-NLS-1$
			+ "spent|receiv\\w*|awarded|provid\\w*|to the tune of|financ\\w*|donat\\w*|contribut\\w*|aid|commit\\w*|pledg\\w*|" //$NON-NLS-1$
			+ "assistance|humanitarian)\\b"); //$NON-NLS-1$
	// the amount, then what it is for, then the agency: "invested £13.1 million this year to establish the new NCVPP"
	private static final Pattern TO_SET_UP = Pattern.compile("^\\s*(?:(?:this|last|next|each|a|per)\\s+(?:year|annum)\\s+|" //$NON-NLS-1$
			+ "(?:in|for)\\s+\\d{4}(?:[-/]\\d{2,4})?\\s+)?(?:to|in\\s+order\\s+to)\\s+(?:help\\s+)?(?:establish|set\\s+up|create|launch|fund|" //$NON-NLS-1$
			+ "finance|support|expand|run)\\s+(?:the\\s+)?(?:new\\s+)?$"); //$NON-NLS-1$
	// an amount its owner has: "Based on their £2,237,478 allocation ..., Norfolk Police are projected to grow"
	private static final Pattern POSSESSED = Pattern.compile("\\b(?:their|its)\\s+(?:(?:total|annual|overall|core|additional|own)\\s+)?$"); //$NON-NLS-1$
	private static final Pattern POSSESSED_AFTER = Pattern.compile("^\\s*(?:[\\w-]+\\s+)?(?:allocation|budget|funding|grant|settlement|uplift)\\b"); //$NON-NLS-1$
	// an amount given to what an agency named before has: "the UNTF ..., with the UK committing £2 million to their window"
	private static final Pattern TO_THEIR = Pattern.compile("^\\s*(?:(?:over|across|in|for)\\s+[\\w-]+\\s+)?(?:to|for|towards|into)\\s+(?:their|its)\\b"); //$NON-NLS-1$
	// "The World Food Programme, for which we also announced £6m"
	private static final Pattern RELATIVE = Pattern.compile("^[\\s,]*(?:for|to)\\s+which\\b"); //$NON-NLS-1$
	// "the United Nations Mine Action Service (UNMAS)": the bracketed acronym names the body exactly
	private static final Pattern BRACKETED = Pattern
			.compile("^(?:[\\s,]*+(?:[A-Z][\\w'’.-]*+|(?:of|for|the|and|on|in|to)\\b|&))*+\\s*\\($"); //$NON-NLS-1$
	// "Essex Police will receive £431.1 million, an increase of up to £24.9 million"
	private static final Pattern CHANGE_OF = Pattern.compile("^[^.;£€$]{0,60}?\\b(?:increase|rise|uplift|reduction|decrease|cut|change)" //$NON-NLS-1$
			+ "\\s+(?:in\\s+\\w+\\s+)?of\\s+(?:up\\s+to\\s+|around\\s+|about\\s+|over\\s+|more\\s+than\\s+)?$"); //$NON-NLS-1$
	// "the EA received a £64 million booster funding ..., in addition to £38 million to upgrade the Foss Barrier"
	private static final Pattern MORE_OF = Pattern.compile("\\b(?:in\\s+addition\\s+to|as\\s+well\\s+as|on\\s+top\\s+of|plus|" //$NON-NLS-1$
			+ "and\\s+(?:a|an)\\s+(?:further|additional|extra))\\s+(?:a\\s+further\\s+|an?\\s+(?:additional|extra)\\s+)?" //$NON-NLS-1$
			+ "(?:up\\s+to\\s+|around\\s+|about\\s+|over\\s+|more\\s+than\\s+)?$"); //$NON-NLS-1$
	// "£1 million of the UK's £21 million": a part of the next amount
	private static final Pattern PART_OF = Pattern.compile("^\\s+of\\s+(?:(?:the|this|our|its|their)\\s+)?(?:\\w+['’]s\\s+)?(?:total\\s+|overall\\s+)?$"); //$NON-NLS-1$
	private static final Pattern[] PERIODS = {
			Pattern.compile("(?:for|over|during|in|across|throughout)\\s+(?:the\\s+)?((?:(?:current|next|this|last|previous|present|whole)\\s+)?" //$NON-NLS-1$
					+ "spending\\s+review(?:\\s+period)?)"), //$NON-NLS-1$
			Pattern.compile("((?:over|across)\\s+(?:the\\s+(?:next|last|past)\\s+)?(?:\\d+|two|three|four|five|six|seven|eight|nine|ten)\\s+years)"), //$NON-NLS-1$
			Pattern.compile("\\b((?:19|20)\\d{2}\\s?[-/–]\\s?(?:19|20)?\\d{2}(?:\\s+(?:to|and)\\s+(?:19|20)\\d{2}[-/–]\\d{2,4})?)(?![\\w-])"), //$NON-NLS-1$
			Pattern.compile("\\b(per\\s+(?:year|annum|month|week)|p\\.a\\.|a\\s+(?:year|month|week)|each\\s+year|every\\s+year|annually|annual|weekly|monthly)(?![\\w])"), //$NON-NLS-1$
			Pattern.compile("\\b(?:in|during|for|since)\\s+((?:19|20)\\d{2})(?![\\w/–-])") }; //$NON-NLS-1$
	private static final Pattern PURPOSE = Pattern.compile("\\b(to|for|towards)\\s+([a-z][\\w'’-]*)"); //$NON-NLS-1$
	private static final Set<String> NOT_PURPOSE = Set.of("the", "a", "an", "be", "date", "this", "that", "these", "those", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
			"its", "their", "our", "his", "her", "each", "every", "all", "over", "around", "about", "which", "whom", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$
			"per", "up", "more", "less", "several", "some", "one", "two", "three", "it", "them", "year", "years"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$
	private static final Pattern PURPOSE_END = Pattern.compile("[,;:.()]|\\s(?:and|but|while|which|whereas)\\s+(?=[A-Z]|we\\b|it\\b)|\\s[£€$]"); //$NON-NLS-1$
	private static final int MAX_PURPOSE = 80;
	private static final int TABLE_CELL = 40;
	private static final Pattern NAME_WORD = Pattern.compile("(?:\\p{Lu}|\\p{Ll}+-\\p{Lu}).*"); //$NON-NLS-1$
	private static final Set<String> SPELT_OUT_CONNECTORS = Set.of("of", "for", "and", "on", "in", "to"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$

	private FundingClues() {
	}

	/**
	 * @param text the document's text
	 * @param sentence the amount's sentence
	 * @param start the amount's first character
	 * @param end just past its last
	 * @param others the other amounts' spans in the document ({@code {start, end}})
	 * @param agencies the agency mentions
	 * @return the entity id of the agency the sentence says receives the amount, or ""
	 */
	static String recipient(String text, int[] sentence, int start, int end, List<int[]> others, List<Mention> agencies) {
		Mention best = null;
		int bestDistance = Integer.MAX_VALUE;
		for (Mention agency : agencies) {
			if (agency.start() < sentence[0] || agency.end() > sentence[1] || between(others, agency, start, end)) {
				continue;
			}
			boolean related;
			int distance;
			if (agency.end() <= start) {
				String before = text.substring(Math.max(sentence[0], agency.start() - 40), agency.start()).toLowerCase(Locale.ROOT);
				String between = text.substring(agency.end(), start).toLowerCase(Locale.ROOT);
				related = SUBJECT.matcher(between).find() && !GIVER.matcher(between).find() || OBJECT.matcher(before).find()
						|| RELATIVE.matcher(between).find();
				distance = start - agency.end();
			} else if (agency.start() >= end) {
				String gap = text.substring(end, agency.start());
				String lower = gap.toLowerCase(Locale.ROOT);
				related = AFTER.matcher(lower).find() || AFTER.matcher(withoutSpeltOut(gap).toLowerCase(Locale.ROOT)).find()
						|| TO_SET_UP.matcher(lower).find();
				distance = agency.start() - end;
			} else {
				continue;
			}
			if (related && distance < bestDistance && distance < 200) {
				best = agency;
				bestDistance = distance;
			}
		}
		if (best == null) {
			best = owner(text, sentence, start, end, others, agencies);
		}
		return best == null ? "" : bracketed(text, sentence, best, agencies).entityId(); //$NON-NLS-1$
	}

	/**
	 * @return the agency that a possessive names as the amount's owner: the nearest in the
	 *         sentence for "their £2m allocation", the nearest before for "£2m to their
	 *         window"; null when there is no such possessive or no such agency
	 */
	private static Mention owner(String text, int[] sentence, int start, int end, List<int[]> others, List<Mention> agencies) {
		String before = text.substring(Math.max(sentence[0], start - 30), start).toLowerCase(Locale.ROOT);
		String after = text.substring(end, Math.min(sentence[1], end + 40)).toLowerCase(Locale.ROOT);
		boolean possessed = POSSESSED.matcher(before).find() && POSSESSED_AFTER.matcher(after).find();
		boolean toTheir = !possessed && TO_THEIR.matcher(after).find();
		if (!possessed && !toTheir) {
			return null;
		}
		Mention best = null;
		int bestDistance = Integer.MAX_VALUE;
		for (Mention agency : agencies) {
			if (agency.start() < sentence[0] || agency.end() > sentence[1] || between(others, agency, start, end)
					|| toTheir && agency.end() > start) {
				continue;
			}
			int distance = agency.end() <= start ? start - agency.end() : agency.start() - end;
			if (distance >= 0 && distance < bestDistance) {
				best = agency;
				bestDistance = distance;
			}
		}
		return best;
	}

	// "for the Police Central e-Crime Unit (" before "PCeU": what comes before the spelt-out name
	private static String withoutSpeltOut(String gap) {
		if (!gap.endsWith("(")) { //$NON-NLS-1$
			return gap;
		}
		String[] words = gap.substring(0, gap.length() - 1).strip().split("\\s+"); //$NON-NLS-1$
		int keep = words.length;
		while (keep > 0 && (NAME_WORD.matcher(words[keep - 1]).matches() || keep < words.length
				&& SPELT_OUT_CONNECTORS.contains(words[keep - 1]))) {
			keep--;
		}
		while (keep < words.length && !NAME_WORD.matcher(words[keep]).matches()) {
			keep++; // the name starts with a capital: "for the" stays outside
		}
		if (keep == words.length) {
			return gap;
		}
		return gap.substring(0, gap.indexOf(words[0])) + String.join(" ", List.of(words).subList(0, keep)) + " "; //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static Mention bracketed(String text, int[] sentence, Mention found, List<Mention> agencies) {
		for (Mention agency : agencies) {
			if (agency.start() > found.end() && agency.start() - found.end() < 120 && agency.end() <= sentence[1]
					&& BRACKETED.matcher(text.substring(found.end(), agency.start())).find()) {
				return agency;
			}
		}
		return found;
	}

	/**
	 * @param text the document's text
	 * @param sentence the amount's sentence
	 * @param amounts the amounts in the document
	 * @param i the amount's index
	 * @param recipients the recipients of the amounts before it
	 * @return the recipient of the amount before when this one is a change of it ("£431.1 million,
	 *         an increase of up to £24.9 million") or comes on top of it ("received £64 million
	 *         ..., in addition to £38 million"), else ""
	 */
	static String shared(String text, int[] sentence, List<MoneyAmounts.Amount> amounts, int i, String[] recipients) {
		if (i == 0 || recipients[i - 1].isEmpty() || amounts.get(i - 1).start() < sentence[0]) {
			return ""; //$NON-NLS-1$
		}
		String between = text.substring(amounts.get(i - 1).end(), amounts.get(i).start()).toLowerCase(Locale.ROOT);
		return CHANGE_OF.matcher(between).find() || MORE_OF.matcher(between).find() ? recipients[i - 1] : ""; //$NON-NLS-1$
	}

	/**
	 * @param text the document's text
	 * @param cell the start of a table cell that holds only an amount
	 * @param agencies the agency mentions
	 * @return the one agency that the paragraph introducing the table names when it speaks of
	 *         funding ("The total funding amounts for West Mercia can be found in the table
	 *         below."), or ""
	 */
	static String tableIntro(String text, int cell, List<Mention> agencies) {
		int at = cell;
		for (int rows = 0; rows < 60; rows++) {
			int i = at - 1;
			while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
				i--;
			}
			if (i < 0) {
				return ""; //$NON-NLS-1$
			}
			int[] sentence = SentenceBounds.around(text, i);
			if (sentence[1] - sentence[0] > TABLE_CELL) { // the paragraph above the table
				int from = text.lastIndexOf('\n', sentence[0]) + 1;
				String intro = text.substring(from, sentence[1]).toLowerCase(Locale.ROOT);
				if (!intro.contains("table") || !FUNDING.matcher(intro).find()) { //$NON-NLS-1$
					return ""; //$NON-NLS-1$
				}
				List<String> ids = agencies.stream().filter(a -> a.start() >= from && a.end() <= sentence[1])
						.map(Mention::entityId).distinct().toList();
				return ids.size() == 1 ? ids.get(0) : ""; //$NON-NLS-1$
			}
			at = sentence[0];
		}
		return ""; //$NON-NLS-1$
	}

	/**
	 * @param text the document's text
	 * @param end the end of an amount
	 * @param next the start of the amount after it
	 * @return whether the first is a part of the second ("£1 million of the UK's £21 million")
	 */
	static boolean partOf(String text, int end, int next) {
		return next - end < 40 && PART_OF.matcher(text.substring(end, next).toLowerCase(Locale.ROOT)).find();
	}

	private static boolean between(List<int[]> others, Mention agency, int start, int end) {
		int from = Math.min(agency.end(), end);
		int to = Math.max(agency.start(), start);
		for (int[] other : others) {
			if (other[0] != start && other[0] >= from && other[1] <= to) {
				return true; // the agency belongs to that other amount
			}
		}
		return false;
	}

	/**
	 * @param clause the text around the amount that belongs to it
	 * @param at the amount's offset within the clause
	 * @param atEnd the amount's end within the clause
	 * @return "false" when a cue for a fine, price, cost, salary or compensation is nearer
	 *         than any funding cue, else "true"
	 */
	static String funding(String clause, int at, int atEnd) {
		String lower = clause.toLowerCase(Locale.ROOT);
		if (GOVERNMENT_RECEIVES.matcher(lower.substring(Math.max(0, at - 80), at)).find()
				|| PER_UNIT.matcher(lower.substring(atEnd, Math.min(lower.length(), atEnd + 16))).find()) {
			return "false"; //$NON-NLS-1$
		}
		int not = nearest(NOT_FUNDING.matcher(lower), at, atEnd);
		for (int c = lower.indexOf("cost"); c >= 0; c = lower.indexOf("cost", c + 4)) { //$NON-NLS-1$ //$NON-NLS-2$
			if (costNotFunding(lower, c)) {
				int e = c + 4;
				while (e < lower.length() && Character.isLetter(lower.charAt(e))) {
					e++;
				}
				not = Math.min(not, distance(c, e, at, atEnd));
			}
		}
		int yes = nearest(FUNDING.matcher(lower), at, atEnd);
		return not < yes ? "false" : "true"; //$NON-NLS-1$ //$NON-NLS-2$
	}

	/**
	 * @param clause the text around the amount that belongs to it
	 * @param at the amount's offset within the clause
	 * @param atEnd the amount's end within the clause
	 * @return the period nearest the amount ("current spending review period", "2009-10",
	 *         "over three years", "per year"), or ""
	 */
	static String period(String clause, int at, int atEnd) {
		String best = ""; //$NON-NLS-1$
		int bestDistance = Integer.MAX_VALUE;
		for (Pattern pattern : PERIODS) {
			Matcher m = pattern.matcher(clause);
			while (m.find()) {
				int d = distance(m.start(), m.end(), at, atEnd);
				if (d < bestDistance) {
					best = m.group(1).replaceAll("\\s+", " "); //$NON-NLS-1$ //$NON-NLS-2$
					bestDistance = d;
				}
			}
		}
		return best;
	}

	/**
	 * @param clause the text around the amount that belongs to it
	 * @param atEnd the amount's end within the clause
	 * @return the first "to ..."/"for ..." phrase after the amount that is not a period or a
	 *         recipient ("to tackle human trafficking", "for victim support"), or ""
	 */
	static String purpose(String clause, int atEnd) {
		Matcher m = PURPOSE.matcher(clause);
		m.region(atEnd, clause.length());
		while (m.find()) {
			String word = m.group(2);
			if (NOT_PURPOSE.contains(word) || word.equals("tune") || !period(clause.substring(m.start(), //$NON-NLS-1$
					Math.min(clause.length(), m.end() + 30)), 0, 0).isEmpty() && m.group(1).equals("for")) { //$NON-NLS-1$
				continue;
			}
			String rest = clause.substring(m.start());
			Matcher stop = PURPOSE_END.matcher(rest);
			int end = stop.find() ? stop.start() : rest.length();
			String phrase = rest.substring(0, Math.min(end, MAX_PURPOSE)).strip();
			return phrase.replaceAll("\\s+", " ").replaceAll("\\s+(?:and|or|in|of|by|the|a|to)$", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		}
		return ""; //$NON-NLS-1$
	}

	/** @return whether the "cost" at c is a cost borne by others, social or economic, or per unit ("costing" and "costed" too) */
	private static boolean costNotFunding(String lower, int c) {
		if (c > 0 && Character.isLetter(lower.charAt(c - 1))) {
			return false; // "accost"
		}
		return COST_AFTER.matcher(lower).region(c + 4, Math.min(lower.length(), c + 60)).lookingAt()
				|| COST_BEFORE.matcher(lower).region(Math.max(0, c - 12), c).find();
	}

	private static int nearest(Matcher m, int at, int atEnd) {
		int best = Integer.MAX_VALUE;
		while (m.find()) {
			best = Math.min(best, distance(m.start(), m.end(), at, atEnd));
		}
		return best;
	}

	private static int distance(int start, int end, int at, int atEnd) {
		return end <= at ? at - end : start >= atEnd ? start - atEnd : 0;
	}
}
