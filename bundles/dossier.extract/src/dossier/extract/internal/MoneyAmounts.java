package dossier.extract.internal;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds money amounts in the forms written answers use and normalises them: "£4.5million",
 * "£4.5 million", "£400 million", "£1.2bn", "£1.2 billion", "£250,000", "£5m", "£5k",
 * "€3 million", "$2m", "US$2m", "GBP 5 million", "4.5 million pounds", "3 million euros".
 * In a range written with one unit ("£5-10 million") the unit applies to both ends. Pence
 * ("16p", "50 pence") are read as pounds (0.16). A bare figure in a table whose header gives
 * the unit ("Total funding (£m)", then "£249.3" on its own line) is in that unit.
 */
final class MoneyAmounts {

	/**
	 * An amount as found.
	 *
	 * @param start first character
	 * @param end just past the last
	 * @param value the amount in whole units of the currency
	 * @param currency ISO 4217: GBP, EUR or USD
	 */
	record Amount(int start, int end, BigDecimal value, String currency) {

		/** @return the value as a plain decimal string: {@code 4500000} */
		String plain() {
			return value.stripTrailingZeros().toPlainString();
		}
	}

	private static final String NUMBER = "(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)"; //$NON-NLS-1$
	private static final Pattern SYMBOL = Pattern.compile("(?=[$£€GEU])(?<![\\w£€$])(US\\$|\\$|£|€|(?:GBP|EUR|USD)\\s?)" + NUMBER //$NON-NLS-1$
			// a word unit may run into a figure after it ("£502 million2025-26" where a table lost its breaks)
			+ "(?:[\\s\u00a0]?(million|billion|thousand|trillion|bn|mn)(?![a-zA-Z_])|(m|k|b)(?![\\w])|(?![\\w]))"); //$NON-NLS-1$
	private static final Pattern WORDS = Pattern.compile("(?=\\d)(?<![\\w£€$.,])" + NUMBER //$NON-NLS-1$
			+ "[\\s\u00a0]?(million|billion|thousand|bn|m)?[\\s\u00a0]+(pounds(?:\\s+sterling)?|sterling|euros?|(?:US\\s+)?dollars)\\b", //$NON-NLS-1$
			Pattern.CASE_INSENSITIVE);
	// "£5-10 million", "£5 to £10 million": the first end takes the unit of the second
	private static final Pattern RANGE_UNIT = Pattern
			.compile("^\\s?(?:-|–|to)\\s?[£€$]?\\d[\\d,.]*[\\s\u00a0]?(million|billion|thousand|bn|mn|m|k)(?![\\w])"); //$NON-NLS-1$

