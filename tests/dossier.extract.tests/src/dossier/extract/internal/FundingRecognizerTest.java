package dossier.extract.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import dossier.core.document.SourceDocument;
import dossier.core.entity.EntityKinds;
import dossier.core.entity.Mention;

class FundingRecognizerTest {

	private final FundingRecognizer recognizer = new FundingRecognizer();

	private Mention only(String text, List<Mention> agencies) {
		List<Mention> mentions = recognizer.recognize(RealAnswers.document(text), agencies);
		assertEquals(1, mentions.size(), () -> mentions.toString());
		return mentions.get(0);
	}

	private Mention only(String text) {
		return only(text, List.of());
	}

	@Test
	void theFirstSampleFundsTheUkhtcAndSoca() throws IOException {
		SourceDocument sample = RealAnswers.sample("trafficking-answers-part1.txt");
		String text = sample.text();
		int sentence = text.indexOf("We shall fund");
		List<Mention> agencies = List.of(RealAnswers.agency(text, "UKHTC", "UKHTC"),
				RealAnswers.agency(text, "UKHTC", "UKHTC", sentence), RealAnswers.agency(text, "SOCA", "SOCA", sentence),
				new Mention(EntityKinds.AGENCY, text.indexOf("Serious Organised Crime Agency"),
						text.indexOf("Serious Organised Crime Agency") + 30, "Serious Organised Crime Agency", "SOCA", "SOCA",
						java.util.Map.of()));

		List<Mention> mentions = recognizer.recognize(sample, agencies);
		mentions.forEach(m -> System.out.println("sample 1: " + m));

		assertEquals(2, mentions.size());
		Mention ukhtc = mentions.get(0);
		assertEquals("£4.5million", ukhtc.surface());
		assertEquals("UKHTC", ukhtc.entityId());
		assertEquals("£4.5 million to UKHTC", ukhtc.entityName());
		assertEquals("4500000", ukhtc.attribute("amount"));
		assertEquals("GBP", ukhtc.attribute("currency"));
		assertEquals("UKHTC", ukhtc.attribute("recipient"));
		assertEquals("current spending review period", ukhtc.attribute("period"));
		assertEquals("true", ukhtc.attribute("funding"));
		assertEquals("", ukhtc.attribute("purpose"));
		Mention soca = mentions.get(1);
		assertEquals("SOCA", soca.attribute("recipient"));
		assertEquals("SOCA", soca.entityId());
		assertEquals("400000000", soca.attribute("amount"));
		assertEquals("£400 million to SOCA", soca.entityName());
		assertEquals("true", soca.attribute("funding"));
		assertEquals("", soca.attribute("period"));
	}

	@Test
	void theSecondSampleHasNoMoney() throws IOException {
		assertEquals(List.of(), recognizer.recognize(RealAnswers.sample("trafficking-answers-part2.txt"), List.of()));
	}

	@Test
	void everyWrittenFormIsNormalised() {
		String[][] forms = { { "£4.5million", "4500000", "GBP" }, { "£4.5 million", "4500000", "GBP" },
				{ "£400 million", "400000000", "GBP" }, { "£1.2bn", "1200000000", "GBP" },
				{ "£1.2 billion", "1200000000", "GBP" }, { "£250,000", "250000", "GBP" }, { "£5m", "5000000", "GBP" },
				{ "£5k", "5000", "GBP" }, { "€3 million", "3000000", "EUR" }, { "$2m", "2000000", "USD" },
				{ "4.5 million pounds", "4500000", "GBP" }, { "US$2.5 billion", "2500000000", "USD" },
				{ "3 million euros", "3000000", "EUR" }, { "£814.40", "814.4", "GBP" } };
		for (String[] form : forms) {
			Mention m = only("The Department will provide " + form[0] + " in 2009-10.");
			assertEquals(form[0], m.surface());
			assertEquals(form[1], m.attribute("amount"), form[0]);
			assertEquals(form[2], m.attribute("currency"), form[0]);
			assertEquals("2009-10", m.attribute("period"), form[0]);
		}
	}

