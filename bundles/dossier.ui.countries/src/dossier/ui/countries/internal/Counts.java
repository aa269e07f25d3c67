package dossier.ui.countries.internal;

import java.util.Locale;

/** Counts in words, with thousands grouped: "1 document", "1,234 mentions". */
public final class Counts {

	private Counts() {
	}

	/**
	 * @param n a count
	 * @param noun the thing counted, singular ("document")
	 * @return the count and the noun, plural unless the count is 1
	 */
	public static String of(long n, String noun) {
		return String.format(Locale.UK, "%,d %s", n, n == 1 ? noun : plural(noun)); //$NON-NLS-1$
	}

	/**
	 * @param n a number
	 * @return it with thousands grouped
	 */
	public static String grouped(long n) {
		return String.format(Locale.UK, "%,d", n); //$NON-NLS-1$
	}

	private static String plural(String noun) {
		if (noun.endsWith("y")) { //$NON-NLS-1$
			return noun.substring(0, noun.length() - 1) + "ies"; //$NON-NLS-1$
		}
		return noun + "s"; //$NON-NLS-1$
	}
}
