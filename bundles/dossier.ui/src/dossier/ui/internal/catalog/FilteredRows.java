package dossier.ui.internal.catalog;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rows a table shows: all of them sorted, then those containing every filter word or
 * quoted phrase (a row's fields are separate lines, so a phrase does not run from one into
 * the next). Each row's search text is lower-cased once, when the rows are set, so that filtering on
 * every keystroke only compares strings. Not thread-safe: use it on the UI thread.
 *
 * @param <T> the row type
 */
final class FilteredRows<T> {

	/** A "quoted phrase" (its closing quote may be still to come) or a word. */
	private static final Pattern TOKEN = Pattern.compile("\"([^\"]*)\"?|([^\\s\"]+)"); //$NON-NLS-1$

	private final Function<T, String> searchText;
	private List<Row<T>> given = List.of();
	private List<Row<T>> sorted = List.of();
	private Comparator<? super T> order;
	private String[] words = {};
	private List<T> shown = List.of();

	/**
	 * @param searchText the text of a row the filter words are looked for in
	 * @param order the initial order, or {@code null} to keep the order rows are given in
	 */
	FilteredRows(Function<T, String> searchText, Comparator<? super T> order) {
		this.searchText = searchText;
		this.order = order;
	}

	/** @param rows the rows, replacing the previous ones */
	void setAll(List<T> rows) {
		List<Row<T>> keyed = new ArrayList<>(rows.size());
		for (T row : rows) {
			String text = searchText.apply(row);
			keyed.add(new Row<>(row, text == null ? "" : text.toLowerCase(Locale.ROOT))); //$NON-NLS-1$
		}
		given = keyed;
		sort();
	}

	/** @param newOrder the order to show rows in; rows it finds equal keep the order they were given in */
	void setOrder(Comparator<? super T> newOrder) {
		order = newOrder;
		sort();
	}

	/**
	 * @param filter words that a row must all contain, in any case, and "quoted phrases"
	 *               that one of its fields must contain; blank shows every row
	 * @return whether the filter changed
	 */
	boolean setFilter(String filter) {
		List<String> parsed = new ArrayList<>();
		Matcher m = TOKEN.matcher(filter == null ? "" : filter.toLowerCase(Locale.ROOT)); //$NON-NLS-1$
		while (m.find()) {
			String token = m.group(1) != null ? m.group(1).strip().replaceAll("\\s+", " ") : m.group(2); //$NON-NLS-1$ //$NON-NLS-2$
			if (!token.isEmpty()) {
				parsed.add(token);
			}
		}
		String[] newWords = parsed.toArray(String[]::new);
		if (Arrays.equals(words, newWords)) {
			return false;
		}
		words = newWords;
		select();
		return true;
	}

	/** @return the rows shown, sorted and filtered; unmodifiable */
	List<T> shown() {
		return shown;
	}

	/** @return how many rows there are in all */
	int total() {
		return given.size();
	}

	private void sort() {
		if (order == null) {
			sorted = given;
		} else {
			List<Row<T>> resorted = new ArrayList<>(given);
			resorted.sort((a, b) -> order.compare(a.value(), b.value())); // stable
			sorted = resorted;
		}
		select();
	}

	private void select() {
		List<T> matching = new ArrayList<>(words.length == 0 ? sorted.size() : 64);
		for (Row<T> row : sorted) {
			if (matches(row.text())) {
				matching.add(row.value());
			}
		}
		shown = Collections.unmodifiableList(matching);
	}

	private boolean matches(String text) {
		for (String word : words) {
			if (!text.contains(word)) {
				return false;
			}
		}
		return true;
	}

	private record Row<T>(T value, String text) {
	}
}