	@Test
	void aRangeSharesItsUnit() {
		List<Mention> mentions = recognizer.recognize(RealAnswers.document("It will cost £5-£10 million."), List.of());
		assertEquals("5000000", mentions.get(0).attribute("amount"));
		assertEquals("10000000", mentions.get(1).attribute("amount"));
	}

	@Test
	void finesPricesAndSalariesAreNotFunding() {
		assertEquals("false", only("The company was fined £5,000 by the court.").attribute("funding"));
		assertEquals("false", only("The average salary is £32,000 per year.").attribute("funding"));
		assertEquals("false", only("Victims received compensation of £12,000.").attribute("funding"));
		assertEquals("true", only("We have allocated £2m to tackle modern slavery.").attribute("funding"));
	}

	@Test
	void recipientPeriodAndPurposeAreReadFromTheSentence() {
		String text = "The Home Office has allocated £2.5 million to the NCA over three years to tackle human trafficking.";
		Mention m = only(text, List.of(RealAnswers.agency(text, "Home Office", "Home Office"), RealAnswers.agency(text, "NCA", "NCA")));
		assertEquals("NCA", m.attribute("recipient"));
		assertEquals("over three years", m.attribute("period"));
		assertEquals("to tackle human trafficking", m.attribute("purpose"));

		text = "In 2008-09 the Poppy Project received £1.2m for victim support.";
		m = only(text, List.of(RealAnswers.agency(text, "Poppy Project", "Poppy Project")));
		assertEquals("Poppy Project", m.attribute("recipient"));
		assertEquals("2008-09", m.attribute("period"));
		assertEquals("for victim support", m.attribute("purpose"));

		text = "Mr. Smith said that £3 million per year would be spent on training.";
		m = only(text);
		assertEquals("unattributed", m.entityId());
		assertEquals("per year", m.attribute("period"));
		assertEquals("", m.attribute("recipient"));
	}

	@Test
	void anAgencyThatIsNotFundedIsNotTheRecipient() {
		String text = "SOCA said the gang laundered £2 million.";
		assertEquals("", only(text, List.of(RealAnswers.agency(text, "SOCA", "SOCA"))).attribute("recipient"));
		text = "The Home Office provided a startup grant of £300,000 to set up the unit.";
		assertEquals("", only(text, List.of(RealAnswers.agency(text, "Home Office", "Home Office"))).attribute("recipient"));
		text = "In 2023/24 the unit received £769,222.";
		assertEquals("2023/24", only(text).attribute("period"));
	}

	@Test
	void penceAndTableCellsInMillionsAreRead() {
		Mention pence = only("A third of the population lives on less than 16p a day.");
		assertEquals("0.16", pence.attribute("amount"));
		assertEquals("false", pence.attribute("funding"));

		String text = "The total funding amounts for West Mercia can be found in the table below.\n\n2021-22\n\n2022-23\n\n"
				+ "Total funding (£m)\n\n£249.3\n\n£264.4\n\nThe Home Office does not hold other data.";
		List<Mention> cells = recognizer.recognize(RealAnswers.document(text),
				List.of(RealAnswers.agency(text, "West Mercia", "West Mercia Police")));
		assertEquals(List.of("249300000", "264400000"), cells.stream().map(m -> m.attribute("amount")).toList());
		assertEquals("West Mercia Police", cells.get(1).attribute("recipient"));
		// the unit of a header on the same line as a sentence is not a table's
		assertEquals("249.3", only("Costs (£m) were £249.3 in all.").attribute("amount"));
	}

