package dossier.ui.internal.catalog;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Amounts of money as the views show them: "£4,500,000", "$1,250.50", "12,000 CHF". */
public final class Money {

	private static final Map<String, String> SYMBOLS = Map.of("GBP", "£", "USD", "$", "EUR", "€"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$

	private Money() {
	}

	/**
	 * @param amount an amount
	 * @param currency its ISO 4217 code, or the empty string
	 * @return it written out, in whole units unless it has pence or cents
	 */
	public static String format(BigDecimal amount, String currency) {
		NumberFormat number = NumberFormat.getNumberInstance(Locale.UK);
		boolean whole = amount.stripTrailingZeros().scale() <= 0;
		number.setMinimumFractionDigits(whole ? 0 : 2);
		number.setMaximumFractionDigits(whole ? 0 : 2);
		String digits = number.format(whole ? amount : amount.setScale(2, RoundingMode.HALF_UP));
		String symbol = SYMBOLS.get(currency);
		if (symbol != null) {
			return amount.signum() < 0 ? "-" + symbol + digits.substring(1) : symbol + digits; //$NON-NLS-1$
		}
		return currency.isEmpty() ? digits : digits + " " + currency; //$NON-NLS-1$
	}

	/**
	 * @param amount an amount in pounds
	 * @return it written out, or the empty string for zero (a blank cell reads better than £0)
	 */
	static String pounds(BigDecimal amount) {
		return amount.signum() == 0 ? "" : format(amount, "GBP"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/**
	 * @param totals amounts by currency
	 * @return them in one line, pounds first ("£404,500,000; $2,000,000")
	 */
	static String totals(Map<String, BigDecimal> totals) {
		return totals.entrySet().stream()
				.sorted(Map.Entry.<String, BigDecimal>comparingByKey((a, b) -> a.equals("GBP") ? -1 //$NON-NLS-1$
						: b.equals("GBP") ? 1 : a.compareTo(b))) //$NON-NLS-1$
				.map(e -> format(e.getValue(), e.getKey())).collect(Collectors.joining("; ")); //$NON-NLS-1$
	}
}
