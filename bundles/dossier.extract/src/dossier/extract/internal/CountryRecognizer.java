package dossier.extract.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dossier.core.document.SourceDocument;
import dossier.core.entity.EntityKinds;
import dossier.core.entity.Mention;
import dossier.core.entity.Recognizer;

/**
 * Finds countries by their names, alternative spellings and demonyms ("Nigeria", "Viet
 * Nam", "the UK", "Burmese") and resolves them to ISO 3166-1 alpha-2 codes. Matching is
 * case-sensitive at word boundaries ("turkey" is no country) and the longest name wins
 * ("Papua New Guinea", not "Guinea"). Names inside an agency or operation found before,
 * inside an organisation's name ("UK Border Agency"), in a person's name ("Chad Smith") or in a
 * phrase such as "New Jersey" or "Northern Ireland" are left out. England, Scotland, Wales
 * and Northern Ireland are not ISO 3166-1 countries and give nothing.
 * <p>
 * Mentions carry the attributes {@code alpha3}, {@code region} and {@code subregion}.
 */
public final class CountryRecognizer implements Recognizer {

	/** The attribute holding the ISO 3166-1 alpha-3 code. */
	public static final String ALPHA3 = "alpha3"; //$NON-NLS-1$
	/** The attribute holding the region, such as {@code Africa}. */
	public static final String REGION = "region"; //$NON-NLS-1$
	/** The attribute holding the subregion, such as {@code Western Africa}. */
	public static final String SUBREGION = "subregion"; //$NON-NLS-1$

	private final CountryGazetteer gazetteer;

	/** Uses the country data shipped with the bundle (for the extension registry). */
	public CountryRecognizer() {
		this(CountryGazetteer.shared());
	}

	/** @param gazetteer the countries and their names */
	public CountryRecognizer(CountryGazetteer gazetteer) {
		this.gazetteer = Objects.requireNonNull(gazetteer);
	}

	@Override
	public List<Mention> recognize(SourceDocument document, List<Mention> earlier) {
		String text = document.text();
		List<Mention> found = new ArrayList<>();
		List<int[]> shared = null; // {start, end} of demonyms several countries share
		List<CountryName> sharedNames = null;
		int i = 0;
		while (i < text.length()) {
			char c = text.charAt(i);
			if (!Character.isUpperCase(c) || !wordStart(text, i)) {
				i++;
				continue;
			}
			CountryGazetteer.Found match = gazetteer.longestAt(text, i);
			if (match == null) {
				i++;
				continue;
			}
			int end = match.end();
			Country country = match.name().country();
			if (match.name().shared()) {
				if (shared == null) {
					shared = new ArrayList<>();
					sharedNames = new ArrayList<>();
				}
				shared.add(new int[] { i, end });
				sharedNames.add(match.name());
			} else if (!match.name().blocks() && accepted(text, i, end, country, earlier)) {
				found.add(new Mention(EntityKinds.COUNTRY, i, end, text.substring(i, end), country.id(),
						country.name(), attributes(country)));
			}
			// a name turned down still hides the words inside it ("Jersey" of "New Jersey")
			i = end;
		}
		if (shared != null) {
			resolveShared(text, shared, sharedNames, found, earlier);
		}
		return found;
	}

	/**
	 * "Haitian-Dominican Corridor, Haiti and Dominican Republic": a demonym that several
	 * countries share names the one of them that the document names otherwise; where it names
	 * none or several, the demonym is left out.
	 */
	private static void resolveShared(String text, List<int[]> spans, List<CountryName> names, List<Mention> found,
			List<Mention> earlier) {
		java.util.Set<String> named = new java.util.HashSet<>();
		found.forEach(m -> named.add(m.entityId()));
		List<Mention> added = new ArrayList<>();
		for (int k = 0; k < spans.size(); k++) {
			int start = spans.get(k)[0];
			int end = spans.get(k)[1];
			List<Country> inDocument = names.get(k).candidates().stream().filter(c -> named.contains(c.id())).toList();
			if (inDocument.size() == 1 && accepted(text, start, end, inDocument.get(0), earlier)) {
				Country country = inDocument.get(0);
				added.add(new Mention(EntityKinds.COUNTRY, start, end, text.substring(start, end), country.id(),
						country.name(), attributes(country)));
			}
		}
		if (!added.isEmpty()) {
			found.addAll(added);
			found.sort(java.util.Comparator.comparingInt(Mention::start));
		}
	}

	/**
	 * Not inside a word, nor a web or mail address ("GOV.UK", "gov.uk/Vietnam"); a sentence
	 * run on without a space ("in 2023.Vietnam") still counts.
	 */
	private static boolean wordStart(String text, int i) {
		if (i < 2) {
			return i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
		}
		char before = text.charAt(i - 1);
		char twoBefore = text.charAt(i - 2);
		if (Character.isLetterOrDigit(before)) {
			return false;
		}
		if (before == '/' || before == '@') {
			return !Character.isLetterOrDigit(twoBefore);
		}
		return before != '.' || !Character.isUpperCase(twoBefore);
	}

	private static boolean accepted(String text, int start, int end, Country country, List<Mention> earlier) {
		return !CountryContext.insideName(start, end, earlier) && !CountryContext.insideOrganisationName(text, end)
				&& !CountryContext.personName(text, start, end) && !CountryContext.americanState(text, country, end);
	}

	private static Map<String, String> attributes(Country country) {
		Map<String, String> attributes = new LinkedHashMap<>();
		attributes.put(ALPHA3, country.alpha3());
		if (!country.region().isEmpty()) {
			attributes.put(REGION, country.region());
		}
		if (!country.subregion().isEmpty()) {
			attributes.put(SUBREGION, country.subregion());
		}
		return attributes;
	}

	/** @return the countries and names this recognizer uses */
	public CountryGazetteer gazetteer() {
		return gazetteer;
	}
}
