package dossier.core.xref;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

/**
 * Writes an {@link EntityGraph} for Gephi and other graph tools: GEXF 1.3 and GraphML, both
 * with the node attributes {@code kind}, {@code documents} and {@code mentions}, the edge
 * weight, and for GEXF a node size (by mentions) and colour (by kind). Plain Java with no
 * XML library, so that any bundle (the headless commands too) can use it.
 *
 * @since 0.1
 */
public final class GraphExport {

	/** The export formats. */
	public enum Format {
		/** GEXF 1.3, Gephi's own format */
		GEXF,
		/** GraphML */
		GRAPHML;

		/** @return the usual file name extension, without the dot */
		public String extension() {
			return name().toLowerCase(Locale.ROOT);
		}
	}

	private GraphExport() {
	}

	/**
	 * @param graph a graph
	 * @param format the format
	 * @param out where the XML goes (UTF-8 is declared)
	 * @throws IOException if it cannot be written
	 */
	public static void write(EntityGraph graph, Format format, Writer out) throws IOException {
		if (format == Format.GEXF) {
			gexf(graph, out);
		} else {
			graphMl(graph, out);
		}
	}

	/**
	 * @param graph a graph
	 * @param out where GEXF 1.3 goes
	 * @throws IOException if it cannot be written
	 */
	public static void gexf(EntityGraph graph, Writer out) throws IOException {
		out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"); //$NON-NLS-1$
		out.write("<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\" version=\"1.3\">\n"); //$NON-NLS-1$
		out.write("  <meta><creator>Dossier</creator><description>Entities linked by co-mention</description></meta>\n"); //$NON-NLS-1$
		out.write("  <graph defaultedgetype=\"undirected\" mode=\"static\">\n"); //$NON-NLS-1$
		out.write("    <attributes class=\"node\">\n"); //$NON-NLS-1$
		out.write("      <attribute id=\"kind\" title=\"kind\" type=\"string\"/>\n"); //$NON-NLS-1$
		out.write("      <attribute id=\"documents\" title=\"documents\" type=\"integer\"/>\n"); //$NON-NLS-1$
		out.write("      <attribute id=\"mentions\" title=\"mentions\" type=\"integer\"/>\n"); //$NON-NLS-1$
		out.write("    </attributes>\n    <nodes>\n"); //$NON-NLS-1$
		int maxMentions = graph.nodes().stream().mapToInt(EntityGraph.Node::mentions).max().orElse(1);
		for (int i = 0; i < graph.nodes().size(); i++) {
			EntityGraph.Node n = graph.nodes().get(i);
			int[] rgb = colour(n.kind());
			double size = 4 + 36 * Math.sqrt(n.mentions() / (double) Math.max(1, maxMentions));
			out.write("      <node id=\"n" + i + "\" label=\"" + escape(n.name()) + "\">\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			out.write("        <attvalues><attvalue for=\"kind\" value=\"" + escape(n.kind()) //$NON-NLS-1$
					+ "\"/><attvalue for=\"documents\" value=\"" + n.documents() //$NON-NLS-1$
					+ "\"/><attvalue for=\"mentions\" value=\"" + n.mentions() + "\"/></attvalues>\n"); //$NON-NLS-1$ //$NON-NLS-2$
			out.write(String.format(Locale.ROOT, "        <viz:size value=\"%.1f\"/><viz:color r=\"%d\" g=\"%d\" b=\"%d\"/>%n", //$NON-NLS-1$
					size, rgb[0], rgb[1], rgb[2]));
			out.write("      </node>\n"); //$NON-NLS-1$
		}
		out.write("    </nodes>\n    <edges>\n"); //$NON-NLS-1$
		for (int i = 0; i < graph.edges().size(); i++) {
			EntityGraph.Edge e = graph.edges().get(i);
			out.write("      <edge id=\"e" + i + "\" source=\"n" + e.source() + "\" target=\"n" + e.target() //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					+ "\" weight=\"" + e.weight() + "\"/>\n"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		out.write("    </edges>\n  </graph>\n</gexf>\n"); //$NON-NLS-1$
		out.flush();
	}

	/**
	 * @param graph a graph
	 * @param out where GraphML goes
	 * @throws IOException if it cannot be written
	 */
	public static void graphMl(EntityGraph graph, Writer out) throws IOException {
		out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"); //$NON-NLS-1$
		out.write("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n"); //$NON-NLS-1$
		out.write("  <key id=\"label\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>\n"); //$NON-NLS-1$
		out.write("  <key id=\"entity\" for=\"node\" attr.name=\"entity\" attr.type=\"string\"/>\n"); //$NON-NLS-1$
		out.write("  <key id=\"kind\" for=\"node\" attr.name=\"kind\" attr.type=\"string\"/>\n"); //$NON-NLS-1$
		out.write("  <key id=\"documents\" for=\"node\" attr.name=\"documents\" attr.type=\"int\"/>\n"); //$NON-NLS-1$
		out.write("  <key id=\"mentions\" for=\"node\" attr.name=\"mentions\" attr.type=\"int\"/>\n"); //$NON-NLS-1$
		out.write("  <key id=\"weight\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>\n"); //$NON-NLS-1$
		out.write("  <graph id=\"dossier\" edgedefault=\"undirected\">\n"); //$NON-NLS-1$
		for (int i = 0; i < graph.nodes().size(); i++) {
			EntityGraph.Node n = graph.nodes().get(i);
			out.write("    <node id=\"n" + i + "\"><data key=\"label\">" + escape(n.name()) //$NON-NLS-1$ //$NON-NLS-2$
					+ "</data><data key=\"entity\">" + escape(n.id()) //$NON-NLS-1$
					+ "</data><data key=\"kind\">" + escape(n.kind()) //$NON-NLS-1$
					+ "</data><data key=\"documents\">" + n.documents() //$NON-NLS-1$
					+ "</data><data key=\"mentions\">" + n.mentions() + "</data></node>\n"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		for (int i = 0; i < graph.edges().size(); i++) {
			EntityGraph.Edge e = graph.edges().get(i);
			out.write("    <edge id=\"e" + i + "\" source=\"n" + e.source() + "\" target=\"n" + e.target() //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					+ "\"><data key=\"weight\">" + e.weight() + "</data></edge>\n"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		out.write("  </graph>\n</graphml>\n"); //$NON-NLS-1$
		out.flush();
	}

	/** A fixed colour per built-in kind; other kinds get one from their name. */
	static int[] colour(String kind) {
		return switch (kind) {
		case "agency" -> new int[] { 31, 119, 180 }; //$NON-NLS-1$
		case "operation" -> new int[] { 214, 39, 40 }; //$NON-NLS-1$
		case "country" -> new int[] { 44, 160, 44 }; //$NON-NLS-1$
		case "funding" -> new int[] { 255, 127, 14 }; //$NON-NLS-1$
		default -> {
			int h = kind.hashCode();
			yield new int[] { 64 + (h & 0x7f), 64 + (h >> 8 & 0x7f), 64 + (h >> 16 & 0x7f) };
		}
		};
	}

	/**
	 * Escapes text for XML content and attribute values, dropping the characters XML 1.0
	 * cannot hold (most control characters, lone surrogates).
	 *
	 * @param text any text
	 * @return the text, safe inside quotes or between tags
	 */
	public static String escape(String text) {
		StringBuilder s = new StringBuilder(text.length() + 16);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
			case '<' -> s.append("&lt;"); //$NON-NLS-1$
			case '>' -> s.append("&gt;"); //$NON-NLS-1$
			case '&' -> s.append("&amp;"); //$NON-NLS-1$
			case '"' -> s.append("&quot;"); //$NON-NLS-1$
			case '\'' -> s.append("&apos;"); //$NON-NLS-1$
			case '\t', '\n', '\r' -> s.append("&#").append((int) c).append(';'); //$NON-NLS-1$
			default -> {
				if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
					s.append(c).append(text.charAt(++i));
				} else if (c >= 0x20 && !Character.isSurrogate(c) && c != 0xFFFE && c != 0xFFFF) {
					s.append(c);
				}
			}
			}
		}
		return s.toString();
	}
}
