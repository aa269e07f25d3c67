package dossier.countries.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import dossier.countries.Country;

/**
 * Finds countries by code or by name, in tiers: codes, then common names, official names,
 * other spellings and demonyms; the first tier where the words match decides, and only if
 * it names one country. Names match whatever their case, accents and punctuation.
 */
final class CountryNames {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+"); //$NON-NLS-1$
	private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+"); //$NON-NLS-1$

	private final Map<String, Country> byCode = new HashMap<>();
	private final List<Map<String, Set<Country>>> tiers = new ArrayList<>();

	CountryNames(List<Country> countries) {
		Map<String, Set<Country>> common = new HashMap<>();
		Map<String, Set<Country>> official = new HashMap<>();
		Map<String, Set<Country>> aliases = new HashMap<>();
		Map<String, Set<Country>> demonyms = new HashMap<>();
		for (Country c : countries) {
			byCode.put(c.alpha2().toUpperCase(Locale.ROOT), c);
			if (!c.alpha3().isEmpty()) {
				byCode.put(c.alpha3().toUpperCase(Locale.ROOT), c);
			}
			if (!c.numeric().isEmpty()) {
				byCode.put(c.numeric(), c);
			}
			add(common, c.name(), c);
			add(official, c.officialName(), c);
			c.aliases().forEach(a -> add(aliases, a, c));
			c.demonyms().forEach(d -> add(demonyms, d, c));
		}
		tiers.addAll(List.of(common, official, aliases, demonyms));
	}

	private static void add(Map<String, Set<Country>> tier, String name, Country country) {
		String key = fold(name);
		if (!key.isEmpty()) {
			tier.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(country);
		}
	}

	/**
	 * @param code an alpha-2, alpha-3 or numeric code
	 * @return the country with that code
	 */
	Optional<Country> byCode(String code) {
		String c = code.strip().toUpperCase(Locale.ROOT);
		if (c.length() < 3 && !c.isEmpty() && Character.isDigit(c.charAt(0))) {
			c = "000".substring(c.length()) + c; // 8 is 008 //$NON-NLS-1$
		}
		return Optional.ofNullable(byCode.get(c));
	}

	/**
	 * @param codeOrName a code or a name
	 * @return the one country with that code or name
	 */
	Optional<Country> find(String codeOrName) {
		Optional<Country> coded = byCode(codeOrName);
		if (coded.isPresent()) {
			return coded;
		}
		String key = fold(codeOrName);
		for (Map<String, Set<Country>> tier : tiers) {
			Set<Country> found = tier.get(key);
			if (found != null) {
				return found.size() == 1 ? Optional.of(found.iterator().next()) : Optional.empty();
			}
		}
		return Optional.empty();
	}

	/**
	 * @param name a name
	 * @return the name for comparing: lower case, no accents, words separated by single
	 *         spaces, "and" for "&amp;", without a leading "the"
	 */
	static String fold(String name) {
		if (name == null) {
			return ""; //$NON-NLS-1$
		}
		String s = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll(""); //$NON-NLS-1$
		s = s.toLowerCase(Locale.ROOT).replace("&", " and ").replace("'", "").replace("\u2019", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
		s = NOT_WORD.matcher(s).replaceAll(" ").strip(); //$NON-NLS-1$
		return s.startsWith("the ") ? s.substring(4) : s; //$NON-NLS-1$
	}
}
