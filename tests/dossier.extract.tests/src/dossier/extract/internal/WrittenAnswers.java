package dossier.extract.internal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.stream.JsonReader;

import dossier.core.document.SourceDocument;

/** Reads written questions from the API's JSON for tests: question, then answer without tags. */
final class WrittenAnswers {

	private static final Pattern TAGS = Pattern.compile("<[^>]+>");

	private WrittenAnswers() {
	}

	static List<SourceDocument> read(Path file, int limit) throws IOException {
		List<SourceDocument> documents = new ArrayList<>();
		try (JsonReader reader = new JsonReader(
				new InputStreamReader(new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
			reader.beginArray();
			while (reader.hasNext() && documents.size() < limit) {
				JsonObject value = JsonParser.parseReader(reader).getAsJsonObject().getAsJsonObject("value");
				String text = string(value, "questionText") + "\n"
						+ TAGS.matcher(string(value, "answerText")).replaceAll(" ").replace("&nbsp;", " ").replace("&amp;", "&");
				documents.add(SourceDocument.builder("wq-" + string(value, "id")).text(text).build());
			}
		}
		return documents;
	}

	private static String string(JsonObject object, String name) {
		return object.has(name) && !object.get(name).isJsonNull() ? object.get(name).getAsString() : "";
	}
}
