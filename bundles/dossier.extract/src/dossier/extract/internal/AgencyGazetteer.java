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
		String type;
		String parent;
	}

	/** A name or alias as tokens, and the agency it names. */
	record Name(String[] tokens, Agency agency) {
	}

	private static volatile AgencyGazetteer shared;
	private final Map<String, Agency> byId = new LinkedHashMap<>();
	private final Map<String, Agency> byAcronym = new HashMap<>();
	private final Map<String, List<Name>> byFirstToken = new HashMap<>();

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
			addName(entry.name, agency);
			if (entry.aliases != null) {
				entry.aliases.forEach(alias -> addName(alias, agency));
			}
		}
		// longest first, so that the first name that matches is the longest
		byFirstToken.values().forEach(names -> names.sort(Comparator.comparingInt((Name n) -> -n.tokens().length)));
	}

	private void addName(String name, Agency agency) {
		String[] tokens = TokenizedText.tokensOf(name);
		if (tokens.length > 0) {
			byFirstToken.computeIfAbsent(tokens[0], t -> new ArrayList<>()).add(new Name(tokens, agency));
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
	 * @param token a whole token, exactly as written
	 * @return the agency with that acronym, or null
	 */
	public Agency byAcronym(String token) {
		return byAcronym.get(token);
	}

	/**
	 * @param text the tokens
	 * @param i where the name would start
	 * @return the longest name that matches at i (case-sensitive, on one line), or null
	 */
	Name longestAt(TokenizedText text, int i) {
		List<Name> names = byFirstToken.get(text.token(i));
		if (names == null) {
			return null;
		}
		for (Name name : names) {
			if (matches(text, i, name.tokens())) {
				return name;
			}
		}
		return null;
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
