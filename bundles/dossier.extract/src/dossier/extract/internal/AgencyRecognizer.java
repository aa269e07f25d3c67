package dossier.extract.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import dossier.core.document.SourceDocument;
import dossier.core.entity.EntityKinds;
import dossier.core.entity.Mention;
import dossier.core.entity.Recognizer;

/**
 * Finds government departments, agencies, police forces, international organisations and
 * NGOs: the names, aliases and acronyms of the {@link AgencyGazetteer}; bodies of regular
 * shapes it does not list ({@link AgencyShapes}); acronyms the document defines
 * ({@link DocumentAcronyms}); and "the Agency", "the Centre", "the Department" where a
 * matching body was named before ({@link AgencyAnaphora}). Names are case-sensitive and
 * the longest match wins; "the" before a name is not part of it; acronyms match only as
 * whole tokens. Stateless between documents.
 */
public final class AgencyRecognizer implements Recognizer {

	/** A match before it becomes a mention: tokens first to last name the agency. */
	record Match(int first, int last, Agency agency) {
	}

	private static final String UN = "UN"; //$NON-NLS-1$
	private final AgencyGazetteer gazetteer;
	/** To tell "the Greek Ministry of ..." from a UK one; loaded here, not in the first document. */
	private final CountryGazetteer countries;

	/** Uses the gazetteer shipped with the bundle (the extension registry calls this). */
	public AgencyRecognizer() {
		this(AgencyGazetteer.shared());
	}

	/** @param gazetteer the agencies to know by name */
	public AgencyRecognizer(AgencyGazetteer gazetteer) {
		this.gazetteer = gazetteer;
		this.countries = CountryGazetteer.shared();
	}

	@Override
	public List<Mention> recognize(SourceDocument document, List<Mention> earlier) {
		TokenizedText t = new TokenizedText(document.text());
		boolean police = document.text().contains("olice"); //$NON-NLS-1$
		List<Match> names = names(t, police);
		List<Match> matches = new ArrayList<>(names);
		matches.addAll(acronyms(t, names));
		matches.sort(Comparator.comparingInt(Match::first));
		matches = AgencyAnaphora.resolve(t, matches);
		List<Mention> mentions = new ArrayList<>(matches.size());
		for (Match match : matches) {
			int start = t.start(match.first());
			int end = t.end(match.last());
			Agency agency = match.agency();
			mentions.add(new Mention(EntityKinds.AGENCY, start, end, t.text().substring(start, end), agency.id(),
					agency.name(), agency.attributes()));
		}
		return mentions;
	}

	/** Gazetteer names and shapes, left to right, the longest at each place. */
	private List<Match> names(TokenizedText t, boolean police) {
		List<Match> names = new ArrayList<>();
		int i = 0;
		while (i < t.size()) {
			Match match = nameAt(t, i, police);
			if (match == null) {
				i++;
			} else {
				names.add(match);
				i = match.last() + 1;
			}
		}
		return names;
	}

	private Match nameAt(TokenizedText t, int i, boolean police) {
		if (!t.isCapitalised(i) && !gazetteer.hasLowerCaseStart()
				|| !gazetteer.mayStartName(t, i) && !AgencyShapes.mayStart(t, i)) {
			return null; // most tokens: skipped on their flags and hash codes, without cutting them out
		}
		AgencyGazetteer.Name name = gazetteer.longestAt(t, i, police);
		if (name != null) {
			int last = i + name.tokens().length - 1;
			if (AgencyShapes.policeAndCrime(t, last)) {
				return null;
			}
			Match un = UN.equals(name.agency().id()) ? AgencyUnNames.extend(t, i, last, name.agency(), gazetteer) : null;
			return un != null ? un : new Match(i, last, name.agency());
		}
		if (UN.equals(t.token(i)) && gazetteer.byId(UN) != null) {
			// "UN Mission in ... (MONUC)": the acronym alone is no name, but it starts some
			return AgencyUnNames.extend(t, i, i, gazetteer.byId(UN), gazetteer);
		}
		AgencyShapes.Shape shape = AgencyShapes.at(t, i);
		if (shape == null || endsInGazetteerName(t, shape)) {
			return null;
		}
		int first = shape.first();
		if (AgencyShapes.isMinistry(t, first) && foreign(t, first - 1)) {
			first--; // "the Greek Ministry of Foreign Affairs" is Greece's, not a UK body
		}
		Match listed = listedInAnotherCase(t, first, shape.last());
		if (listed != null) {
			return listed;
		}
		String written = t.normalised(first, shape.last());
		return new Match(first, shape.last(), new Agency(written, written, shape.type(), null));
	}

