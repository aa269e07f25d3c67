package dossier.index.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dossier.core.entity.Mention;

/**
 * Stores a document's mentions in one stored field: a line each, tab-separated fields,
 * with tab, newline and backslash escaped. The surface is not stored; it is cut from the
 * text again.
 */
final class MentionCodec {

	private MentionCodec() {
	}

	static String encode(List<Mention> mentions) {
		StringBuilder out = new StringBuilder();
		for (Mention m : mentions) {
			out.append(escape(m.kind())).append('\t').append(m.start()).append('\t').append(m.end()).append('\t')
					.append(escape(m.entityId())).append('\t').append(escape(m.entityName()));
			m.attributes().forEach((k, v) -> out.append('\t').append(escape(k)).append('=').append(escape(v)));
			out.append('\n');
		}
		return out.toString();
	}

	static List<Mention> decode(String encoded, String text) {
		List<Mention> mentions = new ArrayList<>();
		if (encoded == null || encoded.isEmpty()) {
			return mentions;
		}
		for (String line : encoded.split("\n")) { //$NON-NLS-1$
			String[] parts = line.split("\t", -1); //$NON-NLS-1$
			int start = Integer.parseInt(parts[1]);
			int end = Integer.parseInt(parts[2]);
			Map<String, String> attributes = new TreeMap<>();
			for (int i = 5; i < parts.length; i++) {
				int equals = parts[i].indexOf('=');
				attributes.put(unescape(parts[i].substring(0, equals)), unescape(parts[i].substring(equals + 1)));
			}
			String surface = end <= text.length() ? text.substring(start, end) : ""; //$NON-NLS-1$
			mentions.add(new Mention(unescape(parts[0]), start, end, surface, unescape(parts[3]), unescape(parts[4]),
					attributes));
		}
		return mentions;
	}

	private static String escape(String value) {
		return value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("=", "\\e"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
	}

	private static String unescape(String value) {
		StringBuilder out = new StringBuilder(value.length());
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c == '\\' && i + 1 < value.length()) {
				char next = value.charAt(++i);
				out.append(switch (next) {
				case 't' -> '\t';
				case 'n' -> '\n';
				case 'e' -> '=';
				default -> next;
				});
			} else {
				out.append(c);
			}
		}
		return out.toString();
	}
}
