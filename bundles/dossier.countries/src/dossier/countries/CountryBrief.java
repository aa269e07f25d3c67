package dossier.countries;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

import dossier.core.catalog.DocumentRef;
import dossier.core.catalog.FundingFact;
import dossier.core.catalog.Passage;
import dossier.core.entity.EntityCount;
import dossier.countries.internal.BriefHtml;
import dossier.countries.internal.BriefMarkdown;

/**
 * Everything Dossier knows about one country, for its page and its exported brief: the
 * reference facts, the Factbook notes by edition, and what the collection says about it.
 * Immutable.
 *
 * @param country the country
 * @param documentCount how many documents of the collection mention it
 * @param mentionCount how many times they mention it in all
 * @param notes its Factbook notes, newest edition first, see {@link CountryAtlas#notes(String)}
 * @param passages its mentions in context (keyword in context), newest document first, at
 *                 most {@link dossier.core.catalog.EntityCatalog#MAX_PASSAGES}
 * @param references the documents that mention it, newest first, with what a reference
 *                   to them needs
 * @param agencies the agencies named in the same documents, most shared documents first
 * @param operations the operations named in the same documents
 * @param countries the other countries named in the same documents, the country it is most
 *                  often mentioned with first
 * @param funding the amounts of funding stated in the documents that mention it, newest
 *                document first
 * @param documentsPerYear how many of the documents that mention it are from each year, by
 *                         the date answered, or tabled for a question not yet answered
 *                         (documents without either are left out)
 * @since 0.1
 */
public record CountryBrief(Country country, int documentCount, int mentionCount, List<FactbookNote> notes,
		List<Passage> passages, List<Reference> references, List<EntityCount> agencies, List<EntityCount> operations,
		List<EntityCount> countries, List<FundingFact> funding, SortedMap<Integer, Integer> documentsPerYear) {

	/** Validates and copies. */
	public CountryBrief {
		Objects.requireNonNull(country, "country"); //$NON-NLS-1$
		notes = List.copyOf(notes);
		passages = List.copyOf(passages);
		references = List.copyOf(references);
		agencies = List.copyOf(agencies);
		operations = List.copyOf(operations);
		countries = List.copyOf(countries);
		funding = List.copyOf(funding);
		documentsPerYear = Collections.unmodifiableSortedMap(new TreeMap<>(documentsPerYear));
	}

	/** @return the Factbook editions that have notes on the country, newest first */
	public List<Integer> noteYears() {
		List<Integer> years = new ArrayList<>();
		for (FactbookNote note : notes) {
			if (!years.contains(note.year())) {
				years.add(note.year());
			}
		}
		return years;
	}

	/**
	 * @param year a Factbook edition
	 * @return the country's notes in that edition, in the order of {@link FactbookNote#SECTIONS}
	 */
	public List<FactbookNote> notes(int year) {
		return notes.stream().filter(n -> n.year() == year).toList();
	}

	/**
	 * @param documentId a document's id
	 * @return the reference to it, if it mentions the country
	 */
	public Optional<Reference> reference(String documentId) {
		return references.stream().filter(r -> r.document().id().equals(documentId)).findFirst();
	}

	/** @return how many of the listed passages are in documents of each year */
	public SortedMap<Integer, Integer> mentionsPerYear() {
		SortedMap<Integer, Integer> years = new TreeMap<>();
		for (Passage passage : passages) {
			passage.document().date().ifPresent(d -> years.merge(d.getYear(), 1, Integer::sum));
		}
		return years;
	}

	/** @return whether the passages are all the mentions, not the first {@code MAX_PASSAGES} */
	public boolean allPassages() {
		return passages.size() >= mentionCount;
	}

	/** @return the brief as a Markdown document */
	public String markdown() {
		return BriefMarkdown.render(this);
	}

	/** @return the brief as one self-contained HTML page (styles inline, no scripts, nothing fetched) */
	public String html() {
		return BriefHtml.render(this);
	}

	/**
	 * A document that mentions the country, with what a citation of it needs.
	 *
	 * @param document the document: id (to open it in Dossier), title, date
	 * @param kind its kind ({@code written-answer}, {@code written-statement}, {@code text}...)
	 * @param house the House for parliamentary documents, else the empty string
	 * @param department the answering department, or the empty string
	 * @param uin the question number, or the empty string
	 * @param url its address on the web (Hansard), or the empty string
	 * @since 0.1
	 */
	public record Reference(DocumentRef document, String kind, String house, String department, String uin,
			String url) {

		/** Validates; missing texts become empty strings. */
		public Reference {
			Objects.requireNonNull(document, "document"); //$NON-NLS-1$
			kind = orEmpty(kind);
			house = orEmpty(house);
			department = orEmpty(department);
			uin = orEmpty(uin);
			url = orEmpty(url);
		}

		/**
		 * @return the citation in words: "Home Office, written answer 18092, House of Commons,
		 *         10 December 2024" ("written question" while it has no answer); the title and id
		 *         are not part of it
		 */
		public String citation() {
			List<String> parts = new ArrayList<>();
			if (!department.isEmpty()) {
				parts.add(department);
			}
			String what = switch (kind) {
			case "written-answer" -> document.answered() == null ? "written question" : "written answer"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			case "written-statement" -> "written statement"; //$NON-NLS-1$ //$NON-NLS-2$
			default -> ""; //$NON-NLS-1$
			};
			if (!uin.isEmpty()) {
				what = (what.isEmpty() ? "question" : what) + " " + uin; //$NON-NLS-1$ //$NON-NLS-2$
			}
			if (!what.isEmpty()) {
				parts.add(what);
			}
			if (!house.isEmpty()) {
				parts.add(house.startsWith("House") ? house : "House of " + house); //$NON-NLS-1$ //$NON-NLS-2$
			}
			document.date().map(Reference::date).ifPresent(parts::add);
			return String.join(", ", parts); //$NON-NLS-1$
		}

		private static String date(LocalDate date) {
			return date.getDayOfMonth() + " " //$NON-NLS-1$
					+ date.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH) + " " //$NON-NLS-1$
					+ date.getYear();
		}

		private static String orEmpty(String s) {
			return s == null ? "" : s; //$NON-NLS-1$
		}
	}
}
