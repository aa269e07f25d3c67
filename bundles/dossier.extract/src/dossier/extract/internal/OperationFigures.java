package dossier.extract.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dossier.extract.internal.OperationRecognizer.Hit;

/**
 * Reads the figures reported with operations, as plain digit strings without commas:
 * {@code victims} (victims recovered), {@code arrests}, {@code traffickingArrests} (arrests
 * for trafficking), {@code convictions}, and {@code period} (as written: {@code 2006},
 * {@code 2007-08}).
 * <p>
 * In a sentence ("Of the 528 arrests as a result of Operation Pentameter 299 were for human
 * trafficking") each figure goes to the nearest operation in the sentence.
 * <p>
 * In a table flattened into one line ("Campaign Victims recovered 2006 Pentameter 1 88
 * 2007-08 Pentameter 2 1167 25 1 Victims of sexual exploitation. 2 Victims of trafficking
 * for domestic servitude/forced labour.") a row is a period, an operation and its figures;
 * the header before the first row names the columns. When a cell holds several figures and
 * the table ends with numbered footnotes, the figures carry their footnote markers glued in
 * front ("1167" is 167 with marker 1, "25" is 5 with marker 2); then the value is the parts
 * joined by "+" ({@code victims=167+5}), {@code victimsNotes} pairs each part with its
 * footnote ("167 Victims of sexual exploitation; 5 Victims of ...") and {@code victimsPrinted}
 * keeps the cell as printed ({@code 1167 25}). No totals are computed.
 */
final class OperationFigures {

