package dossier.extract.internal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import dossier.core.document.SourceDocument;

/** Reads the real documents of the shared corpus (system property {@code dossier.corpus}). */
final class CorpusDocuments {

	private static final Map<String, String> ENTITIES = Map.ofEntries(Map.entry("amp", "&"), Map.entry("lt", "<"),
			Map.entry("gt", ">"), Map.entry("quot", "\""), Map.entry("apos", "'"), Map.entry("nbsp", "\u00a0"),
			Map.entry("pound", "£"), Map.entry("ndash", "–"), Map.entry("mdash", "—"), Map.entry("lsquo", "‘"),
			Map.entry("rsquo", "’"), Map.entry("ldquo", "“"), Map.entry("rdquo", "”"), Map.entry("eacute", "é"));
	private static final Pattern ENTITY = Pattern.compile("&(#x?[0-9a-fA-F]+|[a-zA-Z]+);");

	private CorpusDocuments() {
	}

	static Path corpus() {
		return Path.of(System.getProperty("dossier.corpus", "../../../shared/corpus"));
	}

	static SourceDocument document(String id, String text) {
		return SourceDocument.builder(id).text(text).build();
	}

	static SourceDocument sample(String name) throws IOException {
		return document(name, Files.readString(corpus().resolve("samples").resolve(name), StandardCharsets.UTF_8));
	}

	/** @return the text of the parlparse question or reply with that id (wrans, ISO-8859-1) */
	static SourceDocument parlparse(String file, String id) throws IOException {
		String xml = Files.readString(corpus().resolve("parlparse/wrans").resolve(file), StandardCharsets.ISO_8859_1);
		Matcher m = Pattern.compile("<(ques|reply) id=\"" + Pattern.quote(id) + "\"[^>]*>(.*?)</\\1>", Pattern.DOTALL)
				.matcher(xml);
		if (!m.find()) {
			throw new IllegalArgumentException(id + " is not in " + file);
		}
		return document(id, htmlToText(m.group(2)));
	}

	/** @return the records' values of a written-questions month file */
	static List<JsonObject> writtenQuestions(String file) throws IOException {
		try (Reader reader = new InputStreamReader(
				new GZIPInputStream(Files.newInputStream(corpus().resolve("written-questions").resolve(file))),
				StandardCharsets.UTF_8)) {
			List<JsonObject> values = new ArrayList<>();
			for (JsonElement record : JsonParser.parseReader(reader).getAsJsonArray()) {
				values.add(record.getAsJsonObject().getAsJsonObject("value"));
			}
			return values;
		}
	}

	/** @return the question, then the answer without its HTML */
	static SourceDocument writtenAnswer(JsonObject value) {
		return document(value.get("id").getAsString(),
				string(value, "questionText") + "\n" + htmlToText(string(value, "answerText")));
	}

	static SourceDocument writtenAnswer(String file, int id) throws IOException {
		return writtenQuestions(file).stream().filter(v -> v.get("id").getAsInt() == id).findFirst()
				.map(CorpusDocuments::writtenAnswer).orElseThrow(() -> new IllegalArgumentException(id + " not in " + file));
	}

	private static String string(JsonObject o, String member) {
		JsonElement e = o.get(member);
		return e == null || e.isJsonNull() ? "" : e.getAsString();
	}

	static String htmlToText(String html) {
		String text = html.replaceAll("(?i)</p>|<br\\s*/?>", "\n").replaceAll("<[^>]*>", "");
		Matcher m = ENTITY.matcher(text);
		StringBuilder sb = new StringBuilder();
		while (m.find()) {
			String e = m.group(1);
			String r;
			if (e.startsWith("#x") || e.startsWith("#X")) {
				r = Character.toString(Integer.parseInt(e.substring(2), 16));
			} else if (e.startsWith("#")) {
				r = Character.toString(Integer.parseInt(e.substring(1)));
			} else {
				r = ENTITIES.getOrDefault(e, m.group());
			}
			m.appendReplacement(sb, Matcher.quoteReplacement(r));
		}
		m.appendTail(sb);
		return sb.toString().strip();
	}
}
