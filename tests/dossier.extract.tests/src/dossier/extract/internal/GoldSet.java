package dossier.extract.internal;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import dossier.core.entity.Mention;

/**
 * The hand-annotated documents of {@code devset/}: for each {@code NNN.txt} (the exact text)
 * a {@code NNN.json} with its source and its gold mentions. See {@code devset/RULES.md}.
 */
final class GoldSet {

	/** A document with its gold mentions. */
	record GoldDocument(String name, String text, String source, List<Mention> gold) {
	}

	private GoldSet() {
	}

	/**
	 * @param folder a folder of {@code NNN.txt} and {@code NNN.json} pairs (subfolders are not read)
	 * @return its documents, by name
	 * @throws IOException if a file cannot be read
	 * @throws IllegalStateException if an annotation does not fit its text
	 */
	static List<GoldDocument> load(Path folder) throws IOException {
		List<Path> texts;
		try (Stream<Path> files = Files.list(folder)) {
			texts = files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList(); //$NON-NLS-1$
		}
		List<GoldDocument> documents = new ArrayList<>();
		for (Path textFile : texts) {
			String name = textFile.getFileName().toString().replaceFirst("\\.txt$", ""); //$NON-NLS-1$ //$NON-NLS-2$
			String text = Files.readString(textFile, StandardCharsets.UTF_8);
			JsonObject json;
			try (Reader reader = Files.newBufferedReader(folder.resolve(name + ".json"), StandardCharsets.UTF_8)) { //$NON-NLS-1$
				json = JsonParser.parseReader(reader).getAsJsonObject();
			}
			documents.add(new GoldDocument(name, text, json.get("source").toString(), mentions(name, text, json))); //$NON-NLS-1$
		}
		return documents;
	}

	private static List<Mention> mentions(String name, String text, JsonObject json) {
		List<Mention> mentions = new ArrayList<>();
		for (JsonElement element : json.getAsJsonArray("annotations")) { //$NON-NLS-1$
			JsonObject a = element.getAsJsonObject();
			int start = a.get("start").getAsInt(); //$NON-NLS-1$
			int end = a.get("end").getAsInt(); //$NON-NLS-1$
			String surface = a.get("surface").getAsString(); //$NON-NLS-1$
			if (end > text.length() || !text.substring(start, end).equals(surface)) {
				throw new IllegalStateException(name + ": " + start + "-" + end + " is not \"" + surface + "\""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			}
			Map<String, String> attributes = new HashMap<>();
			if (a.has("attributes")) { //$NON-NLS-1$
				a.getAsJsonObject("attributes").entrySet() //$NON-NLS-1$
						.forEach(e -> attributes.put(e.getKey(), e.getValue().getAsString()));
			}
			mentions.add(new Mention(a.get("kind").getAsString(), start, end, surface, a.get("entityId").getAsString(), //$NON-NLS-1$ //$NON-NLS-2$
					null, attributes));
		}
		return mentions;
	}
}
