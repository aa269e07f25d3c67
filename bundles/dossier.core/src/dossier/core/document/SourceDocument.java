package dossier.core.document;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

import dossier.core.entity.Mention;

/**
 * A document as Dossier holds it: its text and the typed metadata an importer read from
 * its source. Written answers fill the parliamentary fields; other kinds leave them empty.
 * Instances are immutable; build them with {@link #builder(String)}.
 *
 * @since 0.1
 */
public final class SourceDocument {

	private final String id;
	private final String title;
	private final String text;
	private final String source;
	private final String kind;
	private final String heading;
	private final String question;
	private final String answer;
	private final String house;
	private final String uin;
	private final String department;
	private final String askingMember;
	private final String answeringMember;
	private final String url;
	private final LocalDate dateTabled;
	private final LocalDate dateAnswered;
	private final boolean truncated;
	private final List<String> groupedIds;
	private final List<Integer> pageStarts;
	private final Map<String, String> attributes;
	private final List<Mention> mentions;

	private SourceDocument(Builder b) {
		this.id = require(b.id, "id"); //$NON-NLS-1$
		this.text = Objects.requireNonNull(b.text, "text"); //$NON-NLS-1$
		this.title = b.title == null || b.title.isBlank() ? id : b.title;
		this.source = b.source;
		this.kind = b.kind;
		this.heading = b.heading;
		this.question = b.question;
		this.answer = b.answer;
		this.house = b.house;
		this.uin = b.uin;
		this.department = b.department;
		this.askingMember = b.askingMember;
		this.answeringMember = b.answeringMember;
		this.url = b.url;
		this.dateTabled = b.dateTabled;
		this.dateAnswered = b.dateAnswered;
		this.truncated = b.truncated;
		this.groupedIds = List.copyOf(b.groupedIds);
		this.pageStarts = List.copyOf(b.pageStarts);
		this.attributes = Map.copyOf(b.attributes);
		this.mentions = List.copyOf(b.mentions);
		for (Mention mention : mentions) {
			if (mention.end() > text.length()) {
				throw new IllegalArgumentException("Mention " + mention + " lies outside the text of " + id); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
	}

	/**
	 * A document with text and no metadata.
	 *
	 * @param id stable identifier, unique within a collection
	 * @param title the title shown in lists
	 * @param text the full text
	 * @param source where it came from (a path or resource name)
	 * @param kind the kind of source, such as {@code "text"}
	 */
	public SourceDocument(String id, String title, String text, String source, String kind) {
		this(builder(id).title(title).text(text).source(source).kind(kind));
	}

	/**
	 * @param id stable identifier, unique within a collection; importing a document with
	 *           the same id again replaces the earlier one
	 * @return a builder for a document with that id
	 */
	public static Builder builder(String id) {
		return new Builder(id);
	}

	/** @return a builder holding this document's values, to derive a changed copy */
	public Builder toBuilder() {
		Builder b = builder(id).title(title).text(text).source(source).kind(kind).heading(heading).question(question)
				.answer(answer).house(house).uin(uin).department(department).askingMember(askingMember)
				.answeringMember(answeringMember).url(url).dateTabled(dateTabled).dateAnswered(dateAnswered)
				.truncated(truncated).groupedIds(groupedIds).pageStarts(pageStarts).mentions(mentions);
		attributes.forEach(b::attribute);
		return b;
	}

	private static String require(String value, String name) {
		Objects.requireNonNull(value, name);
		if (value.isBlank()) {
			throw new IllegalArgumentException("A document needs a non-blank " + name); //$NON-NLS-1$
		}
		return value;
	}

	/** @return the stable identifier */
	public String id() {
		return id;
	}

	/** @return the title shown in lists; the id when the source has none */
	public String title() {
		return title;
	}

	/** @return the full text a viewer shows: for written answers the question, then the answer */
	public String text() {
		return text;
	}

	/** @return where the document came from (a path, an archive entry or a resource); may be empty */
	public String source() {
		return source;
	}

	/** @return the kind of source, such as {@code "text"}, {@code "written-answer"}; may be empty */
	public String kind() {
		return kind;
	}

	/** @return the subject heading (parlparse minor heading, API heading); may be empty */
	public String heading() {
		return heading;
	}

	/** @return the question's text; may be empty */
	public String question() {
		return question;
	}

	/** @return the answer's text; may be empty */
	public String answer() {
		return answer;
	}

	/** @return {@code "Commons"} or {@code "Lords"}; may be empty */
	public String house() {
		return house;
	}

	/** @return the question's unique identification number; may be empty */
	public String uin() {
		return uin;
	}

	/** @return the answering body, such as {@code "Home Office"}; may be empty */
	public String department() {
		return department;
	}

	/** @return the member who asked; may be empty */
	public String askingMember() {
		return askingMember;
	}

	/** @return the member who answered; may be empty */
	public String answeringMember() {
		return answeringMember;
	}

	/** @return a web address of the published document (Hansard); may be empty */
	public String url() {
		return url;
	}

	/** @return the day the question was tabled, if known */
	public Optional<LocalDate> dateTabled() {
		return Optional.ofNullable(dateTabled);
	}

	/** @return the day the question was answered (or the document dated), if known */
	public Optional<LocalDate> dateAnswered() {
		return Optional.ofNullable(dateAnswered);
	}

	/** @return whether the source gave only the start of the text (the API cuts some at 255 characters) */
	public boolean truncated() {
		return truncated;
	}

	/** @return ids of other documents this one stands for (grouped or redirected questions) */
	public List<String> groupedIds() {
		return groupedIds;
	}

	/** @return for paged sources (PDF), the offset in {@link #text()} where each page starts */
	public List<Integer> pageStarts() {
		return pageStarts;
	}

	/** @return further values an importer kept, such as Hansard column numbers, by name */
	public Map<String, String> attributes() {
		return attributes;
	}

	/** @return the entities the text mentions, in text order; empty until extraction has run */
	public List<Mention> mentions() {
		return mentions;
	}

	/**
	 * @param offset an offset in {@link #text()}
	 * @return the 1-based page holding that offset, if the document is paged
	 */
	public Optional<Integer> pageAt(int offset) {
		int page = 0;
		while (page < pageStarts.size() && pageStarts.get(page) <= offset) {
			page++;
		}
		return page == 0 ? Optional.empty() : Optional.of(page);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof SourceDocument d && d.id.equals(id) && d.text.equals(text) && d.title.equals(title)
				&& d.source.equals(source) && d.kind.equals(kind) && d.heading.equals(heading)
				&& d.question.equals(question) && d.answer.equals(answer) && d.house.equals(house) && d.uin.equals(uin)
				&& d.department.equals(department) && d.askingMember.equals(askingMember)
				&& d.answeringMember.equals(answeringMember) && d.url.equals(url)
				&& Objects.equals(d.dateTabled, dateTabled) && Objects.equals(d.dateAnswered, dateAnswered)
				&& d.truncated == truncated && d.groupedIds.equals(groupedIds) && d.pageStarts.equals(pageStarts)
				&& d.attributes.equals(attributes) && d.mentions.equals(mentions);
	}

	@Override
	public int hashCode() {
		return Objects.hash(id, text, title);
	}

	@Override
	public String toString() {
		return "SourceDocument[" + id + ", " + title + "]"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/** Collects a document's values; strings left unset are empty. */
	public static final class Builder {
		private final String id;
		private String title;
		private String text;
		private String source = ""; //$NON-NLS-1$
		private String kind = ""; //$NON-NLS-1$
		private String heading = ""; //$NON-NLS-1$
		private String question = ""; //$NON-NLS-1$
		private String answer = ""; //$NON-NLS-1$
		private String house = ""; //$NON-NLS-1$
		private String uin = ""; //$NON-NLS-1$
		private String department = ""; //$NON-NLS-1$
		private String askingMember = ""; //$NON-NLS-1$
		private String answeringMember = ""; //$NON-NLS-1$
		private String url = ""; //$NON-NLS-1$
		private LocalDate dateTabled;
		private LocalDate dateAnswered;
		private boolean truncated;
		private List<String> groupedIds = List.of();
		private List<Integer> pageStarts = List.of();
		private final Map<String, String> attributes = new TreeMap<>();
		private List<Mention> mentions = List.of();

		private Builder(String id) {
			this.id = id;
		}

		private static String clean(String value) {
			return value == null ? "" : value.strip(); //$NON-NLS-1$
		}

		/** @param value the title @return this builder */
		public Builder title(String value) {
			title = clean(value);
			return this;
		}

		/** @param value the full text @return this builder */
		public Builder text(String value) {
			text = value;
			return this;
		}

		/** @param value where the document came from @return this builder */
		public Builder source(String value) {
			source = clean(value);
			return this;
		}

		/** @param value the kind of source @return this builder */
		public Builder kind(String value) {
			kind = clean(value);
			return this;
		}

		/** @param value the subject heading @return this builder */
		public Builder heading(String value) {
			heading = clean(value);
			return this;
		}

		/** @param value the question's text @return this builder */
		public Builder question(String value) {
			question = clean(value);
			return this;
		}

		/** @param value the answer's text @return this builder */
		public Builder answer(String value) {
			answer = clean(value);
			return this;
		}

		/** @param value Commons or Lords @return this builder */
		public Builder house(String value) {
			house = clean(value);
			return this;
		}

		/** @param value the question number @return this builder */
		public Builder uin(String value) {
			uin = clean(value);
			return this;
		}

		/** @param value the answering body @return this builder */
		public Builder department(String value) {
			department = clean(value);
			return this;
		}

		/** @param value the asking member @return this builder */
		public Builder askingMember(String value) {
			askingMember = clean(value);
			return this;
		}

		/** @param value the answering member @return this builder */
		public Builder answeringMember(String value) {
			answeringMember = clean(value);
			return this;
		}

		/** @param value a web address @return this builder */
		public Builder url(String value) {
			url = clean(value);
			return this;
		}

		/** @param value the day tabled, or null @return this builder */
		public Builder dateTabled(LocalDate value) {
			dateTabled = value;
			return this;
		}

		/** @param value the day answered, or null @return this builder */
		public Builder dateAnswered(LocalDate value) {
			dateAnswered = value;
			return this;
		}

		/** @param value whether the text is cut short @return this builder */
		public Builder truncated(boolean value) {
			truncated = value;
			return this;
		}

		/** @param value ids this document stands for @return this builder */
		public Builder groupedIds(List<String> value) {
			groupedIds = value == null ? List.of() : value;
			return this;
		}

		/** @param value page start offsets in the text @return this builder */
		public Builder pageStarts(List<Integer> value) {
			pageStarts = value == null ? List.of() : value;
			return this;
		}

		/** @param value the entities the text mentions @return this builder */
		public Builder mentions(List<Mention> value) {
			mentions = value == null ? List.of() : value;
			return this;
		}

		/**
		 * @param name an attribute's name
		 * @param value its value; null or blank removes it
		 * @return this builder
		 */
		public Builder attribute(String name, String value) {
			if (value == null || value.isBlank()) {
				attributes.remove(name);
			} else {
				attributes.put(name, value.strip());
			}
			return this;
		}

		/**
		 * @return the document
		 * @throws IllegalArgumentException if the id is blank
		 * @throws NullPointerException if the text is not set
		 */
		public SourceDocument build() {
			return new SourceDocument(this);
		}
	}
}
