package dossier.importers.internal;

import java.io.IOException;
import java.io.InputStream;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

import dossier.core.document.SourceDocument;
import dossier.core.importer.DocumentImporter;
import dossier.core.importer.ImportException;
import dossier.core.importer.ImportSource;

/**
 * Reads parlparse's XML of written answers and written ministerial statements, as
 * TheyWorkForYou publishes it ({@code scrapedxml/wrans}, {@code lordswrans}, {@code wms}):
 * one document per question-and-answer group, or per statement.
 * <p>
 * A day is scraped several times; the files {@code answers2009-10-26a.xml} to
 * {@code ...f.xml} are successive versions, and {@link #select(List)} keeps only the
 * latest. Document ids are the parlparse id of the group's first question with the
 * version letter removed, so that a later version replaces the same documents.
 * <p>
 * The XML is parsed by {@link SafeXml}: entities of the internal DTD are expanded,
 * external ones are refused, and nothing is ever fetched.
 */
public final class ParlparseImporter implements DocumentImporter {

	/** The kind of documents read from written answers. */
	public static final String KIND_ANSWER = "written-answer"; //$NON-NLS-1$
	/** The kind of documents read from written ministerial statements. */
	public static final String KIND_STATEMENT = "written-statement"; //$NON-NLS-1$
	/** The house of documents from {@code answers} and {@code ministerial} files. */
	public static final String COMMONS = "Commons"; //$NON-NLS-1$
	/** The house of documents from {@code lordswrans} and {@code lordswms} files. */
	public static final String LORDS = "Lords"; //$NON-NLS-1$

	/** Attribute: the Hansard column of the group's first element, such as {@code 1W}. */
	public static final String ATTR_COLUMN = "column"; //$NON-NLS-1$
	/** Attribute: the Hansard column of the group's last element, when it differs. */
	public static final String ATTR_LAST_COLUMN = "lastColumn"; //$NON-NLS-1$
	/** Attribute: all question numbers of the group, comma-separated, when more than one. */
	public static final String ATTR_QNUMS = "qnums"; //$NON-NLS-1$
	/** Attribute: every asking member, separated by {@code "; "}, when more than one. */
	public static final String ATTR_ASKING_MEMBERS = "askingMembers"; //$NON-NLS-1$
	/** Attribute: the asking member's parlparse speaker id. */
	public static final String ATTR_ASKING_SPEAKER_ID = "askingSpeakerId"; //$NON-NLS-1$
	/** Attribute: the asking member's person id, where the file has one. */
	public static final String ATTR_ASKING_PERSON_ID = "askingPersonId"; //$NON-NLS-1$
	/** Attribute: the answering (or stating) member's parlparse speaker id. */
	public static final String ATTR_ANSWERING_SPEAKER_ID = "answeringSpeakerId"; //$NON-NLS-1$
	/** Attribute: the answering member's person id, where the file has one. */
	public static final String ATTR_ANSWERING_PERSON_ID = "answeringPersonId"; //$NON-NLS-1$
	/** Attribute: the office of the minister making a statement. */
	public static final String ATTR_SPEAKER_OFFICE = "speakerOffice"; //$NON-NLS-1$
	/** Attribute: the parlparse id of the group's first element, with its version letter. */
	public static final String ATTR_GID = "gid"; //$NON-NLS-1$
	/** Attribute: the version letter of the file the document was read from. */
	public static final String ATTR_SCRAPE_VERSION = "scrapeVersion"; //$NON-NLS-1$

