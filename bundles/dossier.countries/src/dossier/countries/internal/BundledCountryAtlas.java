package dossier.countries.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;

import dossier.countries.Country;
import dossier.countries.CountryAtlas;
import dossier.countries.CountryOutline;
import dossier.countries.CountryOutline.Polygon;
import dossier.countries.FactbookNote;
import dossier.countries.MapResolution;

/**
 * The country data shipped in the bundle's {@code data/} folder (see its README.md): read
 * on first use, each part when it is first asked for, then held. Thread-safe.
 */
public final class BundledCountryAtlas implements CountryAtlas {

	/** world-countries 5.1.0, ODbL-1.0. */
	public static final String COUNTRIES = "/data/world-countries.json"; //$NON-NLS-1$
	/** The Factbook's transnational issues and background, 2006-2010. */
	public static final String FACTBOOK_2006_2010 = "/data/factbook-transnational-issues-2006-2010.jsonl.gz"; //$NON-NLS-1$
	/** The Factbook's trafficking in persons, 2022. */
	public static final String FACTBOOK_2022 = "/data/factbook-2022-trafficking-in-persons.jsonl"; //$NON-NLS-1$
	/** The TopoJSON object holding the country shapes. */
	static final String COUNTRIES_OBJECT = "countries"; //$NON-NLS-1$

	private volatile Countries countries;
	private volatile Map<String, List<FactbookNote>> notes;
	private volatile List<Integer> years;
	private final Map<MapResolution, Outlines> outlines = new EnumMap<>(MapResolution.class);

	/** The countries with their lookups. */
	private record Countries(List<Country> all, CountryNames names) {
	}

	/** The shapes of one map, with those of each country. */
	private record Outlines(List<CountryOutline> all, Map<String, CountryOutline> byAlpha2) {
	}

	/** For Declarative Services and tests. */
	public BundledCountryAtlas() {
	}

	/**
	 * @param resolution a map's scale
	 * @return the bundle resource with its TopoJSON
	 */
	public static String topology(MapResolution resolution) {
		return "/data/world-atlas-countries-" + resolution.scale() + ".topo.json"; //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Override
	public List<Country> countries() {
		return data().all();
	}

	@Override
	public Optional<Country> country(String code) {
		return code == null ? Optional.empty() : data().names().byCode(code);
	}

	@Override
	public Optional<Country> find(String codeOrName) {
		return codeOrName == null ? Optional.empty() : data().names().find(codeOrName);
	}

	@Override
	public List<Integer> factbookYears() {
		notesByCountry();
		return years;
	}

	@Override
	public List<FactbookNote> notes(String alpha2) {
		return alpha2 == null ? List.of() : notesByCountry().getOrDefault(alpha2.toUpperCase(java.util.Locale.ROOT), List.of());
	}

	@Override
	public List<CountryOutline> outlines(MapResolution resolution) {
		return outlinesOf(resolution).all();
	}

	@Override
	public Optional<CountryOutline> outline(String code, MapResolution resolution) {
		return country(code).map(c -> outlinesOf(resolution).byAlpha2().get(c.alpha2()));
	}

	private Countries data() {
		Countries c = countries;
		if (c == null) {
			synchronized (this) {
				c = countries;
				if (c == null) {
					List<Country> all = read(COUNTRIES, false, WorldCountries::read);
					c = new Countries(all, new CountryNames(all));
					countries = c;
				}
			}
		}
		return c;
	}

	private Map<String, List<FactbookNote>> notesByCountry() {
		Map<String, List<FactbookNote>> n = notes;
		if (n == null) {
			synchronized (this) {
				n = notes;
				if (n == null) {
					CountryNames names = data().names();
					Factbook factbook = new Factbook(names::find);
					read(FACTBOOK_2006_2010, true, r -> {
						factbook.read2006To2010(r);
						return null;
					});
					read(FACTBOOK_2022, false, r -> {
						factbook.read2022(r);
						return null;
					});
					Comparator<FactbookNote> order = Comparator.comparingInt(FactbookNote::year).reversed()
							.thenComparingInt(BundledCountryAtlas::sectionOrder);
					Map<String, List<FactbookNote>> grouped = new HashMap<>();
					TreeSet<Integer> editions = new TreeSet<>();
					for (FactbookNote note : factbook.notes()) {
						grouped.computeIfAbsent(note.alpha2(), k -> new ArrayList<>()).add(note);
						editions.add(note.year());
					}
					grouped.replaceAll((k, list) -> list.stream().sorted(order).toList());
					years = List.copyOf(editions);
					n = Map.copyOf(grouped);
					notes = n;
				}
			}
		}
		return n;
	}

	private static int sectionOrder(FactbookNote note) {
		int i = FactbookNote.SECTIONS.indexOf(note.section());
		return i < 0 ? FactbookNote.SECTIONS.size() : i;
	}

	private Outlines outlinesOf(MapResolution resolution) {
		synchronized (outlines) {
			Outlines o = outlines.get(resolution);
			if (o == null) {
				o = decode(resolution);
				outlines.put(resolution, o);
			}
			return o;
		}
	}

	private Outlines decode(MapResolution resolution) {
		TopoJson topology = read(topology(resolution), false, TopoJson::read);
		CountryNames names = data().names();
		List<CountryOutline> all = new ArrayList<>();
		Map<String, List<CountryOutline>> parts = new LinkedHashMap<>();
		try {
			for (TopoJson.Feature feature : topology.features(COUNTRIES_OBJECT)) {
				String name = feature.property("name"); //$NON-NLS-1$
				// the map has no code for Kosovo; it goes by name, as would any other
				Optional<Country> country = feature.id().isEmpty() ? names.find(name) : names.byCode(feature.id());
				CountryOutline outline = new CountryOutline(feature.id(), country.map(Country::alpha2).orElse(""), //$NON-NLS-1$
						name, feature.polygons());
				all.add(outline);
				if (!outline.alpha2().isEmpty()) {
					parts.computeIfAbsent(outline.alpha2(), k -> new ArrayList<>()).add(outline);
				}
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		Map<String, CountryOutline> byAlpha2 = new HashMap<>();
		parts.forEach((alpha2, list) -> byAlpha2.put(alpha2, list.size() == 1 ? list.get(0) : merge(list)));
		return new Outlines(List.copyOf(all), Map.copyOf(byAlpha2));
	}

	/** One country drawn as several shapes (Australia and the Ashmore and Cartier Islands). */
	private static CountryOutline merge(List<CountryOutline> parts) {
		List<Polygon> polygons = new ArrayList<>();
		parts.forEach(p -> polygons.addAll(p.polygons()));
		CountryOutline first = parts.get(0);
		return new CountryOutline(first.numeric(), first.alpha2(), first.name(), polygons);
	}

	/** Reads one bundle resource. */
	private interface Parse<T> {
		T parse(BufferedReader reader) throws IOException;
	}

	private static <T> T read(String resource, boolean gzipped, Parse<T> parse) {
		try (InputStream in = BundledCountryAtlas.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("The country data " + resource + " is missing from this build"); //$NON-NLS-1$ //$NON-NLS-2$
			}
			InputStream data = gzipped ? new GZIPInputStream(in, 1 << 16) : in;
			return parse.parse(new BufferedReader(new InputStreamReader(data, StandardCharsets.UTF_8), 1 << 16));
		} catch (IOException e) {
			throw new UncheckedIOException("Cannot read the country data " + resource + ": " + e.getMessage(), e); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}
}
