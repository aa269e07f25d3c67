package dossier.extract.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;
import com.google.gson.reflect.TypeToken;

/**
 * The curated list of agencies shipped in {@code data/agencies.json}: each entry's
 * canonical name, acronyms, aliases, type and parent. Names and aliases are indexed by
 * their first token for case-sensitive matching; acronyms by their exact spelling.
 * Immutable once loaded, so one instance serves all threads.
 */
public final class AgencyGazetteer {

	/** Where the data lies in the bundle. */
	public static final String RESOURCE = "/data/agencies.json"; //$NON-NLS-1$

	/** An entry as written in the JSON file. */
	private static final class Entry {
		String id;
		String name;
		List<String> acronyms;
		List<String> aliases;
		/** Place names that stand for a police force where the text speaks of police. */
		List<String> elliptical;
		/** Common words that name the body only inside a sentence ("led by Concern"). */
		List<String> midSentence;
		String type;
		String parent;
	}

	/** A name or alias as tokens, the agency it names, and where it may be read as one. */
	record Name(String[] tokens, Agency agency, Use use) {
	}

	/** Where a name counts: anywhere, only where the text speaks of police, only inside a sentence. */
	enum Use {
		ALWAYS, POLICE_CONTEXT, MID_SENTENCE
	}

	private static volatile AgencyGazetteer shared;
	private final Map<String, Agency> byId = new LinkedHashMap<>();
	private final Map<String, Agency> byAcronym = new HashMap<>();
	private final Map<String, List<Name>> byFirstToken = new HashMap<>();
	/** Names and aliases in lower case, tokens joined by single spaces, for shapes written in another case. */
	private final Map<String, Agency> byLowerCaseName = new HashMap<>();
	private boolean lowerCaseStart;
	private final AgencyTokenFilter firstTokens;
	private final AgencyTokenFilter acronymTokens;

	private AgencyGazetteer(List<Entry> entries) {
		for (Entry entry : entries) {
			if (entry.name == null || entry.name.isBlank()) {
				throw new IllegalArgumentException("An agency without a name in " + RESOURCE); //$NON-NLS-1$
			}
			List<String> acronyms = entry.acronyms == null ? List.of() : entry.acronyms;
			String id = entry.id != null ? entry.id : acronyms.isEmpty() ? entry.name : acronyms.get(0);
			Agency agency = new Agency(id, entry.name, entry.type, entry.parent);
			if (byId.put(id, agency) != null) {
				throw new IllegalArgumentException("Two agencies with the id " + id + " in " + RESOURCE); //$NON-NLS-1$ //$NON-NLS-2$
			}
			for (String acronym : acronyms) {
				byAcronym.put(acronym, agency);
			}
			addName(entry.name, agency, Use.ALWAYS);
			if (entry.aliases != null) {
				entry.aliases.forEach(alias -> addName(alias, agency, Use.ALWAYS));
			}
			if (entry.elliptical != null) {
				entry.elliptical.forEach(place -> addName(place, agency, Use.POLICE_CONTEXT));
			}
			if (entry.midSentence != null) {
				entry.midSentence.forEach(word -> addName(word, agency, Use.MID_SENTENCE));
			}
		}
		firstTokens = new AgencyTokenFilter(byFirstToken.keySet());
		acronymTokens = new AgencyTokenFilter(byAcronym.keySet());
		// longest first, so that the first name that matches is the longest
		byFirstToken.values().forEach(names -> names.sort(Comparator.comparingInt((Name n) -> -n.tokens().length)));
	}

	private void addName(String name, Agency agency, Use use) {
		String[] tokens = TokenizedText.tokensOf(name);
		if (tokens.length == 0) {
			return;
		}
		byFirstToken.computeIfAbsent(tokens[0], t -> new ArrayList<>()).add(new Name(tokens, agency, use));
		if (use == Use.ALWAYS) {
			byLowerCaseName.putIfAbsent(String.join(" ", tokens).toLowerCase(java.util.Locale.ROOT), agency); //$NON-NLS-1$
		}
		lowerCaseStart |= !Character.isUpperCase(tokens[0].charAt(0));
		// "Essex police" is the force too: the head is often written in lower case
		String head = tokens[tokens.length - 1];
		if (tokens.length > 1 && Agency.POLICE_FORCE.equals(agency.type())
				&& ("Police".equals(head) || "Constabulary".equals(head))) { //$NON-NLS-1$ //$NON-NLS-2$
			String[] lower = tokens.clone();
			lower[lower.length - 1] = head.toLowerCase(java.util.Locale.ROOT);
			byFirstToken.get(tokens[0]).add(new Name(lower, agency, use));
		}
	}

