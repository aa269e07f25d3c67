package dossier.app.internal;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import dossier.core.document.SourceDocument;
import dossier.core.index.Facet;
import dossier.core.index.HighlightedText;
import dossier.core.index.SearchHit;
import dossier.core.index.SearchResult;
import dossier.core.index.TextRange;

/** The JSON shapes of the headless commands' output. */
final class JsonOutput {

	private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();
	private static final Gson COMPACT = new GsonBuilder().disableHtmlEscaping().create();

	private JsonOutput() {
	}

	static String toJson(SearchResult result) {
		JsonObject json = new JsonObject();
		json.addProperty("query", result.query()); //$NON-NLS-1$
		json.addProperty("total", result.totalHits()); //$NON-NLS-1$
		json.addProperty("offset", result.request().offset()); //$NON-NLS-1$
		JsonArray hits = new JsonArray();
		for (SearchHit hit : result.hits()) {
			JsonObject h = new JsonObject();
			h.addProperty("id", hit.id()); //$NON-NLS-1$
			h.addProperty("title", hit.title()); //$NON-NLS-1$
			h.addProperty("score", hit.score()); //$NON-NLS-1$
			h.addProperty("kind", hit.kind()); //$NON-NLS-1$
			h.addProperty("house", hit.house()); //$NON-NLS-1$
			h.addProperty("department", hit.department()); //$NON-NLS-1$
			h.addProperty("answered", hit.answerDate().map(Object::toString).orElse(null)); //$NON-NLS-1$
			h.addProperty("source", hit.source()); //$NON-NLS-1$
			h.add("snippet", snippet(hit.snippet())); //$NON-NLS-1$
			hits.add(h);
		}
		json.add("hits", hits); //$NON-NLS-1$
		JsonObject facets = new JsonObject();
		for (Facet facet : result.facets()) {
			JsonObject values = new JsonObject();
			facet.values().forEach(v -> values.addProperty(v.value(), v.count()));
			facets.add(facet.field(), values);
		}
		json.add("facets", facets); //$NON-NLS-1$
		return GSON.toJson(json);
	}

	private static JsonObject snippet(HighlightedText text) {
		JsonObject json = new JsonObject();
		json.addProperty("text", text.text()); //$NON-NLS-1$
		json.addProperty("marked", marked(text)); //$NON-NLS-1$
		JsonArray ranges = new JsonArray();
		for (TextRange range : text.highlights()) {
			JsonArray pair = new JsonArray();
			pair.add(range.offset());
			pair.add(range.end());
			ranges.add(pair);
		}
		json.add("highlights", ranges); //$NON-NLS-1$
		return json;
	}

	/** @return the text with each hit in [[double brackets]], for terminals and logs */
	static String marked(HighlightedText text) {
		StringBuilder out = new StringBuilder();
		int at = 0;
		for (TextRange range : text.highlights()) {
			out.append(text.text(), at, range.offset()).append("[[") //$NON-NLS-1$
					.append(text.text(), range.offset(), range.end()).append("]]"); //$NON-NLS-1$
			at = range.end();
		}
		return out.append(text.text().substring(at)).toString();
	}

	static JsonObject document(SourceDocument doc) {
		JsonObject json = new JsonObject();
		json.addProperty("id", doc.id()); //$NON-NLS-1$
		json.addProperty("title", doc.title()); //$NON-NLS-1$
		json.addProperty("kind", doc.kind()); //$NON-NLS-1$
		json.addProperty("house", doc.house()); //$NON-NLS-1$
		json.addProperty("uin", doc.uin()); //$NON-NLS-1$
		json.addProperty("department", doc.department()); //$NON-NLS-1$
		json.addProperty("heading", doc.heading()); //$NON-NLS-1$
		json.addProperty("askingMember", doc.askingMember()); //$NON-NLS-1$
		json.addProperty("answeringMember", doc.answeringMember()); //$NON-NLS-1$
		json.addProperty("tabled", doc.dateTabled().map(Object::toString).orElse(null)); //$NON-NLS-1$
		json.addProperty("answered", doc.dateAnswered().map(Object::toString).orElse(null)); //$NON-NLS-1$
		json.addProperty("url", doc.url()); //$NON-NLS-1$
		json.addProperty("source", doc.source()); //$NON-NLS-1$
		json.addProperty("truncated", doc.truncated()); //$NON-NLS-1$
		json.addProperty("question", doc.question()); //$NON-NLS-1$
		json.addProperty("answer", doc.answer()); //$NON-NLS-1$
		json.addProperty("text", doc.text()); //$NON-NLS-1$
		return json;
	}

	static String pretty(com.google.gson.JsonElement json) {
		return GSON.toJson(json);
	}

	static String line(JsonObject json) {
		return COMPACT.toJson(json);
	}
}
