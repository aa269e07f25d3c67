package dossier.extract.internal;

import java.util.Set;

/**
 * The regular shapes of body names the gazetteer may not list: "X Police", "X
 * Constabulary", "the X Agency" (or Commission, Authority, Office, Centre, Service, Council,
 * Board, Inspectorate; also "the new X Centre"; with a subject: "the X Centre for Y"), "the
 * X Unit" and "the X Command" of law enforcement,
 * "Ministry of X", "Department for X", "Department of X" and "Office for X", where X is one
 * or more capitalised words. Not shapes: local councils, committees and boards named for
 * what they oversee, places ("the Manston Processing Centre"), high commissions, and names
 * that go on past their head word ("the Wider Service Medal").
 */
final class AgencyShapes {

	/** A shape found: tokens first to last (inclusive) name a body of that type. */
	record Shape(int first, int last, String type) {
	}

	/** The last word of "the X ..." names. */
	static final Set<String> HEADS = Set.of("Agency", "Commission", "Authority", "Office", "Centre", "Service", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
			"Council", "Board", "Inspectorate", "Association"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

	/** Words of committees and meetings, not bodies: "the GTRP Ministerial Oversight Board". */
	private static final Set<String> COMMITTEE_WORDS = Set.of("Ministerial", "Oversight", "Steering", "Programme", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			"Project", "Working", "Interdepartmental", "Departmental", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			// forums of government and a trade: "the Freight Council", "the Hospitality Sector Council"
			"Sector", "Industry", "Freight", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			// Parliament and its offices are not counted: "the House of Commons Commission"
			"Commons", "Lords", "Parliament", "Parliamentary"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

	/**
	 * Local councils and authorities are not counted (the annotation rules): "the Horsham
	 * District Council", "the Combined Authority"; the words name other bodies ("the National
	 * County Lines Coordination Centre").
	 */
	private static final Set<String> LOCAL_WORDS = Set.of("City", "District", "Borough", "County", "Parish", "Town", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
			"Combined", "Unitary", "Metropolitan"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	private static final Set<String> LOCAL_HEADS = Set.of("Council", "Authority"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * A board named for what it oversees is a department's committee, not a body ("the
	 * Operational Recognition Board", "the Investment Board"): committees are not counted.
	 */
	private static final Set<String> GOVERNANCE_WORDS = Set.of("Operational", "Recognition", "Advisory", "Review", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			"Management", "Governance", "Assurance", "Audit", "Scrutiny", "Delivery", "Strategic", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
			"Investment", "Portfolio", "Transformation", "Implementation", "Executive", "Policy", "Planning", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
			"Honours", "Awards", "Selection", "Partnership", "Appeals", "Appeal", "Performance", "Risk"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$

	/**
	 * Places are not bodies: "the Brook House Immigration Removal Centre", "the Manston
	 * Processing Centre", "the Visa Application Centre" (a centre with one of these words).
	 */
	private static final Set<String> FACILITY_WORDS = Set.of("Removal", "Detention", "Holding", "Processing", "Reception", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			"Application", "Contact", "Call", "Data", "Visitor", "Distribution", "Vaccination", "Test", "Testing", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
			"Accommodation", "Custody", "Medical", "Rehabilitation", "Treatment", "Leisure", "Sports", "Youth", "Asylum"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$

	/** Words between "the" and a name that are not part of it: "the new National ... Centre". */
	private static final Set<String> MODIFIERS = Set.of("new", "former", "independent", "existing", "then", "current"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$

	/**
	 * Heads of law-enforcement units, which RULES.md counts when named ("the Organised
	 * Immigration Crime Unit", "the Counter Terrorism Command"): only with a word of crime,
	 * policing or security in the name, as other units and commands (a hospital's, the
	 * armed forces') are not counted.
	 */
	private static final Set<String> UNIT_HEADS = Set.of("Unit", "Command"); //$NON-NLS-1$ //$NON-NLS-2$
	private static final Set<String> LAW_WORDS = Set.of("Crime", "Crimes", "Criminal", "Police", "Policing", "Fraud", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
			"Intelligence", "Enforcement", "Terrorism", "Terrorist", "Counter", "Trafficking", "Slavery", "Security", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
			"Investigation", "Investigations", "Border", "Immigration", "Exploitation", "Cyber", "Firearms", "Drugs", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
			"Organised", "Economic", "Kidnap", "Extortion", "Gangs", "Weapons"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$

	private static final int COMMITTEE = 1;
	private static final int LOCAL = 2;
	private static final int GOVERNANCE = 4;
	private static final int FACILITY = 8;
	private static final int LAW = 16;
	/** For each word of those sets, the sets it is in (as bits). */
	private static final java.util.Map<String, Integer> WORD_KINDS = new java.util.HashMap<>();

	static {
		COMMITTEE_WORDS.forEach(w -> WORD_KINDS.merge(w, COMMITTEE, (a, b) -> a | b));
		LOCAL_WORDS.forEach(w -> WORD_KINDS.merge(w, LOCAL, (a, b) -> a | b));
		GOVERNANCE_WORDS.forEach(w -> WORD_KINDS.merge(w, GOVERNANCE, (a, b) -> a | b));
		FACILITY_WORDS.forEach(w -> WORD_KINDS.merge(w, FACILITY, (a, b) -> a | b));
		LAW_WORDS.forEach(w -> WORD_KINDS.merge(w, LAW, (a, b) -> a | b));
	}

	/** Heads that take a subject after them: "Centre for VAWG and Public Protection". */
	private static final Set<String> SUBJECT_HEADS = Set.of("Agency", "Commission", "Authority", "Office", "Centre", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			"Council", "Inspectorate"); //$NON-NLS-1$ //$NON-NLS-2$

	private static final Set<String> POLICE = Set.of("Police", "Constabulary"); //$NON-NLS-1$ //$NON-NLS-2$

	/** Words joining capitalised words inside a name ("Avon and Somerset", "Dyfed-Powys"). */
	private static final Set<String> JOINERS = Set.of("and", "&", "-", "of", "for", "on"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$

	/** Capitalised words that start sentences, not names. */
	private static final Set<String> NOT_NAMES = Set.of("The", "This", "That", "These", "Those", "A", "An", "All", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
			"Any", "Each", "Every", "Some", "Many", "Most", "Other", "Such", "Our", "Their", "His", "Her", "Its", "My", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$ //$NON-NLS-14$
			"We", "I", "It", "In", "On", "At", "For", "From", "With", "By", "As", "If", "When", "While", "Where", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$ //$NON-NLS-14$ //$NON-NLS-15$
			"Which", "What", "How", "Why", "Who", "Since", "After", "Before", "During", "Under", "Both", "Also", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$
			"However", "Yesterday", "Today", "To", "Majesty", "Annual", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
			// office holders and documents: "Leader of Birmingham City Council", "Code of Conduct for Boards"
			"Leader", "Chair", "Chairman", "Chief", "Director", "Secretary", "Minister", "Member", "Members", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
			"Code", "Directory", "Report", "Review"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

	/** Words that, alone before the head, make a generic phrase: "Local Police", "the Private Office". */
	private static final Set<String> QUALIFIERS = Set.of("Local", "Community", "Neighbourhood", "Specialist", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			"Individual", "Relevant", "Respective", "Same", "Private", "Press", "Head", "Main", "Central", "Regional", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
			"Civil", "Public", "Government", "Department", "Departmental", "Ministerial", "UK", "British", "English", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
			"Welsh", "Scottish", "National", "Police", "Home", "Foreign", "Military", "Armed", "Transport", "Border", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
			"Health", "Prison", "Probation", "Security", "Intelligence", "Legal", "Customs", "Immigration", "Fire", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
			"Programme", "Universal", "Information", "EU", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			// a company and services at large: "the Post Office", "the Ambulance Service", "the Diplomatic Service"
			"Post", "Ambulance", "Diplomatic", "Secret", "Job"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$

	/** Words that end a department's subject: "Department for Education officials". */
	private static final Set<String> NOT_SUBJECTS = Set.of("Minister", "Ministers", "Secretary", "Officials", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			"Official", "Staff", "Guidance", "Report", "Review", "Team", "Website", "Annual"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$

	private static final Set<String> PLACE_JOINERS = Set.of("and", "&", "-"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

	/** "Office for Value for Money", "Department for Culture and Sport". */
	private static final Set<String> SUBJECT_JOINERS = Set.of("and", "&", "-", "of", "for"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$

	private static final int MAX_WORDS = 6;
	private static final String LAW_ENFORCEMENT = "law-enforcement"; //$NON-NLS-1$

	private AgencyShapes() {
	}

	/**
	 * @param t the tokens
	 * @param i where the name would start
	 * @return the longest shape starting at i, or null
	 */
	static Shape at(TokenizedText t, int i) {
		if (!t.isCapitalised(i)) {
			return null;
		}
		Shape best = subjectAfter(t, i);
		if (best == null && !NOT_NAMES.contains(t.token(i))) {
			best = headed(t, i);
		}
		return best;
	}

	/** "Ministry of X", "Department for X", "Department of X", "Office for X". */
	private static Shape subjectAfter(TokenizedText t, int i) {
		String word = t.token(i);
		if (!"Ministry".equals(word) && !"Department".equals(word) && !"Office".equals(word)) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			return null; // most capitalised words: no need to cut out the next token
		}
		String next = t.token(i + 1);
		boolean shaped = "Ministry".equals(word) && "of".equals(next) //$NON-NLS-1$ //$NON-NLS-2$
				|| "Department".equals(word) && ("for".equals(next) || "of".equals(next)) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				|| "Office".equals(word) && "for".equals(next); //$NON-NLS-1$ //$NON-NLS-2$
		if (!shaped || !t.joined(i) || !t.joined(i + 1)) {
			return null;
		}
		int k = i + 2;
		if ("the".equals(t.token(k)) && t.joined(k)) { //$NON-NLS-1$
			k++;
		}
		int last = -1;
		int words = 0;
		while (t.isCapitalised(k) && words < MAX_WORDS) {
			if (NOT_SUBJECTS.contains(t.token(k))) {
				return null; // "Department for Education Ministers": a title, not a body
			}
			last = k;
			words++;
			String joiner = t.token(k + 1);
			boolean joins = SUBJECT_JOINERS.contains(joiner) && t.joined(k) && t.joined(k + 1) && t.isCapitalised(k + 2);
			k = joins ? k + 2 : t.joined(k) ? k + 1 : -1;
		}
		return last < 0 ? null : new Shape(i, last, Agency.OTHER);
	}

	/**
	 * "X Police", "X Constabulary" anywhere; "X Agency" and the other heads only after
	 * "the". The longest run of capitalised words ending in a head wins. Police forces
	 * are named by places: no "of" or "for" in them.
	 */
	private static Shape headed(TokenizedText t, int i) {
		boolean afterThe = afterThe(t, i);
		boolean place = true;
		boolean local = false;
		boolean governance = false;
		boolean facility = false;
		boolean law = false;
		Shape best = null;
		int k = i;
		int words = 0;
		while (k >= 0 && t.isCapitalised(k) && words <= MAX_WORDS) {
			String word = t.token(k);
			boolean qualified = k > i + 1 || !QUALIFIERS.contains(t.token(i));
			// "Provisional Police Funding Settlement": a name that goes on is not the force's
			boolean goesOn = t.joined(k) && t.isCapitalised(k + 1) && !"Force".equals(t.token(k + 1)) //$NON-NLS-1$
					&& !"Service".equals(t.token(k + 1)); //$NON-NLS-1$
			int kinds = WORD_KINDS.getOrDefault(word, 0); // one lookup for the sets of words below
			if ((kinds & COMMITTEE) != 0) {
				return best; // "the Policing Board and District Policing Partnerships"
			}
			local |= (kinds & LOCAL) != 0;
			governance |= (kinds & GOVERNANCE) != 0;
			facility |= (kinds & FACILITY) != 0;
			law |= (kinds & LAW) != 0;
			if (k > i && qualified && place && POLICE.contains(word) && best == null && !policeAndCrime(t, k) && !goesOn) {
				best = new Shape(i, k, Agency.POLICE_FORCE);
			}
			// the Civil Service is the service at large, not a body; "the Wider Service Medal"
			// is a medal: a name that goes on past its head word is not that body's
			if (k > i && qualified && afterThe && HEADS.contains(word) && !"Civil".equals(t.token(k - 1)) //$NON-NLS-1$
					&& !(t.joined(k) && t.isCapitalised(k + 1) && !HEADS.contains(t.token(k + 1)))
					&& !(local && LOCAL_HEADS.contains(word)) && !(governance && "Board".equals(word)) //$NON-NLS-1$
					&& !(facility && "Centre".equals(word)) && !diplomatic(t, k)) { //$NON-NLS-1$
				best = new Shape(i, withSubject(t, k), Agency.OTHER);
			}
			if (k > i && law && afterThe && UNIT_HEADS.contains(word) && !(t.joined(k) && t.isCapitalised(k + 1))) {
				best = new Shape(i, k, LAW_ENFORCEMENT);
			}
			words++;
			// the flags first: most capitalised words are followed by lower-case ones
			boolean joins = t.isCapitalised(k + 2) && t.joined(k) && t.joined(k + 1) && JOINERS.contains(t.token(k + 1));
			place &= !joins || PLACE_JOINERS.contains(t.token(k + 1));
			k = joins ? k + 2 : t.joined(k) ? k + 1 : -1;
		}
		return best;
	}

	/** "the British High Commission in Islamabad": an embassy is a part of its department, not a body. */
	private static boolean diplomatic(TokenizedText t, int k) {
		return "Commission".equals(t.token(k)) && "High".equals(t.token(k - 1)); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** "the X Agency", "the new X Centre": a determiner, perhaps with a modifier, comes before. */
	private static boolean afterThe(TokenizedText t, int i) {
		if ("the".equalsIgnoreCase(t.token(i - 1)) && t.joined(i - 1)) { //$NON-NLS-1$
			return true;
		}
		return MODIFIERS.contains(t.token(i - 1)) && t.joined(i - 1) && "the".equalsIgnoreCase(t.token(i - 2)) //$NON-NLS-1$
				&& t.joined(i - 2);
	}

	/**
	 * "the National Policing Centre for VAWG and Public Protection": a head that takes a
	 * subject goes on over "for" or "of" and capitalised words.
	 *
	 * @return the last token of the name: the head's, or its subject's
	 */
	private static int withSubject(TokenizedText t, int head) {
		if (!SUBJECT_HEADS.contains(t.token(head)) || !t.joined(head) || !t.joined(head + 1)) {
			return head;
		}
		String next = t.token(head + 1);
		if (!"for".equals(next) && !"of".equals(next) || !t.isCapitalised(head + 2)) { //$NON-NLS-1$ //$NON-NLS-2$
			return head;
		}
		int k = head + 2;
		int last = head;
		int words = 0;
		while (t.isCapitalised(k) && words < MAX_WORDS && !NOT_SUBJECTS.contains(t.token(k))) {
			last = k;
			words++;
			boolean joins = SUBJECT_JOINERS.contains(t.token(k + 1)) && t.joined(k) && t.joined(k + 1) && t.isCapitalised(k + 2);
			k = joins ? k + 2 : t.joined(k) ? k + 1 : -1;
		}
		return last;
	}

	/** The words that start or end shapes, to skip the other tokens fast. */
	private static final AgencyTokenFilter STARTS = new AgencyTokenFilter(Set.of("Ministry", "Department", "Office")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	private static final AgencyTokenFilter ENDS = new AgencyTokenFilter(
			java.util.stream.Stream.of(HEADS, POLICE, UNIT_HEADS).flatMap(Set::stream).toList());

	/**
	 * A quick test on flags and hash codes: whether a shape may start at token i.
	 *
	 * @param t the tokens
	 * @param i a token
	 * @return false if no shape starts at i; true if one may
	 */
	static boolean mayStart(TokenizedText t, int i) {
		if (!t.isCapitalised(i)) {
			return false;
		}
		if (STARTS.mayContain(t.hash(i))) {
			return true;
		}
		// a head follows in a run of capitalised words and short joiners ("and", "of", "&")
		for (int k = i + 1; k <= i + 2 * MAX_WORDS + 2 && t.joined(k - 1); k++) {
			if (t.isCapitalised(k)) {
				if (ENDS.mayContain(t.hash(k))) {
					return true;
				}
			} else if (t.end(k) - t.start(k) > 3) {
				return false;
			}
		}
		return false;
	}

	/**
	 * @param t the tokens
	 * @param i a shape's first token
	 * @return whether it is "Ministry of" or "Department of"
	 */
	static boolean isMinistry(TokenizedText t, int i) {
		String word = t.token(i);
		return ("Ministry".equals(word) || "Department".equals(word)) && "of".equals(t.token(i + 1)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/**
	 * "Kent Police and Crime Commissioner" is an office holder, not the force.
	 *
	 * @param t the tokens
	 * @param k the token "Police"
	 * @return whether "and Crime" follows it
	 */
	static boolean policeAndCrime(TokenizedText t, int k) {
		return "and".equals(t.token(k + 1)) && "Crime".equals(t.token(k + 2)); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