	@Test
	void thresholdsRoundingAndTaxAreNotFundingButAidIs() {
		assertEquals("false", only("The review will assess whether the £36 million total turnover threshold is right.").attribute("funding"));
		assertEquals("false", only("* Figures are to the nearest £1 million").attribute("funding"));
		assertEquals("false", only("A £15 increase in the precept has been assumed for all policing bodies.").attribute("funding"));
		assertEquals("true", only("The UK has provided more than £150 million in life-saving humanitarian assistance.").attribute("funding"));
		assertEquals("true", only("A 20-year commitment of up to €60 million per year.").attribute("funding"));
	}

	@Test
	void recipientsOfPartsChangesAndBracketedBodies() {
		String text = "Essex Police will receive up to £431.1 million in 2025-26, an increase of up to £24.9 million on 2024-25.";
		List<Mention> essex = recognizer.recognize(RealAnswers.document(text), List.of(RealAnswers.agency(text, "Essex Police", "Essex Police")));
		assertEquals(List.of("Essex Police", "Essex Police"), essex.stream().map(m -> m.attribute("recipient")).toList());

		text = "£1 million of the UK's £21 million support to UNRWA this year will support reforms.";
		List<Mention> unrwa = recognizer.recognize(RealAnswers.document(text), List.of(RealAnswers.agency(text, "UNRWA", "UNRWA")));
		assertEquals(List.of("UNRWA", "UNRWA"), unrwa.stream().map(m -> m.attribute("recipient")).toList());

		text = "The World Food Programme, for which we also announced £6m of UK assistance, reports shortages.";
		assertEquals("WFP", only(text, List.of(RealAnswers.agency(text, "World Food Programme", "WFP"))).attribute("recipient"));

		text = "The UK has supported the United Nations Mine Action Service (UNMAS) with £1.4 million in funding.";
		assertEquals("UNMAS", only(text, List.of(RealAnswers.agency(text, "United Nations", "UN"), RealAnswers.agency(text, "UNMAS", "UNMAS")))
				.attribute("recipient"));

		text = "The Government have provided £3.5 million over three years for the Police Central e-Crime Unit (PCeU) to act.";
		assertEquals("PCeU", only(text, List.of(RealAnswers.agency(text, "PCeU", "PCeU"))).attribute("recipient"));
	}

	@Test
	void theCostOfAGovernmentServiceIsFundingButNotACostToOthersOrPerUnit() {
		// RULES.md: government spending on a policy area is funding; costs to the economy and unit costs are not
		assertEquals("true", only("Will she provide a breakdown of the £15.3 billion cost of asylum accommodation?").attribute("funding"));
		assertEquals("true", only("The cost of eye tests through the MOD scheme was £38,277.").attribute("funding"));
		assertEquals("false", only("Modern slavery is estimated to cost the economy at least £47 billion annually.").attribute("funding"));
		assertEquals("false", only("The estimated cost to business is £12 million a year.").attribute("funding"));
		assertEquals("false", only("The cost of a passport is £88.50.").attribute("funding"));
		assertEquals("false", only("The social and economic cost of fraud is £6.8 billion.").attribute("funding"));
		assertEquals("false", only("The Government has received £4.8bn as its share of surplus.").attribute("funding"));
		assertEquals("true", only("This is part of a financial package worth over £3.3 billion.").attribute("funding"));
		assertEquals("false", only("Drugs worth £3 million were seized.").attribute("funding"));
		assertEquals("false", only("We will implement the £2 bus fare cap.").attribute("funding"));
		assertEquals("false", recognizer.recognize(RealAnswers.document("It will reduce electricity costs by c.£35-40/MWh."), List.of())
				.get(0).attribute("funding"));
		assertEquals("1400000", only("Top music acts awarded £1.4\u00a0million funding").attribute("amount"));
		assertEquals(List.of("502000000", "447000000"), recognizer.recognize(RealAnswers.document(
				"expenditure for Wales:2024-25 - £502 million2025-26 - £447 million"), List.of()).stream().map(m -> m.attribute("amount")).toList());
		assertEquals(List.of(), recognizer.recognize(RealAnswers.document("rated at £5m2 of floor"), List.of()));
	}

