package dossier.ui.internal.funding;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Map;

/**
 * Amounts of money as people write them in briefs: short ({@code £4.5m}, {@code £400m},
 * {@code £1.2bn}, {@code £250,000}) and exact ({@code 4,500,000}).
 */
public final class AmountFormat {

	private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);
	private static final BigDecimal BILLION = BigDecimal.valueOf(1_000_000_000);
	private static final Map<String, String> SYMBOLS = Map.of("GBP", "£", "USD", "$", "EUR", "€"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$

	private AmountFormat() {
	}

	/**
	 * @param amount an amount
	 * @param currency its ISO 4217 code
	 * @return the amount in brief: millions and billions to at most two decimals, smaller
	 *         amounts in full; the currency's symbol, or its code before the number
	 */
	public static String brief(BigDecimal amount, String currency) {
		BigDecimal magnitude = amount.abs();
		String number;
		if (magnitude.compareTo(BILLION) >= 0) {
			number = decimals(amount.divide(BILLION), 2) + "bn"; //$NON-NLS-1$
		} else if (magnitude.compareTo(MILLION) >= 0) {
			number = decimals(amount.divide(MILLION), 2) + "m"; //$NON-NLS-1$
		} else {
			number = exact(amount);
		}
		String symbol = SYMBOLS.get(currency);
		if (symbol != null) {
			return number.startsWith("-") ? "-" + symbol + number.substring(1) : symbol + number; //$NON-NLS-1$ //$NON-NLS-2$
		}
		return currency.isEmpty() ? number : currency + ' ' + number;
	}

	/**
	 * @param amount an amount
	 * @return the amount in full with thousands separators, pence only when there are any
	 */
	public static String exact(BigDecimal amount) {
		boolean pence = amount.stripTrailingZeros().scale() > 0;
		DecimalFormat format = new DecimalFormat(pence ? "#,##0.00" : "#,##0", //$NON-NLS-1$ //$NON-NLS-2$
				DecimalFormatSymbols.getInstance(Locale.UK));
		format.setRoundingMode(RoundingMode.HALF_UP);
		return format.format(amount);
	}

	/**
	 * @param amount an amount in pounds
	 * @return it in millions, for the chart's axis
	 */
	public static double millions(BigDecimal amount) {
		return amount.divide(MILLION).doubleValue();
	}

	private static String decimals(BigDecimal value, int places) {
		DecimalFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.UK)); //$NON-NLS-1$
		format.setMaximumFractionDigits(places);
		format.setRoundingMode(RoundingMode.HALF_UP);
		return format.format(value);
	}
}