	private static final Pattern PENCE = Pattern.compile("(?=\\d)(?<![\\w£€$.,])(\\d{1,3}(?:\\.\\d+)?)(?:p|\\s?pence)(?![\\w])"); //$NON-NLS-1$
	// "(£m)", "(£ million)", "(£000)": the unit of the table cells below
	private static final Pattern TABLE_UNIT = Pattern.compile("\\((?:£|GBP)\\s?(m|million|bn|billion|000s?|k)\\)"); //$NON-NLS-1$
	private static final int TABLE_REACH = 400;
	private static final int CELL = 40;
	// "pound", "euro", "dollar", "pence" in either case, for the amounts in words
	private static final List<String> WORD_CLUES = List.of("pound", "Pound", "POUND", "euro", "Euro", "EURO", "dollar", "Dollar", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
			"DOLLAR", "sterling", "Sterling", "pence"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

	private MoneyAmounts() {
	}

	/**
	 * A test that is much cheaper than {@link #find(String)}: most answers hold no money.
	 *
	 * @param text a text
	 * @return false only when the text can hold no amount {@link #find(String)} reads
	 */
	static boolean mayHold(String text) {
		int n = text.length();
		for (int i = 0; i < n; i++) {
			char c = text.charAt(i);
			if (c == '£' || c == '€' || c == '$' || c == 'p' && i > 0 && Character.isDigit(text.charAt(i - 1))) {
				return true;
			}
		}
		return text.contains("GBP") || text.contains("EUR") || text.contains("USD") || hasWords(text); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	private static boolean hasWords(String text) {
		for (String clue : WORD_CLUES) {
			if (text.contains(clue)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * @param text a text
	 * @return the amounts in it, in text order
	 */
	static List<Amount> find(String text) {
		List<Amount> amounts = new ArrayList<>();
		Matcher m = SYMBOL.matcher(text);
		while (m.find()) {
			String unit = m.group(3) != null ? m.group(3) : m.group(4);
			if (unit == null) {
				Matcher range = RANGE_UNIT.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 30)));
				unit = range.find() ? range.group(1) : tableUnit(text, m.start());
			}
			amounts.add(new Amount(m.start(), m.end(), value(m.group(2), unit), currency(m.group(1))));
		}
		Matcher w = WORDS.matcher(text);
		boolean words = hasWords(text);
		while (words && w.find()) {
			int start = w.start();
			int end = w.end();
			if (amounts.stream().noneMatch(a -> a.start() < end && a.end() > start)) {
				amounts.add(new Amount(start, end, value(w.group(1), w.group(2)), currency(w.group(3))));
			}
		}
		Matcher p = PENCE.matcher(text);
		while (p.find()) {
			int start = p.start();
			int end = p.end();
			if (amounts.stream().noneMatch(a -> a.start() < end && a.end() > start)) {
				amounts.add(new Amount(start, end, new BigDecimal(p.group(1)).movePointLeft(2), "GBP")); //$NON-NLS-1$
			}
		}
		amounts.sort((a, b) -> Integer.compare(a.start(), b.start()));
		return amounts;
	}

	// a header "(£m)" above, with nothing between but short table cells
	private static String tableUnit(String text, int start) {
		int from = Math.max(0, start - TABLE_REACH);
		Matcher header = TABLE_UNIT.matcher(text).region(from, start);
		int at = -1;
		String unit = null;
		while (header.find()) {
			at = header.end();
			unit = header.group(1);
		}
		if (unit == null) {
			return null;
		}
		int lineStart = text.indexOf('\n', at);
		if (lineStart < 0 || lineStart > start) {
			return null; // the header and the figure share a line: "(£m)" then a sentence
		}
		for (int line = lineStart; line < start;) {
			int next = text.indexOf('\n', line + 1);
			next = next < 0 || next > start ? start : next;
			if (next - line > CELL) {
				return null;
			}
			line = next;
		}
		return unit.startsWith("000") ? "k" : unit; //$NON-NLS-1$ //$NON-NLS-2$
	}

	/**
	 * @param number digits with optional thousands commas and decimals
	 * @param unit million, billion, thousand, bn, mn, m, k, b, or null
	 * @return the value in whole units
	 */
	static BigDecimal value(String number, String unit) {
		BigDecimal value = new BigDecimal(number.replace(",", "")); //$NON-NLS-1$ //$NON-NLS-2$
		if (unit == null) {
			return value;
		}
		return switch (unit.toLowerCase(Locale.ROOT)) {
			case "thousand", "k" -> value.scaleByPowerOfTen(3); //$NON-NLS-1$ //$NON-NLS-2$
			case "million", "mn", "m" -> value.scaleByPowerOfTen(6); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			case "billion", "bn", "b" -> value.scaleByPowerOfTen(9); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			case "trillion" -> value.scaleByPowerOfTen(12); //$NON-NLS-1$
			default -> value;
		};
	}

	private static String currency(String written) {
		String w = written.strip().toLowerCase(Locale.ROOT);
		if (w.equals("€") || w.startsWith("eur")) { //$NON-NLS-1$ //$NON-NLS-2$
			return "EUR"; //$NON-NLS-1$
		}
		if (w.contains("$") || w.contains("dollar") || w.equals("usd")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			return "USD"; //$NON-NLS-1$
		}
		return "GBP"; //$NON-NLS-1$
	}

	/**
	 * @param amount an amount
	 * @return it as people write it: {@code £4.5 million}, {@code £250,000}, {@code €1.2 billion}
	 */
	static String display(Amount amount) {
		String symbol = switch (amount.currency()) {
			case "EUR" -> "€"; //$NON-NLS-1$ //$NON-NLS-2$
			case "USD" -> "$"; //$NON-NLS-1$ //$NON-NLS-2$
			default -> "£"; //$NON-NLS-1$
		};
		BigDecimal value = amount.value();
		DecimalFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.UK)); //$NON-NLS-1$
		if (value.compareTo(BigDecimal.valueOf(1_000_000_000L)) >= 0) {
			return symbol + format.format(value.movePointLeft(9)) + " billion"; //$NON-NLS-1$
		}
		if (value.compareTo(BigDecimal.valueOf(1_000_000L)) >= 0) {
			return symbol + format.format(value.movePointLeft(6)) + " million"; //$NON-NLS-1$
		}
		return symbol + format.format(value);
	}
}
