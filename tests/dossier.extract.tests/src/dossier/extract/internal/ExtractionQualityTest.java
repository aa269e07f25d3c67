package dossier.extract.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import dossier.core.document.SourceDocument;
import dossier.core.entity.EntityKinds;
import dossier.core.entity.Mention;
import dossier.core.entity.Recognizer;
import dossier.extract.internal.GoldSet.GoldDocument;

/**
 * Measures the built-in recognizers against the hand-annotated documents in {@code devset/}
 * (and, separately, {@code devset/heldout/}; see {@code devset/RULES.md}). Prints precision,
 * recall and F1 per kind as a Markdown table, the funding recipient accuracy, and the most
 * frequent errors. The goals (precision 0.95, recall 0.90) are reported, not yet enforced;
 * the scorer itself is unit-tested here.
 */
class ExtractionQualityTest {

	static final double PRECISION_GOAL = 0.95;
	static final double RECALL_GOAL = 0.90;

	/** The built-in recognizers, in the order they run; those not written yet are skipped. */
	private static final String[][] BUILT_IN = { //
			{ "dossier.extract.internal.AgencyRecognizer", EntityKinds.AGENCY }, //$NON-NLS-1$
			{ "dossier.extract.internal.OperationRecognizer", EntityKinds.OPERATION }, //$NON-NLS-1$
			{ "dossier.extract.internal.CountryRecognizer", EntityKinds.COUNTRY }, //$NON-NLS-1$
			{ "dossier.extract.internal.FundingRecognizer", EntityKinds.FUNDING } }; //$NON-NLS-1$

	// ---------------------------------------------------------------- the scorer

	/** Counts for one kind. */
	static final class Counts {
		int gold;
		int predicted;
		int truePositives;
		int exactTruePositives;
		final Map<String, Integer> falsePositives = new TreeMap<>();
		final Map<String, Integer> falseNegatives = new TreeMap<>();

		double precision(boolean exact) {
			return predicted == 0 ? (gold == 0 ? 1 : 0) : (double) (exact ? exactTruePositives : truePositives) / predicted;
		}

		double recall(boolean exact) {
			return gold == 0 ? 1 : (double) (exact ? exactTruePositives : truePositives) / gold;
		}

		double f1(boolean exact) {
			double p = precision(exact);
			double r = recall(exact);
			return p + r == 0 ? 0 : 2 * p * r / (p + r);
		}

		void add(Counts other) {
			gold += other.gold;
			predicted += other.predicted;
			truePositives += other.truePositives;
			exactTruePositives += other.exactTruePositives;
			other.falsePositives.forEach((k, v) -> falsePositives.merge(k, v, Integer::sum));
			other.falseNegatives.forEach((k, v) -> falseNegatives.merge(k, v, Integer::sum));
		}
	}

	/**
	 * Scores predicted mentions against gold ones. A prediction is correct when its kind and
	 * entity match a gold mention's and the spans overlap; each gold mention and each
	 * prediction is counted at most once. Funding amounts are matched on amount and currency
	 * (or on the id when a prediction gives no amount). Span-exact figures are counted with
	 * an independent one-to-one matching that also requires equal spans.
	 */
	static final class Scorer {
		final Map<String, Counts> byKind = new TreeMap<>();
		int fundingGold;
		int fundingMatched;
		int recipientRight;
		int fundingFlagMatched;
		int fundingFlagRight;

		Counts counts(String kind) {
			return byKind.computeIfAbsent(kind, k -> new Counts());
		}

