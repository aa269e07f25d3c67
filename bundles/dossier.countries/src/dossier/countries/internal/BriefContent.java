package dossier.countries.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import dossier.core.catalog.DocumentRef;
import dossier.core.catalog.FundingFact;
import dossier.core.catalog.Passage;
import dossier.core.entity.EntityCount;
import dossier.countries.Country;
import dossier.countries.CountryBrief;
import dossier.countries.CountryBrief.Reference;
import dossier.countries.FactbookNote;

/** What the Markdown and HTML renderings of a brief share: its parts in reading order. */
final class BriefContent {

	/** The most co-mentioned entities listed per kind. */
	static final int RELATED = 15;

	/** The credit line for the data, as the licences ask. */
	static final String CREDITS = "Country data: world-countries (mledoze/countries), ODbL-1.0. " //$NON-NLS-1$
			+ "Factbook notes: CIA World Factbook 2006-2010 and 2022, public domain. " //$NON-NLS-1$
			+ "Passages: the documents of the Dossier collection, as cited."; //$NON-NLS-1$

	/** A Factbook note, or a pointer to the newer edition that says the same. */
	record NoteLine(FactbookNote note, Optional<Integer> sameAs) {
	}

	/** One document's passages with its reference. */
	record DocumentPassages(Reference reference, List<Passage> passages) {
	}

	private BriefContent() {
	}

	/** @return the header facts, label to value, the empty ones left out */
	static Map<String, String> facts(CountryBrief brief) {
		Country c = brief.country();
		Map<String, String> facts = new LinkedHashMap<>();
		facts.put("ISO 3166", String.join(" \u00b7 ", nonEmpty(c.alpha2(), c.alpha3(), c.numeric()))); //$NON-NLS-1$ //$NON-NLS-2$
		facts.put("Official name", c.officialName()); //$NON-NLS-1$
		facts.put("Region", c.subregion().isEmpty() ? c.region() : c.region() + ", " + c.subregion()); //$NON-NLS-1$ //$NON-NLS-2$
		facts.put("Capital", String.join(", ", c.capitals())); //$NON-NLS-1$ //$NON-NLS-2$
		facts.put("Demonym", String.join(", ", c.demonyms())); //$NON-NLS-1$ //$NON-NLS-2$
		facts.put("Also called", String.join(", ", c.aliases())); //$NON-NLS-1$ //$NON-NLS-2$
		facts.put("Status", c.independent() ? "sovereign state" : "territory"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		facts.put("In the collection", brief.documentCount() == 0 ? "not mentioned" //$NON-NLS-1$ //$NON-NLS-2$
				: count(brief.documentCount(), "document") + ", " + count(brief.mentionCount(), "mention")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		facts.values().removeIf(String::isEmpty);
		return facts;
	}

	/** @return the header line under the name: codes and region */
	static String subtitle(CountryBrief brief) {
		Country c = brief.country();
		List<String> parts = new ArrayList<>(nonEmpty(c.alpha2(), c.alpha3()));
		parts.addAll(nonEmpty(c.region(), c.subregion()));
		return String.join(" \u00b7 ", parts); //$NON-NLS-1$
	}

	/**
	 * @return the notes of each edition, newest first; a note the same as the newer edition's
	 *         points to it
	 */
	static Map<Integer, List<NoteLine>> notes(CountryBrief brief) {
		Map<Integer, List<NoteLine>> byYear = new LinkedHashMap<>();
		Map<String, FactbookNote> newer = new LinkedHashMap<>();
		for (int year : brief.noteYears()) {
			List<NoteLine> lines = new ArrayList<>();
			for (FactbookNote note : brief.notes(year)) {
				FactbookNote previous = newer.get(note.section());
				lines.add(new NoteLine(note, previous != null && previous.text().equals(note.text())
						? Optional.of(previous.year())
						: Optional.empty()));
				newer.put(note.section(), note);
			}
			byYear.put(year, lines);
		}
		return byYear;
	}

	/** @return the passages grouped by document, newest document first */
	static List<DocumentPassages> passages(CountryBrief brief) {
		Map<String, List<Passage>> byDocument = new LinkedHashMap<>();
		for (Passage passage : brief.passages()) {
			byDocument.computeIfAbsent(passage.document().id(), k -> new ArrayList<>()).add(passage);
		}
		List<DocumentPassages> grouped = new ArrayList<>(byDocument.size());
		byDocument.forEach((id, passages) -> {
			DocumentRef document = passages.get(0).document();
			Reference reference = brief.reference(id).orElseGet(() -> new Reference(document, "", "", "", "", "")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			grouped.add(new DocumentPassages(reference, passages));
		});
		return grouped;
	}

	/** @return an ellipsis if the passage's line goes on before it, else nothing */
	static String leading(Passage passage) {
		return passage.before().isEmpty() ? "" : "\u2026"; //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** @return an ellipsis if the passage's line goes on after it and it stops inside a sentence, else nothing */
	static String trailing(Passage passage) {
		String after = passage.after().stripTrailing();
		if (after.isEmpty()) {
			return ""; //$NON-NLS-1$
		}
		return ".?!:;\u201d\")".indexOf(after.charAt(after.length() - 1)) >= 0 ? "" : "\u2026"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/** @return the co-mentioned entities by heading, at most {@link #RELATED} of each */
	static Map<String, List<EntityCount>> related(CountryBrief brief) {
		Map<String, List<EntityCount>> related = new LinkedHashMap<>();
		related.put("Agencies", top(brief.agencies())); //$NON-NLS-1$
		related.put("Operations", top(brief.operations())); //$NON-NLS-1$
		related.put("Countries", top(brief.countries())); //$NON-NLS-1$
		related.values().removeIf(List::isEmpty);
		return related;
	}

	private static List<EntityCount> top(List<EntityCount> list) {
		return list.subList(0, Math.min(RELATED, list.size()));
	}

	/** @return "Home Office (4 documents)" */
	static String related(EntityCount entity) {
		return entity.name() + " (" + count(entity.documents(), "document") + ")"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/** @return "£1.26m to the Modern Slavery Unit, 2024/25, for training" */
	static String funding(FundingFact fact) {
		StringBuilder line = new StringBuilder(fact.surface().isEmpty() ? amount(fact) : fact.surface());
		if (!fact.recipientName().isEmpty()) {
			line.append(" to ").append(fact.recipientName()); //$NON-NLS-1$
		}
		if (!fact.period().isEmpty()) {
			line.append(", ").append(fact.period()); //$NON-NLS-1$
		}
		if (!fact.purpose().isEmpty()) {
			line.append(", for ").append(fact.purpose()); //$NON-NLS-1$
		}
		return line.toString();
	}

	private static String amount(FundingFact fact) {
		BigDecimal amount = fact.amount().stripTrailingZeros();
		return fact.currency() + " " + amount.toPlainString(); //$NON-NLS-1$
	}

	/** @return "Slavery: Victim Support Schemes" or the citation when a document has no better title */
	static String citation(Reference reference) {
		String citation = reference.citation();
		if (citation.isEmpty()) {
			return reference.document().date().map(Object::toString).orElse(""); //$NON-NLS-1$
		}
		return citation;
	}

	static String count(long n, String noun) {
		return String.format(Locale.ROOT, "%,d %s%s", n, noun, n == 1 ? "" : "s"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	private static List<String> nonEmpty(String... values) {
		List<String> list = new ArrayList<>();
		for (String v : values) {
			if (v != null && !v.isEmpty()) {
				list.add(v);
			}
		}
		return list;
	}
}
