package dossier.importers.internal;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.MalformedJsonException;

import dossier.core.document.SourceDocument;
import dossier.core.importer.DocumentImporter;
import dossier.core.importer.ImportException;
import dossier.core.importer.ImportSource;
import dossier.importers.internal.BoundedInputStream.LimitExceededException;

/**
 * Reads written questions and answers as the UK Parliament written questions API returns
 * them: a JSON array of {@code {"value": {...}, "links": [...]}}, plain or gzipped, one
 * document per question. The file is read as a stream, so a large file is never held as
 * a tree; gzipped files are only inflated up to a limit.
 */
public final class WrittenQuestionsImporter implements DocumentImporter {

	/** The document kind this importer produces. */
	public static final String KIND = "written-answer"; //$NON-NLS-1$
	/** Prefix of the document ids, before the API's question id. */
	public static final String ID_PREFIX = "wq/"; //$NON-NLS-1$
	/** The API's listing gives only this many characters of a long text, then "...". */
	static final int API_CUT = 255;
	private static final String ELLIPSIS = "..."; //$NON-NLS-1$
	private static final Pattern TAG = Pattern.compile("<[a-zA-Z/!]"); //$NON-NLS-1$
	/** Values kept as attributes, under the API's names. */
	private static final Set<String> ATTRIBUTES = Set.of("askingMemberId", "answeringMemberId", "answeringBodyId", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			"correctingMemberId", "dateForAnswer", "dateHoldingAnswer", "dateAnswerCorrected", "isNamedDay", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			"answerIsHolding", "answerIsCorrection", "isWithdrawn", "memberHasInterest", "attachmentCount"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$

	private final long maxBytes;

	/** Reads up to {@link PlainTextImporter#DEFAULT_MAX_BYTES} of JSON a file; for the extension registry. */
	public WrittenQuestionsImporter() {
		this(PlainTextImporter.DEFAULT_MAX_BYTES);
	}

	/**
	 * @param maxBytes the most bytes of JSON read from one file: after decompression for a
	 *                 gzipped file, so that a small file cannot inflate without bound
	 */
	public WrittenQuestionsImporter(long maxBytes) {
		this.maxBytes = maxBytes;
	}

	@Override
	public boolean accepts(String name) {
		return SourceNames.hasExtension(name, ".json", ".json.gz"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Override
	public List<SourceDocument> read(ImportSource source) throws ImportException {
		try (InputStream raw = source.open()) {
			BufferedInputStream in = new BufferedInputStream(raw);
			// the bytes decide, not the name: a .json file may well be gzipped and vice versa
			boolean gzip = isGzip(in);
			if (!gzip && source.size() > maxBytes) {
				throw tooLarge(false);
			}
			InputStream bytes = new BoundedInputStream(gzip ? gunzip(in) : in, maxBytes);
			InputStreamReader text = new InputStreamReader(bytes, StandardCharsets.UTF_8.newDecoder()
					.onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
			JsonReader json = new JsonReader(text);
			try {
				return parse(json, source.name());
			} catch (LimitExceededException e) {
				throw tooLarge(gzip);
			} catch (TruncatedGzipException e) {
				throw new ImportException("truncated gzip: the file ends before its compressed data does" //$NON-NLS-1$
						+ position(json), e);
			} catch (ZipException e) {
				throw new ImportException("corrupt gzip: " + e.getMessage() + position(json), e); //$NON-NLS-1$
			} catch (CharacterCodingException e) {
				throw new ImportException("the file is not valid UTF-8 JSON" + position(json), e); //$NON-NLS-1$
			} catch (MalformedJsonException e) {
				throw new ImportException("malformed JSON: " + jsonProblem(e.getMessage()), e); //$NON-NLS-1$
			} catch (EOFException e) {
				// JsonReader's own end of input: the JSON stops in the middle of a value
				throw new ImportException("the JSON ends too early: " + jsonProblem(e.getMessage()), e); //$NON-NLS-1$
			} catch (IllegalStateException | NumberFormatException e) {
				throw new ImportException("unexpected JSON structure: " + jsonProblem(e.getMessage()), e); //$NON-NLS-1$
			}
		} catch (TruncatedGzipException e) {
			throw new ImportException("truncated gzip: the file ends inside its gzip header", e); //$NON-NLS-1$
		} catch (ZipException e) {
			throw new ImportException("corrupt gzip: " + e.getMessage(), e); //$NON-NLS-1$
		} catch (IOException e) {
			throw new ImportException("the file cannot be read: " + e.getMessage(), e); //$NON-NLS-1$
		}
	}

	private ImportException tooLarge(boolean gzip) {
		return new ImportException(gzip ? "decompressed size exceeds the limit of " + maxBytes + " bytes" //$NON-NLS-1$ //$NON-NLS-2$
				: "the file is larger than the limit of " + maxBytes + " bytes"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static boolean isGzip(BufferedInputStream in) throws IOException {
		in.mark(2);
		int first = in.read();
		int second = in.read();
		in.reset();
		return first == 0x1f && second == 0x8b;
	}

	private static List<SourceDocument> parse(JsonReader json, String sourceName) throws IOException, ImportException {
		JsonToken start;
		try {
			start = json.peek();
		} catch (EOFException e) {
			throw new ImportException("the file is empty", e); //$NON-NLS-1$
		}
		if (start != JsonToken.BEGIN_ARRAY) {
			throw new ImportException("the file is not a JSON array of written questions: it starts with " //$NON-NLS-1$
					+ describe(start) + position(json));
		}
		json.beginArray();
		List<SourceDocument> documents = new ArrayList<>();
		int skipped = 0;
		while (json.hasNext()) {
			Question question = readElement(json);
			SourceDocument document = question == null ? null : question.toDocument(sourceName);
			if (document == null) {
				skipped++;
			} else {
				documents.add(document);
			}
		}
		json.endArray();
		if (json.peek() != JsonToken.END_DOCUMENT) {
			throw new ImportException("there is more JSON after the array" + position(json)); //$NON-NLS-1$
		}
		if (documents.isEmpty() && skipped > 0) {
			// one odd record is skipped; a file of nothing but odd records is not this format
			throw new ImportException("none of the " + skipped + " records is a written question with an id or uin"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return documents;
	}

	/** @return the question in one array element, or null if the element is not an object */
	private static Question readElement(JsonReader json) throws IOException {
		if (json.peek() != JsonToken.BEGIN_OBJECT) {
			json.skipValue();
			return null;
		}
		Question question = new Question();
		json.beginObject();
		while (json.hasNext()) {
			String name = json.nextName();
			if ("value".equals(name) && json.peek() == JsonToken.BEGIN_OBJECT) { //$NON-NLS-1$
				json.beginObject();
				while (json.hasNext()) {
					question.field(json.nextName(), json);
				}
				json.endObject();
			} else {
				// also reads bare question objects, as some exports write them without "value"
				question.field(name, json);
			}
		}
		json.endObject();
		return question;
	}

	/** @return a string, number or boolean as text; null for null, and for objects and arrays, which are skipped */
	private static String scalar(JsonReader json) throws IOException {
		switch (json.peek()) {
		case NULL:
			json.nextNull();
			return null;
		case STRING:
		case NUMBER:
			return json.nextString();
		case BOOLEAN:
			return Boolean.toString(json.nextBoolean());
		default:
			json.skipValue();
			return null;
		}
	}

	private static String describe(JsonToken token) {
		return switch (token) {
		case BEGIN_OBJECT -> "an object"; //$NON-NLS-1$
		case END_DOCUMENT -> "nothing (the file is empty)"; //$NON-NLS-1$
		case STRING -> "a string"; //$NON-NLS-1$
		case NUMBER -> "a number"; //$NON-NLS-1$
		case BOOLEAN -> "a boolean"; //$NON-NLS-1$
		case NULL -> "null"; //$NON-NLS-1$
		default -> token.toString();
		};
	}

	/** @return " at line L column C path P", where the reader stands */
	private static String position(JsonReader json) {
		// JsonReader only shows its line and column in toString(): "JsonReader at line 1 column 2 path $"
		String where = json.toString();
		int at = where.indexOf(" at line "); //$NON-NLS-1$
		return at < 0 ? " at " + json.getPath() : where.substring(at); //$NON-NLS-1$
	}

	/** @return Gson's message without its advice to programmers */
	private static String jsonProblem(String message) {
		String problem = message == null ? "" : message; //$NON-NLS-1$
		int see = problem.indexOf("\nSee "); //$NON-NLS-1$
		if (see >= 0) {
			problem = problem.substring(0, see);
		}
		return problem.replaceFirst("^Use JsonReader\\.set\\S+ to accept malformed JSON", "unexpected character"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static InputStream gunzip(InputStream in) throws IOException {
		GZIPInputStream gzip;
		try {
			gzip = new GZIPInputStream(in);
		} catch (EOFException e) {
			throw new TruncatedGzipException(e);
		}
		return new FilterInputStream(gzip) {
			@Override
			public int read() throws IOException {
				try {
					return super.read();
				} catch (EOFException e) {
					throw new TruncatedGzipException(e);
				}
			}

			@Override
			public int read(byte[] buffer, int offset, int length) throws IOException {
				try {
					return super.read(buffer, offset, length);
				} catch (EOFException e) {
					throw new TruncatedGzipException(e);
				}
			}
		};
	}

	/** The gzip stream ended early; told apart from JsonReader's own end of input. */
	private static final class TruncatedGzipException extends IOException {
		private static final long serialVersionUID = 1L;

		TruncatedGzipException(EOFException cause) {
			super(cause.getMessage(), cause);
		}
	}

	/**
	 * @param raw a text from the API
	 * @return whether it looks cut by the API: plain text of the cut length ending in "..."
	 */
	static boolean looksCut(String raw) {
		if (raw == null || !raw.endsWith(ELLIPSIS) || TAG.matcher(raw).find()) {
			return false;
		}
		// 255 characters and "...", allowing for a trailing space dropped before the dots
		int length = raw.codePointCount(0, raw.length());
		return length >= API_CUT && length <= API_CUT + ELLIPSIS.length();
	}

	/** @return the day of an ISO date or timestamp such as 2024-07-25T00:00:00, or null */
	static LocalDate day(String value) {
		if (value == null || value.strip().length() < 10) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip().substring(0, 10));
		} catch (DateTimeParseException e) {
			return null;
		}
	}

	private static String text(String raw) {
		if (raw == null || raw.isBlank()) {
			return ""; //$NON-NLS-1$
		}
		// answers are HTML; short answers and questions are plain text that may still hold &amp;
		return raw.indexOf('<') >= 0 || raw.indexOf('&') >= 0 ? HtmlText.ofFragment(raw) : raw.strip();
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	/** The values of one record, as read. */
	private static final class Question {
		private String id;
		private String uin;
		private String house;
		private String heading;
		private String questionText;
		private String answerText;
		private String department;
		private String dateTabled;
		private String dateAnswered;
		private String askingMember;
		private String answeringMember;
		private List<String> grouped = List.of();
		private final Map<String, String> attributes = new TreeMap<>();

		void field(String name, JsonReader json) throws IOException {
			switch (name) {
			case "id" -> id = scalar(json); //$NON-NLS-1$
			case "uin" -> uin = scalar(json); //$NON-NLS-1$
			case "house" -> house = scalar(json); //$NON-NLS-1$
			case "heading" -> heading = scalar(json); //$NON-NLS-1$
			case "questionText" -> questionText = scalar(json); //$NON-NLS-1$
			case "answerText" -> answerText = scalar(json); //$NON-NLS-1$
			case "answeringBodyName" -> department = scalar(json); //$NON-NLS-1$
			case "dateTabled" -> dateTabled = scalar(json); //$NON-NLS-1$
			case "dateAnswered" -> dateAnswered = scalar(json); //$NON-NLS-1$
			case "askingMember" -> askingMember = member(json, "askingMember"); //$NON-NLS-1$ //$NON-NLS-2$
			case "answeringMember" -> answeringMember = member(json, "answeringMember"); //$NON-NLS-1$ //$NON-NLS-2$
			case "groupedQuestions" -> grouped = list(json); //$NON-NLS-1$
			default -> {
				if (ATTRIBUTES.contains(name)) {
					attributes.put(name, scalar(json));
				} else {
					json.skipValue();
				}
			}
			}
		}

		/** @return the member's name: a string, or an object's name (the API fills these when asked to expand members) */
		private String member(JsonReader json, String field) throws IOException {
			if (json.peek() != JsonToken.BEGIN_OBJECT) {
				return scalar(json);
			}
			String name = null;
			String listAs = null;
			json.beginObject();
			while (json.hasNext()) {
				switch (json.nextName()) {
				case "name" -> name = scalar(json); //$NON-NLS-1$
				case "listAs" -> listAs = scalar(json); //$NON-NLS-1$
				case "party" -> attributes.put(field + "Party", scalar(json)); //$NON-NLS-1$ //$NON-NLS-2$
				default -> json.skipValue();
				}
			}
			json.endObject();
			return blank(name) ? listAs : name;
		}

		private static List<String> list(JsonReader json) throws IOException {
			if (json.peek() != JsonToken.BEGIN_ARRAY) {
				json.skipValue();
				return List.of();
			}
			List<String> values = new ArrayList<>();
			json.beginArray();
			while (json.hasNext()) {
				String value = scalar(json);
				if (!blank(value)) {
					values.add(value.strip());
				}
			}
			json.endArray();
			return values;
		}

		/** @return the document, or null if the record has neither id nor uin to name it by */
		SourceDocument toDocument(String sourceName) {
			String key;
			if (!blank(id)) {
				key = id.strip();
			} else if (!blank(uin)) {
				// uins restart every session, so the house and the day tabled make them unique
				key = (blank(house) ? "" : house.strip() + "/") + uin.strip() //$NON-NLS-1$ //$NON-NLS-2$
						+ (day(dateTabled) == null ? "" : "/" + day(dateTabled)); //$NON-NLS-1$ //$NON-NLS-2$
			} else {
				return null;
			}
			String question = text(questionText);
			String answer = text(answerText);
			String text = answer.isEmpty() ? question : question.isEmpty() ? answer : question + "\n\n" + answer; //$NON-NLS-1$
			String title = !blank(heading) ? heading
					: !question.isEmpty() ? PlainTextImporter.title(question) : PlainTextImporter.title(text);
			SourceDocument.Builder builder = SourceDocument.builder(ID_PREFIX + key).title(title).text(text)
					.source(sourceName).kind(KIND).heading(heading).question(question).answer(answer).house(house)
					.uin(uin).department(department).askingMember(nameOrId(askingMember, "askingMemberId")) //$NON-NLS-1$
					.answeringMember(nameOrId(answeringMember, "answeringMemberId")).dateTabled(day(dateTabled)) //$NON-NLS-1$
					.dateAnswered(day(dateAnswered)).truncated(looksCut(questionText) || looksCut(answerText))
					.groupedIds(grouped);
			attributes.forEach(builder::attribute);
			return builder.build();
		}

		private String nameOrId(String name, String idAttribute) {
			if (!blank(name)) {
				return name;
			}
			String memberId = attributes.get(idAttribute);
			return blank(memberId) ? "" : "member " + memberId.strip(); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}
}