		void score(List<Mention> gold, List<Mention> predicted) {
			for (Mention g : gold) {
				counts(g.kind()).gold++;
			}
			for (Mention p : predicted) {
				counts(p.kind()).predicted++;
			}
			Map<Mention, Mention> matches = match(gold, predicted, false);
			Map<Mention, Mention> exact = match(gold, predicted, true);
			for (Mention g : gold) {
				Counts c = counts(g.kind());
				Mention p = matches.get(g);
				if (p != null) {
					c.truePositives++;
				} else {
					c.falseNegatives.merge(label(g), 1, Integer::sum);
				}
				if (exact.containsKey(g)) {
					c.exactTruePositives++;
				}
				if (EntityKinds.FUNDING.equals(g.kind())) {
					if ("true".equalsIgnoreCase(g.attribute("funding"))) { //$NON-NLS-1$
						fundingGold++;
						if (p != null) {
							fundingMatched++;
							if (sameId(g.attribute("recipient"), p.attribute("recipient"))) { //$NON-NLS-1$ //$NON-NLS-2$
								recipientRight++;
							}
						}
					}
					if (p != null && !g.attribute("funding").isEmpty()) { //$NON-NLS-1$
						fundingFlagMatched++;
						if (g.attribute("funding").equalsIgnoreCase(p.attribute("funding").isEmpty() ? "true" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
								: p.attribute("funding"))) { //$NON-NLS-1$
							fundingFlagRight++;
						}
					}
				}
			}
			List<Mention> matched = new ArrayList<>(matches.values());
			for (Mention p : predicted) {
				if (matched.stream().noneMatch(m -> m == p)) {
					counts(p.kind()).falsePositives.merge(label(p), 1, Integer::sum);
				}
			}
		}

		/** @return gold mention to its prediction, one to one: the best overlapping candidates first */
		static Map<Mention, Mention> match(List<Mention> gold, List<Mention> predicted, boolean exact) {
			record Pair(Mention gold, Mention predicted, int overlap, boolean sameSpan) {
			}
			List<Pair> pairs = new ArrayList<>();
			for (Mention g : gold) {
				for (Mention p : predicted) {
					int overlap = Math.min(g.end(), p.end()) - Math.max(g.start(), p.start());
					boolean sameSpan = g.start() == p.start() && g.end() == p.end();
					if (g.kind().equals(p.kind()) && overlap > 0 && (!exact || sameSpan) && sameEntity(g, p)) {
						pairs.add(new Pair(g, p, overlap, sameSpan));
					}
				}
			}
			pairs.sort(Comparator.comparing((Pair x) -> !x.sameSpan()).thenComparing(x -> -x.overlap())
					.thenComparingInt(x -> x.gold().start()));
			Map<Mention, Mention> result = new LinkedHashMap<>();
			List<Mention> used = new ArrayList<>();
			for (Pair pair : pairs) {
				if (!result.containsKey(pair.gold()) && used.stream().noneMatch(u -> u == pair.predicted())) {
					result.put(pair.gold(), pair.predicted());
					used.add(pair.predicted());
				}
			}
			return result;
		}

		static boolean sameEntity(Mention gold, Mention predicted) {
			if (EntityKinds.FUNDING.equals(gold.kind()) && !predicted.attribute("amount").isEmpty()) { //$NON-NLS-1$
				return sameAmount(gold.attribute("amount"), predicted.attribute("amount")) //$NON-NLS-1$ //$NON-NLS-2$
						&& gold.attribute("currency").equalsIgnoreCase(predicted.attribute("currency")); //$NON-NLS-1$ //$NON-NLS-2$
			}
			return sameId(gold.entityId(), predicted.entityId());
		}

		static boolean sameAmount(String a, String b) {
			try {
				return new BigDecimal(a.strip()).compareTo(new BigDecimal(b.strip())) == 0;
			} catch (NumberFormatException e) {
				return a.strip().equals(b.strip());
			}
		}

		/** Ids compare without regard to case and surrounding space ("DfE" and "DFE" are one). */
		static boolean sameId(String a, String b) {
			return a.strip().equalsIgnoreCase(b.strip());
		}

		static String label(Mention m) {
			String id = EntityKinds.FUNDING.equals(m.kind()) && !m.attribute("amount").isEmpty() //$NON-NLS-1$
					? m.attribute("currency") + " " + m.attribute("amount") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					: m.entityId();
			return "\"" + m.surface().replace('\n', ' ') + "\" → " + id; //$NON-NLS-1$ //$NON-NLS-2$
		}

