package dossier.countries.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

import dossier.countries.Country;
import dossier.countries.FactbookNote;

/**
 * Reads the CIA World Factbook extracts: the 2006-2010 transnational issues (JSON lines with
 * {@code year, country, gec, iso2, field, text}) and the 2022 trafficking in persons notes
 * (JSON lines with {@code gec, country, current_situation, tier_rating} in HTML). Rows for
 * the world, the oceans, the EU and places without an ISO 3166 code are left out.
 */
public final class Factbook {

	/** "Tier 1", "Tier 2", "Tier 2 Watch List", "Tier 3", however they are spaced and cased. */
	private static final Pattern TIER = Pattern.compile("(?i)\\bTier\\s*(1|2\\s*Watch\\s*List|2|3)\\b"); //$NON-NLS-1$
	private static final Pattern TIER_RATING = Pattern.compile("(?i)tier rating:"); //$NON-NLS-1$

	private final Function<String, Optional<Country>> byName;
	/** Factbook GEC codes to ISO alpha-2, learned from the 2006-2010 rows, which carry both. */
	private final Map<String, String> gecToIso = new HashMap<>();
	private final List<FactbookNote> notes = new ArrayList<>();

	/** @param byName finds a country by name, for the rows without an ISO code */
	public Factbook(Function<String, Optional<Country>> byName) {
		this.byName = byName;
	}

	/** @return the notes read so far */
	public List<FactbookNote> notes() {
		return notes;
	}

	/**
	 * Reads the 2006-2010 transnational issues; read them before {@link #read2022(Reader)}.
	 *
	 * @param reader JSON lines
	 * @throws IOException if they cannot be read
	 */
	public void read2006To2010(Reader reader) throws IOException {
		for (JsonObject row : rows(reader)) {
			String iso = string(row, "iso2").toUpperCase(Locale.ROOT); //$NON-NLS-1$
			String gec = string(row, "gec").toLowerCase(Locale.ROOT); //$NON-NLS-1$
			if (iso.isEmpty()) {
				iso = byName.apply(string(row, "country")).map(Country::alpha2).orElse(""); //$NON-NLS-1$ //$NON-NLS-2$
			} else if (!gec.isEmpty()) {
				gecToIso.put(gec, iso);
			}
			String text = PlainText.of(string(row, "text")); //$NON-NLS-1$
			if (iso.isEmpty() || text.isEmpty() || !row.has("year")) { //$NON-NLS-1$
				continue;
			}
			String section = string(row, "field"); //$NON-NLS-1$
			notes.add(new FactbookNote(iso, row.get("year").getAsInt(), section, //$NON-NLS-1$
					FactbookNote.TRAFFICKING_IN_PERSONS.equals(section) ? tier(text) : "", text)); //$NON-NLS-1$
		}
	}

	/**
	 * Reads the 2022 trafficking in persons notes.
	 *
	 * @param reader JSON lines
	 * @throws IOException if they cannot be read
	 */
	public void read2022(Reader reader) throws IOException {
		for (JsonObject row : rows(reader)) {
			String gec = string(row, "gec").toLowerCase(Locale.ROOT); //$NON-NLS-1$
			String iso = gecToIso.get(gec);
			if (iso == null) {
				iso = byName.apply(string(row, "country")).map(Country::alpha2).orElse(""); //$NON-NLS-1$ //$NON-NLS-2$
			}
			String situation = PlainText.of(string(row, "current_situation")); //$NON-NLS-1$
			String rating = PlainText.of(string(row, "tier_rating")); //$NON-NLS-1$
			if (iso.isEmpty() || situation.isEmpty() && rating.isEmpty()) {
				continue;
			}
			// the 2006-2010 editions' form of the same field
			String text = "current situation: " + situation //$NON-NLS-1$
					+ (rating.isEmpty() ? "" : " tier rating: " + rating); //$NON-NLS-1$ //$NON-NLS-2$
			notes.add(new FactbookNote(iso, 2022, FactbookNote.TRAFFICKING_IN_PERSONS, tier(text), text));
		}
	}

	/**
	 * @param text a trafficking in persons note
	 * @return the tier rating it gives ("Tier 2 Watch List"), or the empty string
	 */
	static String tier(String text) {
		Matcher rating = TIER_RATING.matcher(text);
		int from = rating.find() ? rating.end() : 0;
		Matcher m = TIER.matcher(text);
		if (!m.find(from)) {
			return ""; //$NON-NLS-1$
		}
		String level = m.group(1).replaceAll("\\s+", " "); //$NON-NLS-1$ //$NON-NLS-2$
		return "Tier " + (level.length() > 1 ? "2 Watch List" : level); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static List<JsonObject> rows(Reader reader) throws IOException {
		List<JsonObject> rows = new ArrayList<>();
		BufferedReader lines = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
		int number = 0;
		for (String line = lines.readLine(); line != null; line = lines.readLine()) {
			number++;
			if (line.isBlank()) {
				continue;
			}
			try {
				rows.add(JsonParser.parseString(line).getAsJsonObject());
			} catch (JsonParseException | IllegalStateException e) {
				throw new IOException("Line " + number + " is no JSON object: " + e.getMessage(), e); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		return rows;
	}

	private static String string(JsonObject o, String name) {
		JsonElement e = o.get(name);
		return e == null || !e.isJsonPrimitive() ? "" : e.getAsString(); //$NON-NLS-1$
	}
}
