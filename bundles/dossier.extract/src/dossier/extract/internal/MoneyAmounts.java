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
 * In a range written with one unit ("£5-10 million") the unit applies to both ends.
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
	private static final Pattern SYMBOL = Pattern.compile("(?<![\\w£€$])(US\\$|\\$|£|€|(?:GBP|EUR|USD)\\s?)" + NUMBER //$NON-NLS-1$
			+ "(?:\\s?(million|billion|thousand|trillion|bn|mn)|(m|k|b))?(?![\\w])"); //$NON-NLS-1$
	private static final Pattern WORDS = Pattern.compile("(?<![\\w£€$.,])" + NUMBER //$NON-NLS-1$
			+ "\\s?(million|billion|thousand|bn|m)?\\s+(pounds(?:\\s+sterling)?|sterling|euros?|(?:US\\s+)?dollars)\\b", //$NON-NLS-1$
			Pattern.CASE_INSENSITIVE);
	// "£5-10 million", "£5 to £10 million": the first end takes the unit of the second
	private static final Pattern RANGE_UNIT = Pattern
			.compile("^\\s?(?:-|–|to)\\s?[£€$]?\\d[\\d,.]*\\s?(million|billion|thousand|bn|mn|m|k)(?![\\w])"); //$NON-NLS-1$

	private MoneyAmounts() {
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
				unit = range.find() ? range.group(1) : null;
			}
			amounts.add(new Amount(m.start(), m.end(), value(m.group(2), unit), currency(m.group(1))));
		}
		Matcher w = WORDS.matcher(text);
		while (w.find()) {
			int start = w.start();
			int end = w.end();
			if (amounts.stream().noneMatch(a -> a.start() < end && a.end() > start)) {
				amounts.add(new Amount(start, end, value(w.group(1), w.group(2)), currency(w.group(3))));
			}
		}
		amounts.sort((a, b) -> Integer.compare(a.start(), b.start()));
		return amounts;
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
