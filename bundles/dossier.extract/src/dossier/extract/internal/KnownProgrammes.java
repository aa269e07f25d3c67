package dossier.extract.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;
import com.google.gson.reflect.TypeToken;

/**
 * The curated list of well-known government programmes, schemes and campaigns shipped in
 * {@code data/programmes.json}, for {@link ProgrammeNames}: names that answers write in lower
 * case ("the Afghan citizens resettlement scheme"), by an acronym the answer does not spell
 * out ("resettled under ACRS"), without their head word ("Homes for Ukraine") or without
 * their apostrophe ("Mineworkers Pension Scheme"), all resolved to one canonical name. Names
 * and aliases match whatever their case, on token boundaries and on one line; acronyms
 * match as whole tokens, exactly. Lookups go by the first token's hash code (as {@link
 * AgencyGazetteer}'s do), so a text is read once. Immutable once loaded.
 */
final class KnownProgrammes {

	/** Where the data lies in the bundle. */
	static final String RESOURCE = "/data/programmes.json"; //$NON-NLS-1$

	/** An entry as written in the JSON file. */
	private static final class Entry {
		String name;
		List<String> acronyms;
		List<String> aliases;
	}

	/** A programme: its canonical name (the entity id) and its type (programme, scheme or campaign). */
	record Programme(String id, String type) {
	}

	/** A name found: tokens first to last. */
	record Found(int first, int last, Programme programme) {
	}

	private record Name(String[] tokens, Programme programme) {
	}

	private static volatile KnownProgrammes shared;
	/** Names by their first token, in lower case and as capitalised (the two ways texts write them). */
	private final Map<String, List<Name>> byFirstToken = new HashMap<>();
	private final Map<String, Programme> byAcronym = new HashMap<>();
	private final AgencyTokenFilter firstTokens;

	private KnownProgrammes(List<Entry> entries) {
		for (Entry entry : entries) {
			if (entry.name == null || entry.name.isBlank()) {
				throw new IllegalArgumentException("A programme without a name in " + RESOURCE); //$NON-NLS-1$
			}
			String lower = entry.name.toLowerCase(Locale.ROOT);
			String type = lower.endsWith("programme") ? "programme" : lower.endsWith("campaign") ? "campaign" : "scheme"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			Programme programme = new Programme(entry.name.replace('\u2019', '\''), type);
			addName(entry.name, programme);
			if (entry.aliases != null) {
				entry.aliases.forEach(alias -> addName(alias, programme));
			}
			if (entry.acronyms != null) {
				entry.acronyms.forEach(acronym -> {
					byAcronym.put(acronym, programme);
					byFirstToken.computeIfAbsent(acronym, k -> new ArrayList<>()).add(new Name(new String[] { acronym }, programme));
				});
			}
		}
		byFirstToken.values().forEach(names -> names.sort(Comparator.comparingInt((Name n) -> -n.tokens().length)));
		firstTokens = new AgencyTokenFilter(byFirstToken.keySet());
	}

	private void addName(String name, Programme programme) {
		String[] tokens = TokenizedText.tokensOf(name);
		if (tokens.length < 2) {
			throw new IllegalArgumentException("A one-word programme name in " + RESOURCE + ": " + name); //$NON-NLS-1$ //$NON-NLS-2$
		}
		String first = tokens[0];
		String lower = first.toLowerCase(Locale.ROOT);
		String capitalised = Character.toUpperCase(first.charAt(0)) + lower.substring(1);
		for (String variant : new java.util.LinkedHashSet<>(List.of(first, lower, capitalised))) {
			byFirstToken.computeIfAbsent(variant, k -> new ArrayList<>()).add(new Name(tokens, programme));
		}
	}

	/** @return the list shipped with the bundle, loaded on first use */
	static KnownProgrammes shared() {
		KnownProgrammes known = shared;
		if (known == null) {
			synchronized (KnownProgrammes.class) {
				if (shared == null) {
					shared = load();
				}
				known = shared;
			}
		}
		return known;
	}

	private static KnownProgrammes load() {
		try (InputStream in = KnownProgrammes.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException(RESOURCE + " is missing from the bundle"); //$NON-NLS-1$
			}
			return read(new InputStreamReader(in, StandardCharsets.UTF_8));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * @param reader JSON: an array of entries with {@code name} and optional {@code acronyms}
	 *               and {@code aliases}
	 * @return the list
	 * @throws IllegalStateException if the JSON is malformed
	 */
	static KnownProgrammes read(Reader reader) {
		try {
			List<Entry> entries = new Gson().fromJson(reader, new TypeToken<List<Entry>>() {
			}.getType());
			return new KnownProgrammes(entries == null ? List.of() : entries);
		} catch (JsonParseException | IllegalArgumentException e) {
			throw new IllegalStateException("Cannot read the programmes: " + e.getMessage(), e); //$NON-NLS-1$
		}
	}

	/**
	 * @param t the document's tokens
	 * @return the known names, aliases and acronyms in it, left to right, the longest at each place
	 */
	List<Found> find(TokenizedText t) {
		List<Found> found = new ArrayList<>();
		int i = 0;
		while (i < t.size()) {
			Found at = t.isWord(i) && firstTokens.mayContain(t.hash(i)) ? at(t, i) : null;
			if (at == null) {
				i++;
			} else {
				found.add(at);
				i = at.last() + 1;
			}
		}
		return found;
	}

	private Found at(TokenizedText t, int i) {
		List<Name> names = byFirstToken.get(t.token(i));
		if (names == null) {
			return null;
		}
		for (Name name : names) {
			if (matches(t, i, name.tokens())) {
				return new Found(i, i + name.tokens().length - 1, name.programme());
			}
		}
		return null;
	}

	// tokens are whole words, so a name never matches part of one; an acronym matches exactly
	private static boolean matches(TokenizedText t, int i, String[] tokens) {
		if (i + tokens.length > t.size()) {
			return false;
		}
		for (int k = 1; k < tokens.length; k++) {
			if (!tokens[k].equalsIgnoreCase(t.token(i + k)) || !t.joined(i + k - 1)) {
				return false;
			}
		}
		return true;
	}
}