		Counts total() {
			Counts all = new Counts();
			byKind.values().forEach(all::add);
			return all;
		}

		String table() {
			StringBuilder out = new StringBuilder();
			out.append("| kind | gold | predicted | TP | precision | recall | F1 | TP exact | P exact | R exact | F1 exact |\n"); //$NON-NLS-1$
			out.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n"); //$NON-NLS-1$
			Map<String, Counts> rows = new LinkedHashMap<>(byKind);
			rows.put("**all**", total()); //$NON-NLS-1$
			rows.forEach((kind, c) -> out.append(String.format(Locale.ROOT,
					"| %s | %d | %d | %d | %.3f | %.3f | %.3f | %d | %.3f | %.3f | %.3f |%n", kind, c.gold, c.predicted, //$NON-NLS-1$
					c.truePositives, c.precision(false), c.recall(false), c.f1(false), c.exactTruePositives,
					c.precision(true), c.recall(true), c.f1(true))));
			return out.toString();
		}
	}

	// ---------------------------------------------------------------- the scorer's own checks

	private static Mention m(String kind, int start, int end, String id, String... attributes) {
		Map<String, String> map = new LinkedHashMap<>();
		for (int i = 0; i + 1 < attributes.length; i += 2) {
			map.put(attributes[i], attributes[i + 1]);
		}
		return new Mention(kind, start, end, "x".repeat(end - start), id, id, map); //$NON-NLS-1$
	}

