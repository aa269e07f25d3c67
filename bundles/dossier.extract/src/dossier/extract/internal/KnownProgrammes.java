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
 * match as whole tokens, exactly. Tokens are cut as {@link TokenizedText} cuts them, but the
 * text is read once without cutting it up: a word's hash code, worked out as it is read,
 * tells whether a name may start there (as {@link AgencyGazetteer}'s lookups do), and only
 * then are the following tokens read. Immutable once loaded.
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

	/** A name found: characters start to end. */
	record Found(int start, int end, Programme programme) {
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
	 * @param text a document's text
	 * @return the known names, aliases and acronyms in it, left to right, the longest at each place
	 */
	List<Found> find(String text) {
		List<Found> found = new ArrayList<>();
		int n = text.length();
		int i = 0;
		while (i < n) {
			if (!letterOrDigit(text.charAt(i))) {
				i++;
				continue;
			}
			int hash = 0;
			int j = i;
			while (j < n && letterOrDigit(text.charAt(j))) {
				hash = 31 * hash + text.charAt(j);
				j++;
			}
			Found at = firstTokens.mayContain(hash) ? at(text, i, j) : null;
			if (at != null) {
				found.add(at);
				i = at.end();
			} else {
				i = j;
			}
		}
		return found;
	}

	private Found at(String text, int start, int firstEnd) {
		List<Name> names = byFirstToken.get(text.substring(start, firstEnd));
		if (names == null) {
			return null;
		}
		for (Name name : names) {
			int end = matchEnd(text, firstEnd, name.tokens());
			if (end >= 0) {
				return new Found(start, end, name.programme());
			}
		}
		return null;
	}

	/** @return the end of tokens 1... of a name read from {@code from} on one line, in any case; -1 if they differ */
	private static int matchEnd(String text, int from, String[] tokens) {
		int at = from;
		for (int k = 1; k < tokens.length; k++) {
			while (at < text.length() && isSpace(text.charAt(at))) {
				at++;
			}
			if (at >= text.length()) {
				return -1;
			}
			int end = at;
			if (Character.isLetterOrDigit(text.charAt(at))) {
				while (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
					end++;
				}
				if (!tokens[k].regionMatches(true, 0, text, at, end - at) || tokens[k].length() != end - at) {
					return -1;
				}
			} else {
				char c = text.charAt(at) == '\u2019' || text.charAt(at) == '\u2018' ? '\'' : text.charAt(at);
				if (tokens[k].length() != 1 || tokens[k].charAt(0) != c) {
					return -1;
				}
				end = at + 1;
			}
			at = end;
		}
		return at;
	}

	private static boolean letterOrDigit(char c) {
		return c < 128 ? c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' : Character.isLetterOrDigit(c);
	}

	// spaces and tabs, not line breaks: names do not run across lines
	private static boolean isSpace(char c) {
		return c == ' ' || c == '\t' || c == '\u00a0';
	}
}