	private static final Pattern FIGURE = Pattern.compile("\\d[\\d,]*"); //$NON-NLS-1$
	private static final Pattern PERIOD_BEFORE = Pattern.compile("(?<![\\w-])((?:19|20)\\d{2}(?:[-/–]\\d{2,4})?)\\s+$"); //$NON-NLS-1$
	private static final Pattern PERIOD_AFTER = Pattern
			.compile("^\\s*[(,]?\\s*(?:in|during)?\\s*((?:19|20)\\d{2}(?:\\s?[-/–]\\s?\\d{2,4})?)(?![\\w-])"); //$NON-NLS-1$
	private static final Pattern FOOTNOTE_START = Pattern.compile("(?<=\\s)1\\s+[A-Z][a-z]"); //$NON-NLS-1$
	private static final String N = "(\\d[\\d,]*)"; //$NON-NLS-1$
	private static final Map<String, Pattern> SENTENCE_FIGURES = Map.of(
			"traffickingArrests", Pattern.compile(N + "\\s+(?:arrests\\s+|(?:were|was)\\s+)?for\\s+(?:human\\s+)?trafficking"), //$NON-NLS-1$ //$NON-NLS-2$
			"arrests", Pattern.compile(N + "\\s+(?:people\\s+|suspects\\s+)?(?:arrests?|arrested)\\b(?!\\s+for\\s+(?:human\\s+)?trafficking)"), //$NON-NLS-1$ //$NON-NLS-2$
			"victims", Pattern.compile(N + "\\s+(?:[a-z]+\\s+)?victims\\b|(?:recovered|rescued|identified)\\s+" + N + "\\s+"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			"convictions", Pattern.compile(N + "\\s+convictions\\b")); //$NON-NLS-1$ //$NON-NLS-2$
	private static final Map<String, Pattern> COLUMNS = Map.of(
			"traffickingArrests", Pattern.compile("(?i)(?:arrests for (?:human )?trafficking|trafficking arrests)"), //$NON-NLS-1$ //$NON-NLS-2$
			"arrests", Pattern.compile("(?i)arrests(?! for)"), //$NON-NLS-1$ //$NON-NLS-2$
			"victims", Pattern.compile("(?i)victims"), //$NON-NLS-1$ //$NON-NLS-2$
			"convictions", Pattern.compile("(?i)convictions")); //$NON-NLS-1$ //$NON-NLS-2$

	private OperationFigures() {
	}

	/**
	 * @param text the document's text
	 * @param hits the operations found, in text order
	 * @return for each hit, its attributes
	 */
	static List<Map<String, String>> read(String text, List<Hit> hits) {
		List<Map<String, String>> result = new ArrayList<>();
		List<int[]> sentences = new ArrayList<>(); // only those around the hits: most of a long answer is not read
		for (Hit hit : hits) {
			int[] sentence = SentenceBounds.around(text, hit.start());
			if (sentences.isEmpty() || sentences.get(sentences.size() - 1)[0] != sentence[0]) {
				sentences.add(sentence);
			}
		}
		boolean[] row = new boolean[hits.size()];
		for (int i = 0; i < hits.size(); i++) {
			Map<String, String> attributes = new HashMap<>();
			attributes.put("type", hits.get(i).type()); //$NON-NLS-1$
			row[i] = row(text, hits, i, attributes);
			result.add(attributes);
		}
		for (int[] sentence : sentences) {
			fromSentence(text, sentence, hits, row, result);
		}
		return result;
	}

	private static boolean row(String text, List<Hit> hits, int i, Map<String, String> attributes) {
		Hit hit = hits.get(i);
		int lineStart = text.lastIndexOf('\n', hit.start()) + 1;
		int lineEnd = text.indexOf('\n', hit.end());
		lineEnd = lineEnd < 0 ? text.length() : lineEnd;
		int limit = i + 1 < hits.size() && hits.get(i + 1).start() < lineEnd ? hits.get(i + 1).start() : lineEnd;
		List<String> figures = new ArrayList<>();
		String stop = ""; //$NON-NLS-1$
		for (String token : text.substring(hit.end(), limit).strip().split("\\s+")) { //$NON-NLS-1$
			if (!FIGURE.matcher(token).matches()) {
				stop = token;
				break;
			}
			figures.add(token);
		}
		if (figures.isEmpty() || !stop.isEmpty() && !Character.isUpperCase(stop.charAt(0)) && !Character.isDigit(stop.charAt(0))) {
			return false; // "Operation Pentameter 299 were ...": a sentence, not a table
		}
		if (figures.get(figures.size() - 1).equals("1") && !stop.isEmpty() && Character.isUpperCase(stop.charAt(0))) { //$NON-NLS-1$
			figures.remove(figures.size() - 1); // the first footnote's marker
		}
		if (limit < lineEnd && figures.size() > 1 && figures.get(figures.size() - 1).matches("(?:19|20)\\d{2}")) { //$NON-NLS-1$
			figures.remove(figures.size() - 1); // the next row's period
		}
		if (figures.isEmpty()) {
			return false;
		}
		Matcher period = PERIOD_BEFORE.matcher(text.substring(Math.max(lineStart, hit.start() - 16), hit.start()));
		if (period.find()) {
			attributes.put("period", period.group(1)); //$NON-NLS-1$
		}
		int[] sentence = SentenceBounds.around(text, hit.start());
		List<String> columns = columns(text.substring(Math.max(sentence[0], lineStart), hit.start()));
		List<String> notes = footnotes(text.substring(hit.end(), lineEnd));
		if (columns.size() == 1) {
			put(attributes, columns.get(0), figures, notes);
		} else if (!columns.isEmpty() && columns.size() == figures.size()) {
			for (int c = 0; c < columns.size(); c++) {
				attributes.put(columns.get(c), figures.get(c).replace(",", "")); //$NON-NLS-1$ //$NON-NLS-2$
			}
		} else {
			attributes.put("figures", String.join(" ", figures)); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return true;
	}

	private static void put(Map<String, String> attributes, String column, List<String> figures, List<String> notes) {
		if (figures.size() == 1) {
			attributes.put(column, figures.get(0).replace(",", "")); //$NON-NLS-1$ //$NON-NLS-2$
			return;
		}
		List<String> parts = new ArrayList<>();
		boolean marked = notes.size() >= figures.size();
		for (int k = 0; k < figures.size() && marked; k++) {
			String marker = Integer.toString(k + 1);
			String figure = figures.get(k).replace(",", ""); //$NON-NLS-1$ //$NON-NLS-2$
			marked = figure.length() > marker.length() && figure.startsWith(marker);
			parts.add(figure.substring(Math.min(marker.length(), figure.length())));
		}
		if (!marked) {
			parts = figures.stream().map(f -> f.replace(",", "")).toList(); //$NON-NLS-1$ //$NON-NLS-2$
		}
		attributes.put(column, String.join("+", parts)); //$NON-NLS-1$
		attributes.put(column + "Printed", String.join(" ", figures)); //$NON-NLS-1$ //$NON-NLS-2$
		if (marked) {
			List<String> paired = new ArrayList<>();
			for (int k = 0; k < parts.size(); k++) {
				paired.add(parts.get(k) + " " + notes.get(k)); //$NON-NLS-1$
			}
			attributes.put(column + "Notes", String.join("; ", paired)); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	private static List<String> columns(String header) {
		TreeMap<Integer, String> found = new TreeMap<>();
		for (Map.Entry<String, Pattern> column : COLUMNS.entrySet()) {
			Matcher m = column.getValue().matcher(header);
			if (m.find() && !found.containsKey(m.start())) {
				found.put(m.start(), column.getKey());
			}
		}
		return new ArrayList<>(found.values());
	}

	// "1 Victims of sexual exploitation. 2 Victims of ...": the notes in marker order
	private static List<String> footnotes(String tail) {
		List<String> notes = new ArrayList<>();
		Matcher start = FOOTNOTE_START.matcher(tail);
		if (!start.find()) {
			return notes;
		}
		String rest = tail.substring(start.start());
		for (int k = 1;; k++) {
			Matcher note = Pattern.compile("^" + k + "\\s+([A-Z][^0-9]*?)\\s*(?=\\s" + (k + 1) + "\\s+[A-Z]|$)").matcher(rest); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			if (!note.find()) {
				return notes;
			}
			notes.add(note.group(1).replaceAll("\\.$", "")); //$NON-NLS-1$ //$NON-NLS-2$
			rest = rest.substring(note.end()).strip();
		}
	}

	private static void fromSentence(String text, int[] sentence, List<Hit> hits, boolean[] row,
			List<Map<String, String>> result) {
		List<Integer> inside = new ArrayList<>();
		for (int i = 0; i < hits.size(); i++) {
			if (!row[i] && hits.get(i).start() >= sentence[0] && hits.get(i).start() < sentence[1]) {
				inside.add(i);
			}
		}
		if (inside.isEmpty()) {
			return;
		}
		String part = text.substring(sentence[0], sentence[1]);
		for (Map.Entry<String, Pattern> figure : SENTENCE_FIGURES.entrySet()) {
			Matcher m = figure.getValue().matcher(part);
			while (m.find()) {
				String value = m.group(1) != null || m.groupCount() < 2 ? m.group(1) : m.group(2);
				int at = sentence[0] + m.start();
				result.get(nearest(hits, inside, at)).putIfAbsent(figure.getKey(), value.replace(",", "")); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		for (int i : inside) {
			Matcher period = PERIOD_AFTER.matcher(text.substring(hits.get(i).end(), sentence[1]));
			if (period.find()) {
				result.get(i).putIfAbsent("period", period.group(1)); //$NON-NLS-1$
			}
		}
	}

	private static int nearest(List<Hit> hits, List<Integer> inside, int at) {
		int best = inside.get(0);
		int distance = Integer.MAX_VALUE;
		for (int i : inside) {
			Hit hit = hits.get(i);
			int d = at < hit.start() ? hit.start() - at : Math.max(0, at - hit.end());
			if (d < distance) {
				best = i;
				distance = d;
			}
		}
		return best;
	}
}
