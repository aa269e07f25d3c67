package dossier.extract.internal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import dossier.core.document.SourceDocument;
import dossier.core.entity.EntityKinds;
import dossier.core.entity.Mention;

/** The real texts the recognizer tests run on. */
final class RealAnswers {

	// a crude stand-in for the AgencyRecognizer, written elsewhere: acronyms and a few bodies
	private static final Pattern AGENCY = Pattern.compile("\\b(?:[A-Z]{2,6}|Home Office|Department (?:for|of) [A-Z][a-z]+(?: [A-Z][a-z]+)*"
			+ "|Ministry of [A-Z][a-z]+|NHS England|Arts Council England|Sport England|Historic England|National Highways)\\b");

	private RealAnswers() {
	}

	/** @return the corpus folder given to the tests */
	static Path corpus() {
		return Path.of(System.getProperty("dossier.corpus", "../../../shared/corpus"));
	}

	/**
	 * @param name a sample's file name
	 * @return it as a document
	 */
	static SourceDocument sample(String name) throws IOException {
		return SourceDocument.builder(name).text(Files.readString(corpus().resolve("samples").resolve(name))).build();
	}

	/**
	 * @param text a text
	 * @return it as a document
	 */
	static SourceDocument document(String text) {
		return SourceDocument.builder("test").text(text).build();
	}

	/**
	 * @param text a text
	 * @param surface an agency's name as written
	 * @param id its entity id
	 * @return an agency mention at the first place the name occurs
	 */
	static Mention agency(String text, String surface, String id) {
		return agency(text, surface, id, 0);
	}

	/**
	 * @param text a text
	 * @param surface an agency's name as written
	 * @param id its entity id
	 * @param from where to look from
	 * @return an agency mention at the first place the name occurs after {@code from}
	 */
	static Mention agency(String text, String surface, String id, int from) {
		int start = text.indexOf(surface, from);
		return new Mention(EntityKinds.AGENCY, start, start + surface.length(), surface, id, id, java.util.Map.of());
	}

	/**
	 * @param text a text
	 * @return the stand-in agency mentions
	 */
	static List<Mention> stubAgencies(String text) {
		List<Mention> agencies = new ArrayList<>();
		Matcher m = AGENCY.matcher(text);
		while (m.find()) {
			agencies.add(new Mention(EntityKinds.AGENCY, m.start(), m.end(), m.group(), m.group(), m.group(), java.util.Map.of()));
		}
		return agencies;
	}

	/**
	 * @param file a file of written questions
	 * @param limit how many to read at most
	 * @return each as a document of its question and answer, tags stripped
	 */
	static List<SourceDocument> writtenAnswers(String file, int limit) throws IOException {
		List<SourceDocument> documents = new ArrayList<>();
		try (Reader reader = new InputStreamReader(
				new GZIPInputStream(Files.newInputStream(corpus().resolve("written-questions").resolve(file))),
				StandardCharsets.UTF_8)) {
			JsonArray array = JsonParser.parseReader(reader).getAsJsonArray();
			for (JsonElement element : array) {
				if (documents.size() >= limit) {
					break;
				}
				JsonObject value = element.getAsJsonObject().getAsJsonObject("value");
				String text = field(value, "questionText") + "\n" + strip(field(value, "answerText"));
				documents.add(SourceDocument.builder(field(value, "uin") + "-" + documents.size()).text(text).build());
			}
		}
		return documents;
	}

	private static String field(JsonObject object, String name) {
		JsonElement element = object.get(name);
		return element == null || element.isJsonNull() ? "" : element.getAsString();
	}

	private static String strip(String html) {
		return html.replaceAll("(?i)</?(?:p|br|li|tr|div|h\\d)[^>]*>", "\n").replaceAll("<[^>]+>", " ")
				.replace("&nbsp;", " ").replace("&amp;", "&").replace("&pound;", "£").replace("&#163;", "£")
				.replaceAll("[ \\t\\u00a0\\u202f]+", " ").replaceAll("\\n\\s*\\n+", "\n").strip();
	}
}
