package dossier.countries.internal;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

import dossier.countries.Country;

/** Reads world-countries ({@code data/world-countries.json}, mledoze/countries 5.1.0, ODbL-1.0). */
public final class WorldCountries {

	private WorldCountries() {
	}

	/**
	 * @param reader the world-countries JSON array
	 * @return its countries, by common name
	 * @throws IOException if it cannot be read
	 */
	public static List<Country> read(Reader reader) throws IOException {
		JsonArray array;
		try {
			array = JsonParser.parseReader(reader).getAsJsonArray();
		} catch (JsonParseException | IllegalStateException e) {
			throw new IOException("Not world-countries JSON: " + e.getMessage(), e); //$NON-NLS-1$
		}
		List<Country> countries = new ArrayList<>(array.size());
		for (JsonElement element : array) {
			countries.add(country(element.getAsJsonObject()));
		}
		countries.sort(Comparator.comparing(c -> CountryNames.fold(c.name())));
		return List.copyOf(countries);
	}

	private static Country country(JsonObject o) {
		String alpha2 = string(o, "cca2"); //$NON-NLS-1$
		String alpha3 = string(o, "cca3"); //$NON-NLS-1$
		JsonObject name = o.has("name") ? o.getAsJsonObject("name") : new JsonObject(); //$NON-NLS-1$ //$NON-NLS-2$
		String common = string(name, "common"); //$NON-NLS-1$
		String official = string(name, "official"); //$NON-NLS-1$
		Set<String> aliases = new LinkedHashSet<>();
		for (String alias : strings(o, "altSpellings")) { //$NON-NLS-1$
			if (!alias.equalsIgnoreCase(alpha2) && !alias.equalsIgnoreCase(alpha3) && !alias.equals(common)
					&& !alias.equals(official)) {
				aliases.add(alias);
			}
		}
		Set<String> demonyms = new LinkedHashSet<>();
		JsonElement eng = o.has("demonyms") ? o.getAsJsonObject("demonyms").get("eng") : null; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		if (eng != null && eng.isJsonObject()) {
			for (String gender : List.of("m", "f")) { //$NON-NLS-1$ //$NON-NLS-2$
				String d = string(eng.getAsJsonObject(), gender);
				if (!d.isBlank()) {
					demonyms.add(d);
				}
			}
		}
		double latitude = 0;
		double longitude = 0;
		JsonElement latlng = o.get("latlng"); //$NON-NLS-1$
		if (latlng != null && latlng.isJsonArray() && latlng.getAsJsonArray().size() == 2) {
			latitude = latlng.getAsJsonArray().get(0).getAsDouble();
			longitude = latlng.getAsJsonArray().get(1).getAsDouble();
		}
		JsonElement area = o.get("area"); //$NON-NLS-1$
		JsonElement independent = o.get("independent"); //$NON-NLS-1$
		return new Country(alpha2, alpha3, string(o, "ccn3"), common, official, List.copyOf(aliases), //$NON-NLS-1$
				List.copyOf(demonyms), string(o, "region"), string(o, "subregion"), strings(o, "capital"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				independent != null && independent.isJsonPrimitive() && independent.getAsBoolean(), latitude,
				longitude, area != null && area.isJsonPrimitive() ? area.getAsDouble() : 0, strings(o, "borders")); //$NON-NLS-1$
	}

	private static String string(JsonObject o, String name) {
		JsonElement e = o.get(name);
		return e == null || !e.isJsonPrimitive() ? "" : e.getAsString(); //$NON-NLS-1$
	}

	private static List<String> strings(JsonObject o, String name) {
		JsonElement e = o.get(name);
		if (e == null || !e.isJsonArray()) {
			return List.of();
		}
		List<String> values = new ArrayList<>();
		for (JsonElement v : e.getAsJsonArray()) {
			if (v.isJsonPrimitive() && !v.getAsString().isBlank()) {
				values.add(v.getAsString());
			}
		}
		return values;
	}
}