	private static final String ROOT = "publicwhip"; //$NON-NLS-1$
	/** prefix, date and version letter of a file name such as answers2009-10-26a.xml */
	private static final Pattern FILE_NAME = Pattern
			.compile("(answers|lordswrans|ministerial|lordswms)(\\d{4}-\\d{2}-\\d{2})([a-z]?)\\.xml"); //$NON-NLS-1$
	private static final List<String> PREFIXES = List.of("answers", "lordswrans", "ministerial", "lordswms"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	/** the version letter after the date in a gid: uk.org.publicwhip/wrans/2009-10-26a.293491.q0 */
	private static final Pattern GID_VERSION = Pattern.compile("(/\\d{4}-\\d{2}-\\d{2})[a-z](?=\\.)"); //$NON-NLS-1$
	private static final Pattern GID_DATE = Pattern.compile("/(\\d{4}-\\d{2}-\\d{2})[a-z]?\\."); //$NON-NLS-1$
	private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0]+"); //$NON-NLS-1$
	private static final Set<String> SMALL_WORDS = Set.of("and", "of", "for", "the", "in", "on", "to"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$

	/** parlparse's list of changed versions, which sits beside the XML files: claimed and ignored. */
	static final String CHANGE_LOG = "changedates.txt"; //$NON-NLS-1$
	private final long maxBytes;

	/** Reads files up to {@link PlainTextImporter#DEFAULT_MAX_BYTES}; for the extension registry. */
	public ParlparseImporter() {
		this(PlainTextImporter.DEFAULT_MAX_BYTES);
	}

	/** @param maxBytes the largest file this importer reads */
	public ParlparseImporter(long maxBytes) {
		this.maxBytes = maxBytes;
	}

	@Override
	public boolean accepts(String name) {
		String base = baseName(name);
		return base.endsWith(".xml") && PREFIXES.stream().anyMatch(base::startsWith); //$NON-NLS-1$
	}

	/**
	 * Keeps, of the versions {@code a}, {@code b}, ... of one day's file, only the one with
	 * the latest letter. Sources whose names carry no date are all kept.
	 */
	@Override
	public List<ImportSource> select(List<ImportSource> accepted) {
		Map<String, ImportSource> latest = new HashMap<>();
		for (ImportSource source : accepted) {
			Matcher m = FILE_NAME.matcher(baseName(source.name()));
			if (m.matches()) {
				String day = m.group(1) + m.group(2);
				ImportSource kept = latest.get(day);
				if (kept == null || versionOf(kept).compareTo(m.group(3)) <= 0) {
					latest.put(day, source);
				}
			}
		}
		List<ImportSource> selected = new ArrayList<>();
		for (ImportSource source : accepted) {
			Matcher m = FILE_NAME.matcher(baseName(source.name()));
			if (!m.matches() || latest.get(m.group(1) + m.group(2)) == source) {
				selected.add(source);
			}
		}
		return selected;
	}

	@Override
	public List<SourceDocument> read(ImportSource source) throws ImportException {
		if (SourceNames.fileName(source.name()).equals(CHANGE_LOG)) {
			return List.of(); // parlparse's record of which versions changed, not a document
		}
		if (source.size() > maxBytes) {
			throw SourceBytes.tooLarge(maxBytes);
		}
		String base = baseName(source.name());
		String prefix = PREFIXES.stream().filter(base::startsWith).findFirst().orElse(""); //$NON-NLS-1$
		Matcher m = FILE_NAME.matcher(base);
		LocalDate fileDate = m.matches() ? date(m.group(2)) : null;
		boolean statements = prefix.equals("ministerial") || prefix.equals("lordswms"); //$NON-NLS-1$ //$NON-NLS-2$
		String house = prefix.startsWith("lords") ? LORDS : prefix.isEmpty() ? "" : COMMONS; //$NON-NLS-1$ //$NON-NLS-2$

		Collector reader = new Collector();
		try (InputStream in = source.open()) {
			SafeXml.parse(in, maxBytes, reader);
		} catch (IOException e) {
			throw new ImportException("the file cannot be read: " + e.getMessage(), e); //$NON-NLS-1$
		}
		reader.applyRedirects();

		List<SourceDocument> documents = new ArrayList<>();
		Set<String> ids = new LinkedHashSet<>();
		for (Group group : reader.groups) {
			LocalDate day = fileDate != null ? fileDate : dateOfGid(group.gid);
			String id = group.id.isEmpty() ? source.name() + "#" + (documents.size() + 1) : group.id; //$NON-NLS-1$
			String first = id;
			// parlparse ids are unique within a day; a repeat would silently replace a document
			for (int n = 2; !ids.add(id); n++) {
				id = first + "#" + n; //$NON-NLS-1$
			}
			documents.add(group.toDocument(id, source.name(), statements ? KIND_STATEMENT : KIND_ANSWER, house, day,
					reader.scrapeVersion));
		}
		return documents;
	}

	/**
	 * @param gid a parlparse id such as {@code uk.org.publicwhip/wrans/2009-10-26a.293491.q0}
	 * @return the id without the version letter after the date:
	 *         {@code uk.org.publicwhip/wrans/2009-10-26.293491.q0}
	 */
	static String stripVersion(String gid) {
		return GID_VERSION.matcher(gid.strip()).replaceFirst("$1"); //$NON-NLS-1$
	}

	/** @return the last segment of a path or archive entry name, in lower case */
	static String baseName(String name) {
		int cut = Math.max(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')), name.lastIndexOf('!'));
		return name.substring(cut + 1).toLowerCase(Locale.ROOT);
	}

	private static String versionOf(ImportSource source) {
		Matcher m = FILE_NAME.matcher(baseName(source.name()));
		return m.matches() ? m.group(3) : ""; //$NON-NLS-1$
	}

	private static LocalDate date(String text) {
		try {
			return LocalDate.parse(text);
		} catch (DateTimeException e) {
			return null; // a name like answers2009-02-31a.xml: the date is unknown, not an error
		}
	}

	private static LocalDate dateOfGid(String gid) {
		Matcher m = GID_DATE.matcher(gid);
		return m.find() ? date(m.group(1)) : null;
	}

	/** @return whitespace runs as single spaces, line by line, without blank lines */
	static String normalize(CharSequence text) {
		StringBuilder out = new StringBuilder();
		for (String line : text.toString().split("\n")) { //$NON-NLS-1$
			String clean = SPACES.matcher(line).replaceAll(" ").strip(); //$NON-NLS-1$
			if (!clean.isEmpty()) {
				out.append(out.isEmpty() ? "" : "\n").append(clean); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		return out.toString();
	}

	/** @return a department heading such as {@code CULTURE MEDIA AND SPORT} as {@code Culture Media and Sport} */
	static String department(String heading) {
		String text = normalize(heading).replace('\n', ' ');
		if (!text.equals(text.toUpperCase(Locale.ROOT))) {
			return text; // already in mixed case: keep it as written
		}
		StringBuilder out = new StringBuilder();
		String lower = text.toLowerCase(Locale.ROOT);
		boolean wordStart = true;
		for (int i = 0; i < lower.length(); i++) {
			char c = lower.charAt(i);
			if (wordStart && Character.isLetter(c)) {
				int end = i;
				while (end < lower.length() && Character.isLetter(lower.charAt(end))) {
					end++;
				}
				// "and", "of" stay small except as the first word
				boolean small = i > 0 && SMALL_WORDS.contains(lower.substring(i, end));
				out.append(small ? c : Character.toUpperCase(c));
				wordStart = false;
			} else {
				out.append(c);
				wordStart = !Character.isLetter(c) && c != '\''; // WOMEN'S is Women's
			}
		}
		return out.toString();
	}

	/** Questions and replies under one heading, or one statement, as read. */
	private static final class Group {
		final String id;
		final String gid;
		final String department;
		final String heading;
		final boolean underMinorHeading;
		final Set<String> gids = new LinkedHashSet<>();
		final Set<String> groupedIds = new LinkedHashSet<>();
		final List<String> question = new ArrayList<>();
		final List<String> answer = new ArrayList<>();
		final Map<String, String[]> askers = new LinkedHashMap<>();
		final Map<String, String[]> answerers = new LinkedHashMap<>();
		final Set<String> qnums = new LinkedHashSet<>();
		boolean hasAnswer;
		String url = ""; //$NON-NLS-1$
		String firstColumn = ""; //$NON-NLS-1$
		String lastColumn = ""; //$NON-NLS-1$
		String speakerOffice = ""; //$NON-NLS-1$

		Group(String gid, String department, String heading, boolean underMinorHeading) {
			this.gid = gid;
			this.id = stripVersion(gid);
			this.department = department;
			this.heading = heading;
			this.underMinorHeading = underMinorHeading;
		}

		boolean isEmpty() {
			return question.isEmpty() && answer.isEmpty();
		}

		SourceDocument toDocument(String docId, String source, String kind, String house, LocalDate day,
				String version) {
			String q = String.join("\n\n", question); //$NON-NLS-1$
			String a = String.join("\n\n", answer); //$NON-NLS-1$
			String text = q.isEmpty() ? a : a.isEmpty() ? q : q + "\n\n" + a; //$NON-NLS-1$
			String[] asker = askers.values().stream().findFirst().orElse(new String[3]);
			String[] answerer = answerers.values().stream().findFirst().orElse(new String[3]);
			groupedIds.remove(docId);
			SourceDocument.Builder b = SourceDocument.builder(docId).title(title(text)).text(text).source(source)
					.kind(kind).heading(heading).question(q).answer(a).house(house).department(department)
					.uin(qnums.stream().findFirst().orElse("")).askingMember(asker[0]).answeringMember(answerer[0]) //$NON-NLS-1$
					.url(url).dateAnswered(day).groupedIds(List.copyOf(groupedIds))
					.attribute(ATTR_COLUMN, firstColumn)
					.attribute(ATTR_LAST_COLUMN, lastColumn.equals(firstColumn) ? "" : lastColumn) //$NON-NLS-1$
					.attribute(ATTR_QNUMS, qnums.size() > 1 ? String.join(", ", qnums) : "") //$NON-NLS-1$ //$NON-NLS-2$
					.attribute(ATTR_ASKING_MEMBERS, askers.size() > 1 ? String.join("; ", askers.keySet()) : "") //$NON-NLS-1$ //$NON-NLS-2$
					.attribute(ATTR_ASKING_SPEAKER_ID, asker[1]).attribute(ATTR_ASKING_PERSON_ID, asker[2])
					.attribute(ATTR_ANSWERING_SPEAKER_ID, answerer[1]).attribute(ATTR_ANSWERING_PERSON_ID, answerer[2])
					.attribute(ATTR_SPEAKER_OFFICE, speakerOffice).attribute(ATTR_GID, gid)
					.attribute(ATTR_SCRAPE_VERSION, version);
			return b.build();
		}

		private String title(String text) {
			if (!heading.isEmpty()) {
				// minor headings repeat across departments ("Departmental Rail Travel"): name it
				boolean named = department.isEmpty()
						|| heading.toLowerCase(Locale.ROOT).contains(department.toLowerCase(Locale.ROOT));
				return named ? heading : heading + " (" + department + ")"; //$NON-NLS-1$ //$NON-NLS-2$
			}
			String start = PlainTextImporter.title(text);
			return department.isEmpty() ? start : department + ": " + start; //$NON-NLS-1$
		}
	}

	/** Collects groups from the SAX events of one file. */
	private static final class Collector extends DefaultHandler {
		final List<Group> groups = new ArrayList<>();
		final List<String[]> redirects = new ArrayList<>();
		String scrapeVersion = ""; //$NON-NLS-1$

		private int depth;
		private String department = ""; //$NON-NLS-1$
		private String heading = ""; //$NON-NLS-1$
		private boolean headingFresh;
		private final List<String> pendingGids = new ArrayList<>();
		private Group current;

		/** the element whose text is being collected: a heading, ques, reply or speech */
		private String collecting;
		private String headingGid;
		private List<String> paragraphs;
		private final StringBuilder text = new StringBuilder();
		private int cellsInRow;

		@Override
		public void startElement(String uri, String localName, String qName, Attributes attributes)
				throws SAXException {
			depth++;
			if (depth == 1) {
				if (!qName.equals(ROOT)) {
					throw SafeXml.fail("not a parlparse (publicwhip) document: the root element is <" + qName + ">"); //$NON-NLS-1$ //$NON-NLS-2$
				}
				scrapeVersion = value(attributes, "scrapeversion"); //$NON-NLS-1$
				return;
			}
			if (collecting != null) {
				inside(qName, attributes);
				return;
			}
			String gid = value(attributes, "id"); //$NON-NLS-1$
			switch (qName) {
			case "major-heading", "minor-heading" -> { //$NON-NLS-1$ //$NON-NLS-2$
				close();
				collecting = qName;
				headingGid = gid;
				text.setLength(0);
			}
			case "ques", "reply", "speech" -> start(qName, gid, attributes); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			case "gidredirect" -> redirects.add(new String[] { value(attributes, "oldgid"), //$NON-NLS-1$ //$NON-NLS-2$
					value(attributes, "newgid"), value(attributes, "matchtype") }); //$NON-NLS-1$ //$NON-NLS-2$
			default -> {
				// other top-level elements (division, speech-less notes) carry no answers
			}
			}
		}

		private void start(String element, String gid, Attributes attributes) {
			boolean speech = element.equals("speech"); //$NON-NLS-1$
			boolean ques = element.equals("ques"); //$NON-NLS-1$
			// a question after an answer, or a statement with no heading of its own, starts a new group
			if (current != null && current.hasAnswer && (ques || speech && !current.underMinorHeading)) {
				close();
			}
			if (current == null) {
				current = new Group(gid.isEmpty() ? headingGid() : gid, department, heading, headingFresh);
				headingFresh = false;
				pendingGids.forEach(g -> current.gids.add(stripVersion(g)));
				pendingGids.clear();
			}
			current.gids.add(stripVersion(gid));
			String name = value(attributes, "speakername"); //$NON-NLS-1$
			String[] speaker = { name, value(attributes, "speakerid"), value(attributes, "person_id") }; //$NON-NLS-1$ //$NON-NLS-2$
			if (!name.isEmpty()) {
				(ques ? current.askers : current.answerers).putIfAbsent(name, speaker);
			}
			if (current.url.isEmpty()) {
				current.url = value(attributes, "url"); //$NON-NLS-1$
			}
			String column = value(attributes, "colnum"); //$NON-NLS-1$
			if (!column.isEmpty()) {
				current.firstColumn = current.firstColumn.isEmpty() ? column : current.firstColumn;
				current.lastColumn = column;
			}
			if (speech && current.speakerOffice.isEmpty()) {
				current.speakerOffice = value(attributes, "speakeroffice"); //$NON-NLS-1$
			}
			if (!ques) {
				current.hasAnswer = true;
			}
			collecting = element;
			paragraphs = ques ? current.question : current.answer;
			text.setLength(0);
		}

		private String headingGid() {
			return pendingGids.isEmpty() ? "" : pendingGids.get(pendingGids.size() - 1); //$NON-NLS-1$
		}

		/** An element within a heading, question, reply or statement: paragraphs, tables, markup. */
		private void inside(String element, Attributes attributes) {
			if (paragraphs == null) {
				return; // markup in a heading
			}
			switch (element) {
			case "p", "table" -> { //$NON-NLS-1$ //$NON-NLS-2$
				flush();
				if (collecting.equals("ques")) { //$NON-NLS-1$
					String qnum = value(attributes, "qnum"); //$NON-NLS-1$
					if (!qnum.isEmpty()) {
						current.qnums.add(qnum);
					}
				}
			}
			case "tr" -> cellsInRow = 0; //$NON-NLS-1$
			case "td", "th" -> { //$NON-NLS-1$ //$NON-NLS-2$
				if (cellsInRow++ > 0) {
					text.append(" | "); //$NON-NLS-1$
				}
			}
			case "br" -> text.append(' '); //$NON-NLS-1$
			default -> {
				// inline markup (i, b, phrase, a, sup): its text runs on
			}
			}
		}

		@Override
		public void characters(char[] ch, int start, int length) {
			if (collecting != null) {
				text.append(ch, start, length);
			}
		}

		@Override
		public void endElement(String uri, String localName, String qName) {
			depth--;
			if (collecting == null) {
				if (depth == 0) {
					close();
				}
				return;
			}
			if (qName.equals(collecting)) {
				if (paragraphs == null) {
					endHeading();
				} else {
					flush();
					paragraphs = null;
				}
				collecting = null;
			} else if (paragraphs != null) {
				switch (qName) {
				case "p", "table" -> flush(); //$NON-NLS-1$ //$NON-NLS-2$
				case "tr" -> text.append('\n'); //$NON-NLS-1$
				default -> {
					// inline markup ends
				}
				}
			}
		}

		private void endHeading() {
			String value = normalize(text).replace('\n', ' ');
			if (collecting.equals("major-heading")) { //$NON-NLS-1$
				pendingGids.clear(); // headings with nothing under them point nowhere
				department = department(value);
				heading = ""; // a new department: the last topic no longer applies //$NON-NLS-1$
				headingFresh = false;
			} else {
				heading = value;
				headingFresh = true;
			}
			if (!headingGid.isEmpty()) {
				pendingGids.add(headingGid);
			}
			text.setLength(0);
		}

		private void flush() {
			String paragraph = normalize(text);
			if (!paragraph.isEmpty()) {
				paragraphs.add(paragraph);
			}
			text.setLength(0);
		}

		private void close() {
			if (current != null && !current.isEmpty()) {
				groups.add(current);
			}
			current = null;
		}

		/** Adds the ids that gidredirects map to a group's elements to that group. */
		void applyRedirects() {
			Map<String, Group> byGid = new HashMap<>();
			for (Group group : groups) {
				group.gids.forEach(g -> byGid.putIfAbsent(g, group));
			}
			for (String[] redirect : redirects) {
				String from = stripVersion(redirect[0]);
				String to = stripVersion(redirect[1]);
				// a removed question points at its old department's heading: it is no alias of that group
				if (from.isEmpty() || from.equals(to) || "removed".equals(redirect[2])) { //$NON-NLS-1$
					continue;
				}
				Group target = byGid.get(to);
				if (target != null) {
					target.groupedIds.add(from);
				}
			}
		}

		private static String value(Attributes attributes, String name) {
			String value = attributes.getValue(name);
			return value == null ? "" : value.strip(); //$NON-NLS-1$
		}
	}
}