	@Test
	void recipientsOfAmountsOnTopOfOthersOfPossessivesAndOfWhatTheyEstablish() {
		String text = "The EA received £64 million to protect homes, in addition to £38 million to upgrade the barrier.";
		List<Mention> ea = recognizer.recognize(RealAnswers.document(text), List.of(RealAnswers.agency(text, "EA", "Environment Agency")));
		assertEquals(List.of("Environment Agency", "Environment Agency"), ea.stream().map(m -> m.attribute("recipient")).toList());

		text = "Based on their £2,237,478 allocation from the grant, Norfolk Police are projected to grow.";
		assertEquals("Norfolk Constabulary",
				only(text, List.of(RealAnswers.agency(text, "Norfolk Police", "Norfolk Constabulary"))).attribute("recipient"));

		text = "We fund the UN Trust Fund (UNTF), with the UK committing £2 million to their special funding window.";
		assertEquals("UNTF", only(text, List.of(RealAnswers.agency(text, "UN Trust Fund", "UNTF"), RealAnswers.agency(text, "UNTF", "UNTF")))
				.attribute("recipient"));

		text = "The Home Office has invested £13.1 million this year to establish the new National Policing Centre.";
		assertEquals("NCVPP", only(text, List.of(RealAnswers.agency(text, "Home Office", "Home Office"),
				RealAnswers.agency(text, "National Policing Centre", "NCVPP"))).attribute("recipient"));
	}

	@Test
	void anAgencyThatSpendsIsNotTheRecipient() {
		// RULES.md: the recipient is the agency that receives the money
		String text = "Between 2016 and March 2023, the Home Office has spent over £37 million through the Modern Slavery Fund.";
		assertEquals("", only(text, List.of(RealAnswers.agency(text, "Home Office", "Home Office"))).attribute("recipient"));
	}

	@Test
	void aDocumentWithoutMoneyIsSkippedCheaply() {
		assertEquals(List.of(), recognizer.recognize(RealAnswers.document("We meet at 5pm around the Department's ground floor."), List.of()));
		assertEquals(false, MoneyAmounts.mayHold("No money here, only evidence and reference."));
		assertEquals(true, MoneyAmounts.mayHold("It paid 3 million euros."));
	}

	@Test
	void realWrittenAnswers() throws IOException {
		List<SourceDocument> documents = RealAnswers.writtenAnswers("commons-2024-07.json.gz", 2000);
		List<List<Mention>> agencies = documents.stream().map(d -> RealAnswers.stubAgencies(d.text())).toList();
		long start = System.nanoTime();
		List<String> facts = new ArrayList<>();
		int funding = 0;
		int attributed = 0;
		for (int i = 0; i < documents.size(); i++) {
			SourceDocument document = documents.get(i);
			for (Mention m : recognizer.recognize(document, agencies.get(i))) {
				funding += m.attribute("funding").equals("true") ? 1 : 0;
				attributed += m.attribute("recipient").isEmpty() ? 0 : 1;
				String text = document.text();
				facts.add(m.entityName() + " " + m.attributes() + " | "
						+ text.substring(Math.max(0, m.start() - 100), Math.min(text.length(), m.end() + 80)).replace('\n', ' '));
			}
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		System.out.printf("funding: %d amounts (%d funding, %d with a recipient) in %d documents, %.0f documents/s%n",
				facts.size(), funding, attributed, documents.size(), documents.size() / seconds);
		List<String> sample = new ArrayList<>(facts);
		java.util.Collections.shuffle(sample, new Random(11));
		sample.stream().limit(20).forEach(f -> System.out.println("funding sample: " + f));
		facts.stream().filter(f -> !f.contains("recipient=,") && !f.contains("recipient=}"))
				.forEach(f -> System.out.println("funding with recipient: " + f));
	}
}