	/** @return the gazetteer shipped with the bundle, loaded on first use */
	public static AgencyGazetteer shared() {
		AgencyGazetteer gazetteer = shared;
		if (gazetteer == null) {
			synchronized (AgencyGazetteer.class) {
				if (shared == null) {
					shared = load();
				}
				gazetteer = shared;
			}
		}
		return gazetteer;
	}

	/**
	 * @return the gazetteer read from {@link #RESOURCE} with the bundle's class loader
	 * @throws IllegalStateException if the data is missing or malformed
	 */
	public static AgencyGazetteer load() {
		try (InputStream in = AgencyGazetteer.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException(RESOURCE + " is missing from the bundle"); //$NON-NLS-1$
			}
			return read(new InputStreamReader(in, StandardCharsets.UTF_8));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * @param reader JSON: an array of entries with {@code name}, optional {@code id},
	 *               {@code acronyms}, {@code aliases}, {@code type} and {@code parent}
	 * @return the gazetteer
	 * @throws IllegalStateException if the JSON is malformed
	 */
	public static AgencyGazetteer read(Reader reader) {
		try {
			List<Entry> entries = new Gson().fromJson(reader, new TypeToken<List<Entry>>() {
			}.getType());
			return new AgencyGazetteer(entries == null ? List.of() : entries);
		} catch (JsonParseException | IllegalArgumentException e) {
			throw new IllegalStateException("Cannot read the agencies: " + e.getMessage(), e); //$NON-NLS-1$
		}
	}

	/**
	 * @param t the tokens
	 * @param i a token
	 * @return false if no name starts with token i; true if one may
	 */
	boolean mayStartName(TokenizedText t, int i) {
		return firstTokens.mayContain(t.hash(i));
	}

	/**
	 * @param t the tokens
	 * @param i a token
	 * @return false if token i is no acronym; true if it may be one
	 */
	boolean mayBeAcronym(TokenizedText t, int i) {
		return acronymTokens.mayContain(t.hash(i));
	}

	/** @return whether some name starts with a token that is not capitalised */
	boolean hasLowerCaseStart() {
		return lowerCaseStart;
	}

	/** @return every agency, in the file's order */
	public Collection<Agency> agencies() {
		return byId.values();
	}

	/**
	 * @param id an agency's id
	 * @return the agency, or null
	 */
	public Agency byId(String id) {
		return byId.get(id);
	}

	/**
	 * @param tokens a name's tokens joined by single spaces ("Department for Health and Social care")
	 * @return the agency with that name or alias in any case, or null
	 */
	Agency byNameIgnoringCase(String tokens) {
		return byLowerCaseName.get(tokens.toLowerCase(java.util.Locale.ROOT));
	}

	/**
	 * @param token a whole token, exactly as written
	 * @return the agency with that acronym, or null
	 */
	public Agency byAcronym(String token) {
		return byAcronym.get(token);
	}

	/**
	 * @param text the tokens
	 * @param i where the name would start
	 * @param police whether the text speaks of police, so that "West Mercia" is the force
	 * @return the longest name that matches at i (case-sensitive, on one line), or null
	 */
	Name longestAt(TokenizedText text, int i, boolean police) {
		List<Name> names = byFirstToken.get(text.token(i));
		if (names == null) {
			return null;
		}
		for (Name name : names) {
			if (matches(text, i, name.tokens()) && usable(text, i, name.use(), police)) {
				return name;
			}
		}
		return null;
	}

	private static boolean usable(TokenizedText text, int i, Use use, boolean police) {
		return switch (use) {
			case ALWAYS -> true;
			case POLICE_CONTEXT -> police;
			case MID_SENTENCE -> i > 0 && text.joined(i - 1) && text.isWord(i - 1) && !text.isCapitalised(i - 1);
		};
	}

	private static boolean matches(TokenizedText text, int i, String[] tokens) {
		if (i + tokens.length > text.size()) {
			return false;
		}
		for (int k = 1; k < tokens.length; k++) {
			if (!tokens[k].equals(text.token(i + k)) || !text.joined(i + k - 1)) {
				return false;
			}
		}
		return true;
	}
}
