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
import java.util.Optional;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The countries Dossier knows and the names it finds them by. The data ships in the bundle as
 * {@code /data/countries.json}, a subset of world-countries 5.1.0 (ODbL-1.0, see
 * {@code data/world-countries.LICENSE}). Immutable and thread-safe.
 */
public final class CountryGazetteer {

	/** The bundle resource holding the country data. */
	public static final String RESOURCE = "/data/countries.json"; //$NON-NLS-1$

	/** A name found in text: it ends at {@code end}. */
	record Found(int end, CountryName name) {
	}

	private final Map<String, Country> byId;
	// names by their first word, longest first, so the first that matches is the longest
	private final Map<String, List<CountryName>> byFirstWord = new HashMap<>();

	private CountryGazetteer(Map<String, Country> byId, List<CountryName> names) {
		this.byId = Map.copyOf(byId);
		for (CountryName name : names) {
			byFirstWord.computeIfAbsent(firstWord(name.text(), 0), k -> new ArrayList<>()).add(name);
		}
		byFirstWord.replaceAll((word, list) -> list.stream()
				.sorted(Comparator.comparingInt((CountryName n) -> n.text().length()).reversed()).toList());
	}

	/** @return the gazetteer of the shipped data, read on first use */
	public static CountryGazetteer shared() {
		return Shared.INSTANCE;
	}

	private static final class Shared {
		static final CountryGazetteer INSTANCE = readResource();
	}

	private static CountryGazetteer readResource() {
		try (InputStream in = CountryGazetteer.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("The country data " + RESOURCE + " is missing"); //$NON-NLS-1$ //$NON-NLS-2$
			}
			return read(new InputStreamReader(in, StandardCharsets.UTF_8));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * @param reader country data in the format of {@link #RESOURCE}
	 * @return a gazetteer of those countries
	 */
	public static CountryGazetteer read(Reader reader) {
		Map<String, Country> byId = new LinkedHashMap<>();
		CountryNames names = new CountryNames();
		for (JsonElement element : JsonParser.parseReader(reader).getAsJsonArray()) {
			JsonObject o = element.getAsJsonObject();
			JsonObject name = o.getAsJsonObject("name"); //$NON-NLS-1$
			Country country = new Country(string(o, "cca2"), string(o, "cca3"), string(name, "common"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					string(o, "region"), string(o, "subregion"), o.has("independent") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
							&& o.get("independent").getAsBoolean()); //$NON-NLS-1$
			byId.put(country.id(), country);
			names.addName(country.name(), country);
			names.addName(string(name, "official"), country); //$NON-NLS-1$
			if (o.has("altSpellings")) { //$NON-NLS-1$
				o.getAsJsonArray("altSpellings").forEach(s -> names.addName(s.getAsString(), country)); //$NON-NLS-1$
			}
			JsonObject demonyms = o.has("demonyms") ? o.getAsJsonObject("demonyms").getAsJsonObject("eng") : null; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			if (demonyms != null) {
				names.addDemonym(string(demonyms, "m"), country); //$NON-NLS-1$
				names.addDemonym(string(demonyms, "f"), country); //$NON-NLS-1$
			}
		}
		return new CountryGazetteer(byId, names.build(byId));
	}

	private static String string(JsonObject o, String member) {
		JsonElement e = o == null ? null : o.get(member);
		return e == null || e.isJsonNull() ? "" : e.getAsString(); //$NON-NLS-1$
	}

	/** @param id an ISO 3166-1 alpha-2 code @return that country, if known */
	public Optional<Country> country(String id) {
		return Optional.ofNullable(byId.get(id));
	}

	/** @return every known country */
	public Collection<Country> countries() {
		return byId.values();
	}

	/**
	 * @param text a text
	 * @param start where a capitalised word starts
	 * @return the longest name or blocking phrase written there and ending at a word boundary, or null
	 */
	Found longestAt(String text, int start) {
		List<CountryName> candidates = byFirstWord.get(firstWord(text, start));
		if (candidates == null) {
			return null;
		}
		for (CountryName candidate : candidates) {
			int end = matchEnd(text, start, candidate.text());
			if (end > 0 && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)))) {
				return new Found(end, candidate);
			}
		}
		return null;
	}

	/** @return the letters from start on ("Côte" of "Côte d'Ivoire", "U" of "U.S.") */
	static String firstWord(String text, int start) {
		int end = start;
		while (end < text.length() && Character.isLetter(text.charAt(end))) {
			end++;
		}
		return text.substring(start, end);
	}

	/** Compares case-sensitively; a space matches any white space, ' matches ’ too. */
	private static int matchEnd(String text, int start, String name) {
		int t = start;
		for (int i = 0; i < name.length(); i++) {
			char n = name.charAt(i);
			if (t >= text.length()) {
				return -1;
			}
			char c = text.charAt(t);
			if (n == ' ') {
				if (!isSpace(c)) {
					return -1;
				}
				while (t < text.length() && isSpace(text.charAt(t))) {
					t++;
				}
				continue;
			}
			if (c != n && !(n == '\'' && c == '\u2019')) {
				return -1;
			}
			t++;
		}
		return t;
	}

	private static boolean isSpace(char c) {
		return Character.isWhitespace(c) || Character.isSpaceChar(c);
	}
}
