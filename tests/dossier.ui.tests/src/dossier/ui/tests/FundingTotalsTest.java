package dossier.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dossier.core.catalog.DocumentRef;
import dossier.core.catalog.FundingFact;
import dossier.ui.internal.funding.AmountFormat;
import dossier.ui.internal.funding.FundingFilter;
import dossier.ui.internal.funding.FundingTotals;
import dossier.ui.internal.funding.FundingTotals.Total;

/** The Funding view's arithmetic and formats, without a workbench. */
class FundingTotalsTest {

	private static final DocumentRef DOC_2009 = new DocumentRef("d1", "Trafficking", LocalDate.of(2009, 3, 1));
	private static final DocumentRef UNDATED = new DocumentRef("d2", "Note", null);

	@Test
	void amountsInBriefAndInFull() {
		assertEquals("£4.5m", AmountFormat.brief(new BigDecimal("4500000"), "GBP"));
		assertEquals("£400m", AmountFormat.brief(new BigDecimal("400000000"), "GBP"));
		assertEquals("£1.25bn", AmountFormat.brief(new BigDecimal("1250000000"), "GBP"));
		assertEquals("£250,000", AmountFormat.brief(new BigDecimal("250000"), "GBP"));
		assertEquals("$2.33m", AmountFormat.brief(new BigDecimal("2333333"), "USD"));
		assertEquals("CHF 5,000", AmountFormat.brief(new BigDecimal("5000"), "CHF"));
		assertEquals("-£3m", AmountFormat.brief(new BigDecimal("-3000000"), "GBP"));
		assertEquals("4,500,000", AmountFormat.exact(new BigDecimal("4500000.00")));
		assertEquals("12.50", AmountFormat.exact(new BigDecimal("12.5")));
	}

	@Test
	void totalsByRecipientKeepCurrenciesApartAndPutTheLargestFirst() {
		List<FundingFact> facts = List.of(fact("UKHTC", "4500000", "GBP", "", DOC_2009),
				fact("SOCA", "400000000", "GBP", "", DOC_2009), fact("SOCA", "1000000", "USD", "", DOC_2009),
				fact("", "20000", "GBP", "", DOC_2009));

		List<Total> totals = FundingTotals.byRecipient(facts);

		assertEquals(List.of("All recipients", "SOCA", "UKHTC", "(no recipient named)"),
				totals.stream().map(Total::label).toList());
		assertTrue(totals.get(0).isOverall());
		assertEquals(new BigDecimal("404520000"), totals.get(0).pounds());
		assertEquals(4, totals.get(0).facts());
		Total soca = totals.get(1);
		assertEquals(new BigDecimal("400000000"), soca.pounds(), "dollars are not added to pounds");
		assertEquals(Map.of("USD", new BigDecimal("1000000")), soca.others());
		assertEquals("$1m", soca.othersText());
		assertEquals(2, soca.facts());
	}

	@Test
	void totalsByYearTakeThePeriodsFirstYearElseTheDocumentsNewestFirst() {
		List<FundingFact> facts = List.of(fact("UKHTC", "4500000", "GBP", "", DOC_2009),
				fact("NCA", "2000000", "GBP", "2011-12", UNDATED), fact("NCA", "1000000", "GBP", "", UNDATED));

		List<Total> totals = FundingTotals.byYear(facts);

		assertEquals(List.of("All years", "2011", "2009", "(year unknown)"), totals.stream().map(Total::label).toList());
		assertEquals(List.of("2011", "2009", ""), totals.stream().skip(1).map(Total::key).toList());
		assertEquals(new BigDecimal("7500000"), totals.get(0).pounds());
	}

	@Test
	void theFilterLooksInRecipientPurposePeriodSentenceAndTitle() {
		FundingFact grant = new FundingFact(DOC_2009, 0, 5, "£2m", "We give £2m to the NCA.", new BigDecimal("2000000"),
				"GBP", "NCA", "National Crime Agency", "2011-12", "to tackle slavery", true);
		FundingFact fine = new FundingFact(DOC_2009, 0, 5, "£5,000", "A fine of £5,000.", new BigDecimal("5000"), "GBP",
				"", "", "", "", false);
		String grantText = FundingFilter.searchText(grant);
		assertEquals(2011, grant.year().orElseThrow(), "the period's first year");

		for (String text : List.of("national crime", "SLAVERY", "2011-12", "we give", "traffick")) {
			assertTrue(new FundingFilter(text, null, null, false).acceptsAnyRecipient(grant, grantText, 2011), text);
		}
		assertFalse(new FundingFilter("fine", null, null, false).acceptsAnyRecipient(grant, grantText, 2011));
		assertTrue(new FundingFilter("", 2011, null, false).acceptsAnyRecipient(grant, grantText, 2011));
		assertFalse(new FundingFilter("", 2009, null, false).acceptsAnyRecipient(grant, grantText, 2011));
		assertFalse(new FundingFilter("", null, null, false).acceptsAnyRecipient(fine, FundingFilter.searchText(fine), 2009));
		assertTrue(new FundingFilter("", null, null, true).acceptsAnyRecipient(fine, FundingFilter.searchText(fine), 2009));
		assertTrue(new FundingFilter("", null, "NCA", false).acceptsRecipient(grant));
		assertFalse(new FundingFilter("", null, "SOCA", false).acceptsRecipient(grant));
	}

	private static FundingFact fact(String recipient, String amount, String currency, String period, DocumentRef doc) {
		return new FundingFact(doc, 0, 1, amount, "", new BigDecimal(amount), currency, recipient, recipient, period, "",
				true);
	}
}
