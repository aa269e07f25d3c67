package dossier.extract.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Collects the names the recognizer looks for: the data's names, spellings and demonyms,
 * filtered and completed by the editorial choices below. Not thread-safe; used while loading.
 */
final class CountryNames {

	/** All-capital short forms common in text; other codes ("GB", "RSA") are left out. */
	static final Set<String> ACRONYMS = Set.of("UK", "US", "USA", "UAE", "DRC", "DPRK"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$

	/** Alternative spellings in the data that are ordinary words, surnames or other places. */
	static final Set<String> DROPPED = Set.of("Island", // Iceland's, but "Bonny Island" //$NON-NLS-1$
			"Mann", // the Isle of Man's, but a surname //$NON-NLS-1$
			"Holland", // "South Holland" is a Lincolnshire district //$NON-NLS-1$
			"Dominique", "Emirates", "Guiana", "Timor", "Prathet", "Viti"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$

	/** Names the data lacks, as UK documents write them, with the country's alpha-2 code. */
	static final Map<String, String> ALIASES = Map.ofEntries(Map.entry("Britain", "GB"), //$NON-NLS-1$ //$NON-NLS-2$
			Map.entry("Briton", "GB"), Map.entry("Britons", "GB"), Map.entry("U.K.", "GB"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
			Map.entry("America", "US"), Map.entry("U.S.", "US"), Map.entry("U.S.A.", "US"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
			Map.entry("Turkey", "TR"), Map.entry("Cabo Verde", "CV"), Map.entry("Cape Verdean", "CV"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
			Map.entry("Holy See", "VA"), Map.entry("Republic of Congo", "CG"), Map.entry("Kosovan", "XK"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
			Map.entry("Tajik", "TJ"), Map.entry("Kyrgyz", "KG"), Map.entry("Uzbek", "UZ"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
			Map.entry("Kazakh", "KZ"), Map.entry("Nepali", "NP"), Map.entry("Lao PDR", "LA"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
			Map.entry("Occupied Palestinian Territories", "PS")); //$NON-NLS-1$ //$NON-NLS-2$

	/** Phrases that hold a country's name or demonym but mention no country. */
	static final Set<String> BLOCKED = Set.of("New Jersey", "Northern Ireland", "Northern Irish", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			"Latin America", "Latin American", "South America", "South American", "North America", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			"North American", "Central America", "Central American", "Pan-American", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			"Organization of American States", "American Bully", "Indian Ocean", "West Indian", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			"Irish Sea", "British Columbia", "New Guinea", "New Mexico", "Niger Delta", "Congo Basin", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
			"Congo Rainforest", "UK Visas and Immigration", "Atlanta, Georgia", "Great British Energy"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

	private final Map<String, Country> names = new LinkedHashMap<>();
	private final Map<String, Set<Country>> demonyms = new LinkedHashMap<>();

	/** @param name a common or official name, or an alternative spelling @param country its country */
	void addName(String name, Country country) {
		for (String variant : variants(name)) {
			if (qualifies(variant)) {
				names.putIfAbsent(variant, country);
			}
		}
	}

	/** @param value a demonym as the data gives it ("Antiguan, Barbudan") @param country its country */
	void addDemonym(String value, Country country) {
		for (String demonym : value.split(",| or ")) { //$NON-NLS-1$
			String d = demonym.strip();
			if (qualifies(d)) {
				demonyms.computeIfAbsent(d, k -> new LinkedHashSet<>()).add(country);
				// the plural ("Nigerians"); forms that do not exist ("Britishs") never match
				if (!d.endsWith("s")) { //$NON-NLS-1$
					demonyms.computeIfAbsent(d + "s", k -> new LinkedHashSet<>()).add(country); //$NON-NLS-1$
				}
			}
		}
	}

	/**
	 * @param byId the countries by alpha-2 code, for the aliases
	 * @return every name, demonym and blocking phrase
	 */
	List<CountryName> build(Map<String, Country> byId) {
		Map<String, Country> all = new HashMap<>(names);
		Map<String, List<Country>> shared = new LinkedHashMap<>();
		demonyms.forEach((demonym, countries) -> {
			Country country = resolve(countries);
			if (country != null) {
				all.putIfAbsent(demonym, country);
			} else if (!names.containsKey(demonym)) {
				shared.put(demonym, List.copyOf(countries));
			}
		});
		ALIASES.forEach((alias, id) -> {
			if (byId.containsKey(id)) {
				all.put(alias, byId.get(id));
			}
		});
		List<CountryName> result = new ArrayList<>();
		all.forEach((name, country) -> result.add(new CountryName(name, country)));
		shared.forEach((demonym, countries) -> {
			if (!all.containsKey(demonym)) {
				result.add(new CountryName(demonym, null, countries));
			}
		});
		BLOCKED.forEach(phrase -> result.add(new CountryName(phrase, null)));
		return result;
	}

	/**
	 * A demonym several countries share goes to the one sovereign state among them; else it
	 * is left to the document ({@link CountryName#shared()}).
	 */
	private static Country resolve(Set<Country> countries) {
		if (countries.size() == 1) {
			return countries.iterator().next();
		}
		List<Country> independent = countries.stream().filter(Country::independent).toList();
		// "Congolese" (CG, CD) and "Dominican" (DM, DO): either reading is common
		return independent.size() == 1 ? independent.get(0) : null;
	}

	private static List<String> variants(String name) {
		String n = name.strip();
		if (n.startsWith("The ")) { //$NON-NLS-1$
			n = n.substring(4);
		}
		List<String> result = new ArrayList<>(List.of(n));
		if (n.startsWith("Saint ")) { //$NON-NLS-1$
			result.add("St " + n.substring(6)); //$NON-NLS-1$
			result.add("St. " + n.substring(6)); //$NON-NLS-1$
		}
		for (String v : List.copyOf(result)) {
			if (v.contains(" and ")) { //$NON-NLS-1$
				result.add(v.replace(" and ", " & ")); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		return result;
	}

	/** Capitalised Latin-script names of three letters or more, or a listed acronym. */
	static boolean qualifies(String name) {
		if (name.isEmpty() || !Character.isUpperCase(name.charAt(0)) || DROPPED.contains(name)) {
			return false;
		}
		if (ACRONYMS.contains(name)) {
			return true;
		}
		boolean lower = false;
		int letters = 0;
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			if (Character.isLetter(c)) {
				letters++;
				lower |= Character.isLowerCase(c);
				if (Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN) {
					return false;
				}
			}
		}
		// all-capital codes other than the listed ones are too ambiguous ("GB", "RSA", "BES")
		return letters >= 3 && lower;
	}
}
