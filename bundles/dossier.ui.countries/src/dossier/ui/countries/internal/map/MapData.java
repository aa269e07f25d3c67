package dossier.ui.countries.internal.map;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.swt.graphics.Color;

import dossier.countries.CountryOutline;
import dossier.ui.countries.internal.CountryRow;

/**
 * What the map shows of each shape, by its index in the outlines: its name, its counts, its
 * colour in the choropleth; and the shapes the collection mentions, most mentions first, for
 * stepping through them and finding one by name.
 */
final class MapData {

	private final Color none;
	private List<CountryOutline> outlines = List.of();
	private String[] names = new String[0];
	private CountryRow[] rows = new CountryRow[0];
	private Color[] fills = new Color[0];
	private Choropleth classes = Choropleth.upTo(0);
	private int[] mentioned = new int[0];

	/** @param none the colour of the shapes the collection does not mention */
	MapData(Color none) {
		this.none = none;
	}

	/**
	 * @param newOutlines the shapes, in the order they are painted
	 * @param countryNames the name to show for an alpha-2 code; shapes without one, or not in
	 *                     it, show the name the map gives them
	 */
	void setOutlines(List<CountryOutline> newOutlines, Map<String, String> countryNames) {
		outlines = List.copyOf(newOutlines);
		names = new String[outlines.size()];
		for (int i = 0; i < names.length; i++) {
			CountryOutline outline = outlines.get(i);
			names[i] = countryNames.getOrDefault(outline.alpha2(), outline.name());
		}
		setCounts(List.of());
	}

	/** @param counts the countries with their counts; the others have none */
	void setCounts(List<CountryRow> counts) {
		Map<String, CountryRow> byCode = new LinkedHashMap<>();
		counts.forEach(r -> byCode.put(r.alpha2(), r));
		rows = new CountryRow[outlines.size()];
		long max = 0;
		List<Integer> withMentions = new ArrayList<>();
		for (int i = 0; i < rows.length; i++) {
			rows[i] = byCode.get(outlines.get(i).alpha2());
			if (rows[i] != null && rows[i].mentions() > 0) {
				max = Math.max(max, rows[i].mentions());
				withMentions.add(i);
			}
		}
		withMentions.sort(Comparator.comparingInt((Integer i) -> -rows[i].mentions()).thenComparing(i -> names[i]));
		mentioned = withMentions.stream().mapToInt(Integer::intValue).toArray();
		classes = Choropleth.upTo(max);
		fills = new Color[rows.length];
		for (int i = 0; i < rows.length; i++) {
			int c = rows[i] == null ? -1 : classes.classOf(rows[i].mentions());
			fills[i] = c < 0 ? none : new Color(classes.colour(c));
		}
	}

	/** @return the outlines */
	List<CountryOutline> outlines() {
		return outlines;
	}

	/** @return each shape's colour */
	Color[] fills() {
		return fills;
	}

	/** @return the choropleth's classes */
	Choropleth classes() {
		return classes;
	}

	/** @return a shape's name */
	String name(int index) {
		return names[index];
	}

	/** @return a shape's alpha-2 code, or "" for a shape that is no ISO 3166 country */
	String code(int index) {
		return outlines.get(index).alpha2();
	}

	/** @return a shape's counts in words */
	String counts(int index) {
		return rows[index] == null ? "not mentioned in the collection" : rows[index].counts(); //$NON-NLS-1$
	}

	/** @return the shape of the country with that alpha-2 code, or -1 */
	int indexOf(String alpha2) {
		for (int i = 0; i < outlines.size(); i++) {
			if (outlines.get(i).alpha2().equalsIgnoreCase(alpha2)) {
				return i;
			}
		}
		return -1;
	}

	/**
	 * @param prefix the start of a name, in any case
	 * @return the country whose name starts so, the most mentioned first, or -1
	 */
	int find(String prefix) {
		String wanted = prefix.toLowerCase(Locale.ROOT);
		for (int index : mentioned) {
			if (names[index].toLowerCase(Locale.ROOT).startsWith(wanted)) {
				return index;
			}
		}
		for (int i = 0; i < names.length; i++) {
			if (!code(i).isEmpty() && names[i].toLowerCase(Locale.ROOT).startsWith(wanted)) {
				return i;
			}
		}
		return -1;
	}

	/**
	 * @param from a shape, or -1
	 * @param direction 1 for the next, -1 for the previous
	 * @return the next (or previous) country the collection mentions after {@code from}, most
	 *         mentions first, wrapping round; the first (or last) if {@code from} is none of them;
	 *         -1 if none is mentioned
	 */
	int step(int from, int direction) {
		if (mentioned.length == 0) {
			return -1;
		}
		for (int i = 0; i < mentioned.length; i++) {
			if (mentioned[i] == from) {
				return mentioned[Math.floorMod(i + direction, mentioned.length)];
			}
		}
		return direction > 0 ? mentioned[0] : mentioned[mentioned.length - 1];
	}
}
