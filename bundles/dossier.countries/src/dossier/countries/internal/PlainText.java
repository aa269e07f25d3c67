package dossier.countries.internal;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** HTML fragments of the Factbook data as plain text, and text escaped for HTML. */
public final class PlainText {

	private static final Pattern BREAK = Pattern.compile("(?i)<(br|/p|/li|/div)\\b[^>]*>"); //$NON-NLS-1$
	private static final Pattern TAG = Pattern.compile("<[^>]*>"); //$NON-NLS-1$
	private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});"); //$NON-NLS-1$
	private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0]+"); //$NON-NLS-1$
	private static final Map<String, String> NAMED = Map.ofEntries(Map.entry("amp", "&"), //$NON-NLS-1$ //$NON-NLS-2$
			Map.entry("lt", "<"), Map.entry("gt", ">"), Map.entry("quot", "\""), Map.entry("apos", "'"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
			Map.entry("nbsp", " "), Map.entry("mdash", "\u2014"), Map.entry("ndash", "\u2013"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
			Map.entry("lsquo", "\u2018"), Map.entry("rsquo", "\u2019"), Map.entry("ldquo", "\u201c"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
			Map.entry("rdquo", "\u201d"), Map.entry("hellip", "\u2026"), Map.entry("eacute", "\u00e9"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
			Map.entry("ccedil", "\u00e7"), Map.entry("ocirc", "\u00f4"), Map.entry("deg", "\u00b0")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$

	private PlainText() {
	}

	/**
	 * @param html an HTML fragment
	 * @return its text: tags removed (a space for each break), character references decoded,
	 *         runs of white space one space
	 */
	public static String of(String html) {
		if (html == null) {
			return ""; //$NON-NLS-1$
		}
		String s = BREAK.matcher(html).replaceAll(" "); //$NON-NLS-1$
		s = TAG.matcher(s).replaceAll(""); //$NON-NLS-1$
		Matcher m = ENTITY.matcher(s);
		StringBuilder out = new StringBuilder(s.length());
		while (m.find()) {
			m.appendReplacement(out, Matcher.quoteReplacement(decode(m.group(1), m.group())));
		}
		m.appendTail(out);
		return SPACES.matcher(out).replaceAll(" ").strip(); //$NON-NLS-1$
	}

	private static String decode(String reference, String whole) {
		if (reference.charAt(0) == '#') {
			try {
				int code = reference.length() > 1 && (reference.charAt(1) == 'x' || reference.charAt(1) == 'X')
						? Integer.parseInt(reference.substring(2), 16)
						: Integer.parseInt(reference.substring(1));
				return Character.isValidCodePoint(code) && code != 0 ? new String(Character.toChars(code)) : whole;
			} catch (NumberFormatException e) {
				return whole;
			}
		}
		return NAMED.getOrDefault(reference, whole);
	}

	/**
	 * @param text any text
	 * @return the text with {@code & < > " '} escaped, safe in HTML content and in quoted
	 *         attribute values
	 */
	public static String escapeHtml(String text) {
		StringBuilder out = new StringBuilder(text.length() + 16);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
			case '&' -> out.append("&amp;"); //$NON-NLS-1$
			case '<' -> out.append("&lt;"); //$NON-NLS-1$
			case '>' -> out.append("&gt;"); //$NON-NLS-1$
			case '"' -> out.append("&quot;"); //$NON-NLS-1$
			case '\'' -> out.append("&#39;"); //$NON-NLS-1$
			default -> {
				if (c < 0x20 && c != '\n' && c != '\t' && c != '\r') {
					out.append(' '); // control characters are not allowed in HTML
				} else {
					out.append(c);
				}
			}
			}
		}
		return out.toString();
	}

	/**
	 * @param text any text
	 * @return the text on one line with the characters that mean something in Markdown inline
	 *         escaped by a backslash, so that it reads as written inside a line
	 */
	public static String escapeMarkdownInline(String text) {
		StringBuilder out = new StringBuilder(text.length() + 16);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if ("\\`*_[]<>|~&".indexOf(c) >= 0) { //$NON-NLS-1$
				out.append('\\').append(c);
			} else if (c == '\n' || c == '\r' || c == '\t') {
				out.append(' ');
			} else {
				out.append(c);
			}
		}
		return out.toString();
	}

	/**
	 * @param text any text
	 * @return the text as {@link #escapeMarkdownInline(String)} escapes it, and a heading,
	 *         list or quote marker at its start escaped too, for text that starts a line
	 */
	public static String escapeMarkdown(String text) {
		StringBuilder out = new StringBuilder(escapeMarkdownInline(text));
		// a heading, list item or quote marker at the start would make a block of the text
		int first = 0;
		while (first < out.length() && out.charAt(first) == ' ') {
			first++;
		}
		if (first < out.length()) {
			char c = out.charAt(first);
			if (c == '#' || c == '-' || c == '+' || c == '=') {
				out.insert(first, '\\');
			} else if (Character.isDigit(c)) {
				int end = first;
				while (end < out.length() && Character.isDigit(out.charAt(end))) {
					end++;
				}
				if (end < out.length() && (out.charAt(end) == '.' || out.charAt(end) == ')')) {
					out.insert(end, '\\');
				}
			}
		}
		return out.toString();
	}
}
