package dossier.importers.internal;

import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Turns HTML into plain text for reading and indexing: block elements become paragraphs
 * separated by a blank line, list items, table rows and {@code <br>} become lines, table
 * cells are separated by tabs, and other whitespace is collapsed as a browser would.
 */
final class HtmlText {

	/** Elements that stand as paragraphs of their own. */
	private static final Set<String> PARAGRAPHS = Set.of("address", "article", "aside", "blockquote", "caption", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			"dd", "details", "div", "dl", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$
			"h4", "h5", "h6", "header", "hr", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "ul"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$ //$NON-NLS-14$
	/** Elements that stand on a line of their own. */
	private static final Set<String> LINES = Set.of("dt", "li", "option", "tr"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	/** Elements whose content is not text a reader sees. */
	private static final Set<String> HIDDEN = Set.of("head", "noscript", "script", "style", "template", "title"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$

	private HtmlText() {
	}

	/**
	 * @param html an HTML fragment, or plain text that may hold character references
	 * @return its text
	 */
	static String ofFragment(String html) {
		return of(Jsoup.parseBodyFragment(html).body());
	}

	/**
	 * @param root an element, such as a document's body
	 * @return the text under it, paragraphs separated by blank lines, without leading or
	 *         trailing whitespace
	 */
	static String of(Element root) {
		Collector collector = new Collector();
		NodeTraversor.filter(collector, root);
		return collector.text();
	}

	/** Walks the tree once, writing text and remembering which break is owed before the next text. */
	private static final class Collector implements NodeFilter {
		private final StringBuilder out = new StringBuilder();
		/** Line breaks owed before the next text: 0, 1 (new line) or 2 (blank line). */
		private int breaks;
		private boolean space;
		/** Cell separators owed, so that empty cells keep the columns in place. */
		private int tabs;
		private int cells;
		private int pre;

		@Override
		public FilterResult head(Node node, int depth) {
			if (node instanceof TextNode text) {
				write(text.getWholeText());
			} else if (node instanceof Element element) {
				String name = element.normalName();
				if (HIDDEN.contains(name)) {
					return FilterResult.SKIP_ENTIRELY;
				}
				if ("br".equals(name)) { //$NON-NLS-1$
					// in a cell a break keeps the row on one line
					if (cells > 0) {
						space = true;
					} else {
						breaks = Math.min(2, breaks + 1);
					}
				} else if ("td".equals(name) || "th".equals(name)) { //$NON-NLS-1$ //$NON-NLS-2$
					cells++;
					if (element.previousElementSibling() != null) {
						tabs++;
					}
				} else {
					block(name);
					if ("pre".equals(name)) { //$NON-NLS-1$
						pre++;
					}
				}
			}
			return FilterResult.CONTINUE;
		}

		@Override
		public FilterResult tail(Node node, int depth) {
			if (node instanceof Element element) {
				String name = element.normalName();
				if ("td".equals(name) || "th".equals(name)) { //$NON-NLS-1$ //$NON-NLS-2$
					cells--;
				} else {
					block(name);
					if ("pre".equals(name)) { //$NON-NLS-1$
						pre--;
					}
				}
			}
			return FilterResult.CONTINUE;
		}

		private void block(String name) {
			if (cells > 0 && (PARAGRAPHS.contains(name) || LINES.contains(name))) {
				// paragraphs inside a table cell (common in Hansard tables) only separate words
				space = true;
			} else if (PARAGRAPHS.contains(name)) {
				breaks = 2;
				tabs = 0;
			} else if (LINES.contains(name)) {
				breaks = Math.max(breaks, 1);
				tabs = 0;
			}
		}

		private void write(String raw) {
			if (pre > 0) {
				emit(raw.replace("\r\n", "\n")); //$NON-NLS-1$ //$NON-NLS-2$
				return;
			}
			StringBuilder words = new StringBuilder(raw.length());
			boolean gap = false;
			for (int i = 0; i < raw.length(); i++) {
				char c = raw.charAt(i);
				if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
					gap = true;
				} else {
					if (gap) {
						if (words.isEmpty()) {
							space = true;
						} else {
							words.append(' ');
						}
						gap = false;
					}
					words.append(c);
				}
			}
			if (!words.isEmpty()) {
				emit(words.toString());
			}
			if (gap) {
				space = true;
			}
		}

		private void emit(String text) {
			if (text.isEmpty()) {
				return;
			}
			if (!out.isEmpty()) {
				if (breaks > 0) {
					out.append(breaks == 1 ? "\n" : "\n\n"); //$NON-NLS-1$ //$NON-NLS-2$
				}
				if (tabs > 0) {
					out.append("\t".repeat(tabs)); //$NON-NLS-1$
				} else if (breaks == 0 && space && !Character.isWhitespace(out.charAt(out.length() - 1))) {
					out.append(' ');
				}
			}
			out.append(text);
			breaks = 0;
			space = false;
			tabs = 0;
		}

		String text() {
			return out.toString().strip();
		}
	}
}
