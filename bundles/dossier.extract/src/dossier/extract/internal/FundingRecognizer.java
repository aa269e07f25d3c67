package dossier.extract.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dossier.core.document.SourceDocument;
import dossier.core.entity.EntityKinds;
import dossier.core.entity.Mention;
import dossier.core.entity.Recognizer;
import dossier.extract.internal.MoneyAmounts.Amount;

/**
 * Finds money amounts (kind {@link EntityKinds#FUNDING}) in every written form that
 * {@link MoneyAmounts} reads, with the attributes:
 * <ul>
 * <li>{@code amount}: a plain decimal ({@code 4500000}); {@code currency}: GBP, EUR or USD;</li>
 * <li>{@code recipient}: the id of the agency (from the earlier agency mentions) that the
 * sentence says is funded, receives, is allocated or has a budget of the amount ("We shall
 * fund the UKHTC to the tune of £4.5million", "SOCA receives an overall budget of £400
 * million"), the nearest such, or the body a bracketed acronym after it names exactly; an
 * agency that spends or gives the money is not its recipient. A change of an amount ("an
 * increase of £24.9 million") and a part of one ("£1 million of the UK's £21 million") share
 * its recipient, and so does an amount on top of another ("in addition to £38 million"); a
 * possessive names the owner ("their £2m allocation", "£2m to their funding window"); a table
 * cell takes the one agency its introducing paragraph names. Empty
 * when none is said or when the amount is not funding;</li>
 * <li>{@code period} ("current spending review period", "2009-10", "over three years",
 * "per year") and {@code purpose} ("to tackle human trafficking", "for victim support"),
 * each only when stated in the amount's clause;</li>
 * <li>{@code funding}: "false" when a cue for a fine, penalty, price, a cost borne by others
 * or per unit, salary, fee, compensation, threshold, tax, rounding unit, surplus or per-head
 * figure is nearer the amount than any funding cue, or when the Government receives the
 * amount; else "true" (the cost of a government service is its spending).</li>
 * </ul>
 * The entity id is the recipient, or {@code unattributed}; the display name reads
 * "£4.5 million to UKHTC". A clause is the part of the sentence between the neighbouring
 * amounts, split at ";" and at "and"/"but" before a capital ("... review period and SOCA
 * receives ..."), so that facts about one amount are not given to the next. Sentences are
 * found only around the amounts, and a text without any currency sign or word is skipped
 * before any pattern runs.
 */
public final class FundingRecognizer implements Recognizer {

	/** The entity id of funding without a recipient. */
	public static final String UNATTRIBUTED = "unattributed"; //$NON-NLS-1$
	private static final Pattern CLAUSE_BREAK = Pattern.compile(";|\\s(?:and|but|while|whereas)\\s+(?=[A-Z])"); //$NON-NLS-1$

	/** Creates the recognizer; it keeps no state. */
	public FundingRecognizer() {
	}

	@Override
	public List<Mention> recognize(SourceDocument document, List<Mention> earlier) {
		String text = document.text();
		if (!MoneyAmounts.mayHold(text)) {
			return List.of();
		}
		List<Amount> amounts = MoneyAmounts.find(text);
		if (amounts.isEmpty()) {
			return List.of();
		}
		List<Mention> agencies = earlier.stream().filter(m -> EntityKinds.AGENCY.equals(m.kind())).toList();
		List<int[]> spans = amounts.stream().map(a -> new int[] { a.start(), a.end() }).toList();
		List<Mention> mentions = new ArrayList<>(amounts.size());
		String[] recipients = new String[amounts.size()];
		List<Map<String, String>> all = new ArrayList<>(amounts.size());
		for (int i = 0; i < amounts.size(); i++) {
			Amount amount = amounts.get(i);
			int[] sentence = SentenceBounds.around(text, amount.start());
			int[] clause = clause(text, sentence, amounts, i);
			String part = text.substring(clause[0], clause[1]);
			int at = amount.start() - clause[0];
			int atEnd = amount.end() - clause[0];
			Map<String, String> attributes = new HashMap<>();
			attributes.put("amount", amount.plain()); //$NON-NLS-1$
			attributes.put("currency", amount.currency()); //$NON-NLS-1$
			String funding = FundingClues.funding(part, at, atEnd);
			attributes.put("funding", funding); //$NON-NLS-1$
			String recipient = "true".equals(funding) //$NON-NLS-1$
					? FundingClues.recipient(text, sentence, amount.start(), amount.end(), spans, agencies)
					: ""; //$NON-NLS-1$
			if (recipient.isEmpty() && "true".equals(funding)) { //$NON-NLS-1$
				recipient = FundingClues.shared(text, sentence, amounts, i, recipients);
			}
			if (recipient.isEmpty() && "true".equals(funding) && sentence[1] - sentence[0] <= amount.end() - amount.start() + 2) { //$NON-NLS-1$
				recipient = FundingClues.tableIntro(text, sentence[0], agencies); // a table cell
			}
			recipients[i] = recipient;
			attributes.put("recipient", recipient); //$NON-NLS-1$
			putIfStated(attributes, "period", FundingClues.period(part, at, atEnd)); //$NON-NLS-1$
			putIfStated(attributes, "purpose", FundingClues.purpose(part, atEnd)); //$NON-NLS-1$
			all.add(attributes);
		}
		// "£1 million of the UK's £21 million support to UNRWA": the part shares the whole's recipient
		for (int i = amounts.size() - 2; i >= 0; i--) {
			if (recipients[i].isEmpty() && !recipients[i + 1].isEmpty() && "true".equals(all.get(i).get("funding")) //$NON-NLS-1$ //$NON-NLS-2$
					&& FundingClues.partOf(text, amounts.get(i).end(), amounts.get(i + 1).start())) {
				recipients[i] = recipients[i + 1];
				all.get(i).put("recipient", recipients[i]); //$NON-NLS-1$
			}
		}
		for (int i = 0; i < amounts.size(); i++) {
			Amount amount = amounts.get(i);
			String recipient = recipients[i];
			String display = MoneyAmounts.display(amount);
			mentions.add(new Mention(EntityKinds.FUNDING, amount.start(), amount.end(),
					text.substring(amount.start(), amount.end()), recipient.isEmpty() ? UNATTRIBUTED : recipient,
					recipient.isEmpty() ? display : display + " to " + recipient, all.get(i))); //$NON-NLS-1$
		}
		return mentions;
	}

	private static void putIfStated(Map<String, String> attributes, String name, String value) {
		if (!value.isEmpty()) {
			attributes.put(name, value);
		}
	}

	private static int[] clause(String text, int[] sentence, List<Amount> amounts, int i) {
		Amount amount = amounts.get(i);
		int left = sentence[0];
		int right = sentence[1];
		if (i > 0 && amounts.get(i - 1).end() > left && amounts.get(i - 1).end() <= amount.start()) {
			left = amounts.get(i - 1).end();
		}
		if (i + 1 < amounts.size() && amounts.get(i + 1).start() < right) {
			right = amounts.get(i + 1).start();
		}
		Matcher m = CLAUSE_BREAK.matcher(text).region(left, right);
		while (m.find()) {
			if (m.end() <= amount.start()) {
				left = m.end();
			} else if (m.start() >= amount.end()) {
				right = m.start();
				break;
			}
		}
		return new int[] { left, Math.max(right, amount.end()) };
	}
}