	/**
	 * "the Department for Health and Social care": a shape that, with the lower-case word
	 * after it or alone, is a listed name written in another case is that agency.
	 */
	private Match listedInAnotherCase(TokenizedText t, int first, int last) {
		if (t.joined(last) && t.isWord(last + 1) && !t.isCapitalised(last + 1)) {
			Agency longer = gazetteer.byNameIgnoringCase(tokens(t, first, last + 1));
			if (longer != null) {
				return new Match(first, last + 1, longer);
			}
		}
		Agency same = gazetteer.byNameIgnoringCase(tokens(t, first, last));
		return same == null ? null : new Match(first, last, same);
	}

	private static String tokens(TokenizedText t, int first, int last) {
		StringBuilder b = new StringBuilder();
		for (int k = first; k <= last; k++) {
			b.append(k > first ? " " : "").append(t.token(k)); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return b.toString();
	}

	/** @return whether token k is a country's name or adjective ("Greek", "Kenyan") joined to the next */
	private boolean foreign(TokenizedText t, int k) {
		if (!t.isCapitalised(k) || !t.joined(k)) {
			return false;
		}
		CountryGazetteer.Found found = countries.longestAt(t.text(), t.start(k));
		return found != null && found.end() == t.end(k);
	}

	/**
	 * "the Joint UK Human Trafficking Centre" is the UKHTC with a qualifier: a shape that
	 * ends with a gazetteer name gives way to it.
	 */
	private boolean endsInGazetteerName(TokenizedText t, AgencyShapes.Shape shape) {
		for (int k = shape.first() + 1; k <= shape.last(); k++) {
			AgencyGazetteer.Name name = gazetteer.longestAt(t, k, false);
			if (name != null && k + name.tokens().length - 1 == shape.last()) {
				return true;
			}
		}
		return false;
	}

	/** Acronyms outside the names: those the document defines, then the gazetteer's. */
	private List<Match> acronyms(TokenizedText t, List<Match> names) {
		DocumentAcronyms learnt = new DocumentAcronyms();
		List<Match> found = new ArrayList<>();
		int next = 0;
		for (int i = 0; i < t.size(); i++) {
			while (next < names.size() && names.get(next).last() < i) {
				next++;
			}
			if (next < names.size() && names.get(next).first() <= i) {
				continue;
			}
			if (DocumentAcronyms.isDefinition(t, i) && DocumentAcronyms.nameStart(t, i) >= 0) {
				Match named = next > 0 ? names.get(next - 1) : null;
				boolean agency = named != null && named.last() == i - 1;
				Agency known = gazetteer.byAcronym(t.token(i + 1));
				// "Department for Business (BIS)": a shortened name does not override the gazetteer
				// and "Office of National Statistics (ONS)" is that body ("Learning and Skills
				// Council (LSC)" is not the Legal Services Commission)
				boolean shortened = agency && known != null && gazetteer.byId(named.agency().id()) == null
						&& wordsOf(t, named, known);
				if (shortened) {
					names.set(next - 1, new Match(named.first(), named.last(), known));
				}
				// "UN Mission in the Democratic of Congo (DRC) (MONUC)": a body known by another
				// acronym is not renamed; the parenthesis abbreviates something else
				boolean other = agency && known == null && named.agency() == gazetteer.byAcronym(named.agency().id())
						&& named.agency().id().charAt(0) != t.token(i + 1).charAt(0);
				learnt.define(t.token(i + 1), i + 1, shortened ? known : agency && !other ? named.agency() : null);
				continue;
			}
			// acronyms, in the gazetteer or defined, start with a capital
			if (!t.isCapitalised(i) || !learnt.has(t, i) && !gazetteer.mayBeAcronym(t, i)
					|| !learnt.has(t, i) && gazetteer.byAcronym(t.token(i)) == null || shouting(t, i)) {
				continue;
			}
			DocumentAcronyms.Definition definition = learnt.at(t.token(i), i);
			Agency agency = definition != null ? definition.agency() : gazetteer.byAcronym(t.token(i));
			if (agency != null) {
				found.add(new Match(i, i, agency));
			}
		}
		return found;
	}

	/** @return whether every capitalised word of the match is a word of the agency's name */
	private static boolean wordsOf(TokenizedText t, Match match, Agency agency) {
		String[] words = TokenizedText.tokensOf(agency.name());
		for (int k = match.first(); k <= match.last(); k++) {
			if (t.isCapitalised(k) && !java.util.Arrays.asList(words).contains(t.token(k))) {
				return false;
			}
		}
		return true;
	}

	/** A capitalised word next to other long capitalised words is a shouted heading, not an acronym. */
	private boolean shouting(TokenizedText t, int i) {
		return shouted(t, i - 1) || shouted(t, i + 1);
	}

	private boolean shouted(TokenizedText t, int k) {
		return t.isUpperCase(k) && t.end(k) - t.start(k) >= 4 && gazetteer.byAcronym(t.token(k)) == null;
	}
}