	@Test
	void overlappingSpansWithTheSameIdCountButOnlyExactSpansCountExactly() {
		Scorer s = new Scorer();
		s.score(List.of(m("agency", 4, 30, "SOCA"), m("country", 40, 42, "GB")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				List.of(m("agency", 0, 30, "soca"), m("country", 40, 42, "GB"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

		assertEquals(1, s.counts("agency").truePositives); //$NON-NLS-1$
		assertEquals(0, s.counts("agency").exactTruePositives); //$NON-NLS-1$
		assertEquals(1, s.counts("country").exactTruePositives); //$NON-NLS-1$
		assertEquals(1.0, s.total().precision(false));
		assertEquals(0.5, s.total().recall(true));
	}

	@Test
	void aWrongIdOrKindOrADisjointSpanIsBothAFalsePositiveAndAFalseNegative() {
		Scorer s = new Scorer();
		s.score(List.of(m("agency", 0, 4, "SOCA"), m("country", 10, 12, "NG"), m("agency", 20, 24, "NCA")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
				List.of(m("agency", 0, 4, "NCA"), m("agency", 10, 12, "NG"), m("agency", 24, 28, "NCA"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$

		assertEquals(0, s.total().truePositives);
		assertEquals(3, s.counts("agency").predicted); //$NON-NLS-1$
		assertEquals(3, s.counts("agency").falsePositives.values().stream().mapToInt(Integer::intValue).sum()); //$NON-NLS-1$
		assertEquals(1, s.counts("country").falseNegatives.size()); //$NON-NLS-1$
		assertEquals(0.0, s.total().f1(false));
	}

	@Test
	void aGoldMentionOrAPredictionIsNeverCountedTwice() {
		Scorer twoPredictions = new Scorer();
		twoPredictions.score(List.of(m("agency", 0, 27, "UKHTC")), //$NON-NLS-1$ //$NON-NLS-2$
				List.of(m("agency", 0, 2, "UKHTC"), m("agency", 0, 27, "UKHTC"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		assertEquals(1, twoPredictions.counts("agency").truePositives); //$NON-NLS-1$
		assertEquals(1, twoPredictions.counts("agency").exactTruePositives); //$NON-NLS-1$
		assertEquals(0.5, twoPredictions.counts("agency").precision(false)); //$NON-NLS-1$

		Scorer twoGold = new Scorer();
		twoGold.score(List.of(m("operation", 0, 22, "Pentameter 1"), m("operation", 27, 28, "Pentameter 1")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				List.of(m("operation", 0, 28, "Pentameter 1"))); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(1, twoGold.counts("operation").truePositives); //$NON-NLS-1$
		assertEquals(0.5, twoGold.counts("operation").recall(false)); //$NON-NLS-1$
		assertEquals(1.0, twoGold.counts("operation").precision(false)); //$NON-NLS-1$
	}

	@Test
	void fundingMatchesOnAmountAndCurrencyAndItsRecipientIsChecked() {
		Scorer s = new Scorer();
		s.score(List.of(m("funding", 0, 11, "GBP 4500000", "amount", "4500000", "currency", "GBP", "funding", "true", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
				"recipient", "UKHTC"), //$NON-NLS-1$ //$NON-NLS-2$
				m("funding", 20, 32, "GBP 400000000", "amount", "400000000", "currency", "GBP", "funding", "true", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
						"recipient", "SOCA"), //$NON-NLS-1$ //$NON-NLS-2$
				m("funding", 40, 43, "GBP 0.16", "amount", "0.16", "currency", "GBP", "funding", "false")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
				List.of(m("funding", 0, 11, "£4.5million", "amount", "4500000.00", "currency", "GBP", "recipient", "ukhtc"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
						m("funding", 20, 32, "£400m", "amount", "400000000", "currency", "GBP", "recipient", "UKHTC"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
						m("funding", 40, 43, "16p", "amount", "0.16", "currency", "EUR", "funding", "false"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$

		assertEquals(2, s.counts("funding").truePositives); //$NON-NLS-1$
		assertEquals(2, s.fundingGold);
		assertEquals(2, s.fundingMatched);
		assertEquals(1, s.recipientRight);
		assertEquals(2, s.fundingFlagRight);
	}

	// ---------------------------------------------------------------- the dev and held-out sets

	private static Path devset() {
		String property = System.getProperty("dossier.devset"); //$NON-NLS-1$
		Path folder = property != null ? Path.of(property) : Path.of("devset"); //$NON-NLS-1$
		if (property == null && !Files.isDirectory(folder)) {
			Assumptions.abort("-Ddossier.devset is not set and there is no ./devset"); //$NON-NLS-1$
		}
		assertTrue(Files.isDirectory(folder), "no devset folder at " + folder.toAbsolutePath()); //$NON-NLS-1$
		return folder;
	}

	@Test
	void theGoldSetsLoadAndEveryAnnotationFitsItsText() throws IOException {
		List<GoldDocument> dev = GoldSet.load(devset());
		List<GoldDocument> heldOut = GoldSet.load(devset().resolve("heldout")); //$NON-NLS-1$
		assertTrue(dev.size() >= 78, "dev documents: " + dev.size()); //$NON-NLS-1$
		assertTrue(heldOut.size() >= 32, "held-out documents: " + heldOut.size()); //$NON-NLS-1$
		for (GoldDocument d : dev) {
			for (Mention g : d.gold()) {
				assertTrue(EntityKinds.BUILT_IN.contains(g.kind()), d.name() + ": " + g);
			}
		}
	}

	private static List<RecognizerDescriptor> builtInRecognizers(StringBuilder notes) {
		List<RecognizerDescriptor> descriptors = new ArrayList<>();
		int order = 10;
		for (String[] recognizer : BUILT_IN) {
			String name = recognizer[0];
			try {
				Class<?> type = Class.forName(name);
				Recognizer instance = (Recognizer) type.getDeclaredConstructor().newInstance();
				descriptors.add(new RecognizerDescriptor(name, List.of(recognizer[1]), order, () -> instance));
			} catch (ClassNotFoundException e) {
				notes.append("- ").append(name).append(" is not there yet: its kind is not measured\n"); //$NON-NLS-1$ //$NON-NLS-2$
			} catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
				notes.append("- ").append(name).append(" cannot be created (").append(e).append("): left out\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			}
			order += 10;
		}
		return descriptors;
	}

	@Test
	void measureTheBuiltInRecognizers() throws IOException {
		StringBuilder report = new StringBuilder("\n## Entity extraction quality\n\n"); //$NON-NLS-1$
		List<RecognizerDescriptor> descriptors = builtInRecognizers(report);
		if (descriptors.isEmpty()) {
			System.out.println(report.append("\nNo built-in recognizer is present yet: nothing to measure.\n")); //$NON-NLS-1$
			return;
		}
		List<String> measured = descriptors.stream().flatMap(d -> d.kinds().stream()).toList();
		report.append("\nMeasured kinds: ").append(String.join(", ", measured)).append('\n'); //$NON-NLS-1$ //$NON-NLS-2$
		DefaultEntityExtractor extractor = new DefaultEntityExtractor(descriptors);
		for (String set : List.of("dev", "heldout")) { //$NON-NLS-1$ //$NON-NLS-2$
			Path folder = set.equals("dev") ? devset() : devset().resolve("heldout"); //$NON-NLS-1$ //$NON-NLS-2$
			Scorer scorer = new Scorer();
			for (GoldDocument d : GoldSet.load(folder)) {
				SourceDocument document = SourceDocument.builder(set + "/" + d.name()).text(d.text()) //$NON-NLS-1$
						.source(d.source()).build();
				List<Mention> gold = d.gold().stream().filter(g -> measured.contains(g.kind())).toList();
				List<Mention> predicted = extractor.extract(document).stream()
						.filter(p -> measured.contains(p.kind())).toList();
				scorer.score(gold, predicted);
			}
			report.append("\n### ").append(set.equals("dev") ? "Development set" : "Held-out set").append("\n\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			report.append(scorer.table());
			report.append(String.format(Locale.ROOT, "%nFunding recipient accuracy: %d of %d matched funding facts (%d gold)%s%n", //$NON-NLS-1$
					scorer.recipientRight, scorer.fundingMatched, scorer.fundingGold,
					scorer.fundingMatched == 0 ? "" : String.format(Locale.ROOT, " = %.3f", //$NON-NLS-1$ //$NON-NLS-2$
							(double) scorer.recipientRight / scorer.fundingMatched)));
			report.append(String.format(Locale.ROOT, "Funding flag (funding=true/false) right: %d of %d matched amounts%n", //$NON-NLS-1$
					scorer.fundingFlagRight, scorer.fundingFlagMatched));
			report.append("\nGoals (overlap match): precision ≥ ").append(PRECISION_GOAL).append(", recall ≥ ") //$NON-NLS-1$ //$NON-NLS-2$
					.append(RECALL_GOAL).append('\n');
			scorer.byKind.forEach((kind, c) -> report.append(String.format(Locale.ROOT,
					"- %s: precision %.3f %s, recall %.3f %s%n", kind, c.precision(false), //$NON-NLS-1$
					c.precision(false) >= PRECISION_GOAL ? "met" : "NOT met", c.recall(false), //$NON-NLS-1$ //$NON-NLS-2$
					c.recall(false) >= RECALL_GOAL ? "met" : "NOT met"))); //$NON-NLS-1$ //$NON-NLS-2$
			if (set.equals("dev")) { // the held-out errors are not looked at while tuning //$NON-NLS-1$
				scorer.byKind.forEach((kind, c) -> {
					report.append("\n#### ").append(kind).append(": most frequent false positives\n"); //$NON-NLS-1$ //$NON-NLS-2$
					top(c.falsePositives, report);
					report.append("\n#### ").append(kind).append(": most frequent false negatives\n"); //$NON-NLS-1$ //$NON-NLS-2$
					top(c.falseNegatives, report);
				});
			}
		}
		System.out.println(report);
	}

	private static void top(Map<String, Integer> errors, StringBuilder out) {
		if (errors.isEmpty()) {
			out.append("(none)\n"); //$NON-NLS-1$
		}
		errors.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(10)
				.forEach(e -> out.append("- ").append(e.getValue()).append(" × ").append(e.getKey()).append('\n')); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
