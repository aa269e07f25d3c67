package dossier.extract.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;

import dossier.core.document.SourceDocument;
import dossier.core.entity.EntityKinds;
import dossier.core.entity.Mention;

class OperationRecognizerTest {

	private final OperationRecognizer recognizer = new OperationRecognizer();

	private List<Mention> find(String text) {
		return recognizer.recognize(RealAnswers.document(text), List.of());
	}

	private static List<String> ids(List<Mention> mentions) {
		return mentions.stream().map(Mention::entityId).toList();
	}

	@Test
	void theSecondSampleGivesBothPentametersWithTheirFigures() throws IOException {
		SourceDocument sample = RealAnswers.sample("trafficking-answers-part2.txt");
		List<Mention> mentions = recognizer.recognize(sample, List.of());
		mentions.forEach(m -> System.out.println("sample 2: " + m));

		assertTrue(mentions.stream().allMatch(m -> m.kind().equals(EntityKinds.OPERATION)));
		assertEquals(List.of("Pentameter 1", "Pentameter 2", "Pentameter 1", "Pentameter 2", "Pentameter", "Pentameter 2"),
				ids(mentions));
		Mention p1 = mentions.get(2);
		assertEquals("Pentameter 1", p1.surface());
		assertEquals("Operation Pentameter 1", p1.entityName());
		assertEquals("88", p1.attribute("victims"));
		assertEquals("2006", p1.attribute("period"));
		Mention p2 = mentions.get(3);
		// the table prints "1167 25": 167 and 5 with the footnote markers 1 and 2 in front
		assertEquals("167+5", p2.attribute("victims"));
		assertEquals("1167 25", p2.attribute("victimsPrinted"));
		assertEquals("167 Victims of sexual exploitation; 5 Victims of trafficking for domestic servitude/forced labour",
				p2.attribute("victimsNotes"));
		assertEquals("2007-08", p2.attribute("period"));
		Mention arrests = mentions.get(4);
		assertEquals("528", arrests.attribute("arrests"));
		assertEquals("299", arrests.attribute("traffickingArrests"));
		assertEquals("", mentions.get(0).attribute("victims"));
	}

	@Test
	void theFirstSampleGivesPentameterTwoAndNoOperationFromOperationalOrProgrammes() throws IOException {
		List<Mention> mentions = recognizer.recognize(RealAnswers.sample("trafficking-answers-part1.txt"), List.of());

		assertEquals(List.of("Pentameter 2"), ids(mentions));
		assertEquals("Operation Pentameter 2", mentions.get(0).surface());
	}

	@Test
	void numbersAreNormalisedAndKeptDistinct() {
		assertEquals(List.of("Pentameter 2"), ids(find("Operation Pentameter Two was larger.")));
		assertEquals(List.of("Kimia 2"), ids(find("During Operation Kimia II, MONUC helped.")));
		assertEquals(List.of("Pentameter 1", "Pentameter 2"), ids(find("Operation Pentameter 1 and 2 ran in 2006 and 2007.")));
		assertEquals(List.of("Pentameter 2", "Pentameter 1", "Pentameter 2"),
				ids(find("Operation Pentameter 2 ended. Pentameter 1 was smaller than Pentameter 2.")));
	}

	@Test
	void figuresInASentenceGoToTheOperation() {
		Mention m = find("Operation Safeguard made 528 arrests, of which 299 were for trafficking, and rescued 88 victims.").get(0);

		assertEquals("Safeguard", m.entityId());
		assertEquals("528", m.attribute("arrests"));
		assertEquals("299", m.attribute("traffickingArrests"));
		assertEquals("88", m.attribute("victims"));
	}

	@Test
	void campaignsAndProgrammesAreNamed() {
		List<Mention> mentions = find("We support the Blue Blindfold campaign and Programme Aurora.");

		// RULES.md: a programme's, scheme's or campaign's id keeps its head word, capitalised
		assertEquals(List.of("Blue Blindfold Campaign", "Programme Aurora"), ids(mentions));
		assertEquals("Blue Blindfold Campaign", mentions.get(0).entityName());
		assertEquals("campaign", mentions.get(0).attribute("type"));
		assertEquals("Programme Aurora", mentions.get(1).entityName());
	}

	@Test
	void programmeNamesKeepTheirHeadWordAndStartAfterAnOwner() {
		String text = "The FCDO's Food Security Safety Net programme will spend £250 million. Our support includes the "
				+ "Defra-funded Counter IWT Ranger Training Programme and pay increments for the Police Uplift Programme.";
		List<Mention> mentions = recognizer.recognize(RealAnswers.document(text), List.of(RealAnswers.agency(text, "FCDO", "FCDO")));

		assertEquals(List.of("Food Security Safety Net Programme", "Counter IWT Ranger Training Programme", "Police Uplift Programme"),
				ids(mentions));
		assertEquals("Food Security Safety Net programme", mentions.get(0).surface());
		assertEquals("programme", mentions.get(0).attribute("type"));
	}

	@Test
	void anAcronymInBracketsIsTheSameProgramme() {
		List<Mention> gtrp = find("The Global Threat Reduction Programme (GTRP) reported. The GTRP budget was set.");
		assertEquals(List.of("Global Threat Reduction Programme", "GTRP", "GTRP"), gtrp.stream().map(Mention::surface).toList());
		assertTrue(gtrp.stream().allMatch(m -> m.entityId().equals("Global Threat Reduction Programme")));
		List<Mention> upe = find("Visa holders may apply under the Ukraine Permission Extension (UPE) scheme. Guests under UPE stay.");
		assertEquals(List.of("Ukraine Permission Extension Scheme", "Ukraine Permission Extension Scheme",
				"Ukraine Permission Extension Scheme"), ids(upe));
		assertEquals(List.of("Ukraine Permission Extension", "UPE", "UPE"), upe.stream().map(Mention::surface).toList());
		assertEquals(List.of("CRAFT for Sustainable Development Programme"), ids(find(
				"It funds the Congo Rainforest Alliance for Forest Training (CRAFT) for Sustainable Development programme.")));
	}

	@Test
	void aSchemeIsAlsoFoundWithoutItsHeadWord() {
		// RULES.md: "Homes for Ukraine" is the Homes for Ukraine Scheme, with or without the head word
		assertEquals(List.of("Homes for Ukraine Scheme"), ids(find("Thank you payments for Homes for Ukraine sponsors continue.")));
		assertEquals(List.of("Ukraine Permission Extension Scheme", "Ukraine Permission Extension Scheme"),
				ids(find("The Ukraine Permission Extension Scheme opened. The Ukraine Permission Extension lasts 18 months.")));
		// ... but not when the words go on to name something else
		assertEquals(List.of("Global Threat Reduction Programme"),
				ids(find("The Global Threat Reduction Programme ended. The Global Threat Reduction Strategy was published.")));
	}

	@Test
	void documentsKindsOfSchemesAndAgenciesAreNotProgrammes() {
		assertTrue(find("DFID's latest Afghanistan Country Programme Evaluation was published. "
				+ "Applications open for eligible Ukraine scheme visa holders. The Government's programme continues.").isEmpty());
		String text = "We gave £6m to the World Food Programme.";
		assertTrue(recognizer.recognize(RealAnswers.document(text), List.of(RealAnswers.agency(text, "World Food Programme", "WFP")))
				.isEmpty());
	}

	@Test
	void capitalisedOperationNamesAreNormalised() {
		assertEquals(List.of("Beaconport"), ids(find("Operation BEACONPORT continues.")));
	}

	@Test
	void opIsShortForOperation() {
		List<Mention> mentions = find("Officers deployed on Op FORTITUDE and Op. Kenova reported.");
		assertEquals(List.of("Fortitude", "Kenova"), ids(mentions));
		assertEquals("Op FORTITUDE", mentions.get(0).surface());
		assertTrue(find("See op. cit. and the Op-Ed.").isEmpty());
	}

	@Test
	void programmeNamesWithoutTheirModifiersAndWithPluralPossessives() {
		assertEquals(List.of("Listed Places of Worship Grant Scheme"),
				ids(find("compared with the Previous Listed Places of Worship Grant Scheme.")));
		// the question leaves out the apostrophe the answer writes: one name, spelt with it
		assertEquals(List.of("Veterans' Housing Scheme", "Veterans' Housing Scheme"),
				ids(find("What has the Veterans Housing Scheme cost? The Veterans’ Housing Scheme met.")));
		assertEquals(List.of("Children's Reading Programme"), ids(find("under the Children's Reading Programme.")));
		// a programme of a fund is a programme; the fund named bare after it is too
		assertEquals(List.of("Hotspot Action Fund Programme", "Hotspot Action Fund Programme"),
				ids(find("Under the Hotspot Action Fund programme, forces patrol. We provided £1 for Hotspot Action Fund.")));
	}

	@Test
	void aNameReadInTheTextIsThatProgrammeInAnyCaseAndMayBeNamedAfterAnOrder() {
		assertEquals(List.of("British Industrial Competitiveness Scheme", "British Industrial Competitiveness Scheme"),
				ids(find("Will he consult on the British industrial competitiveness scheme? The British Industrial "
						+ "Competitiveness Scheme will reduce costs.")));
		assertEquals(List.of("Group Litigation Order Scheme", "Group Litigation Order Scheme"),
				ids(find("The Department delivers the Group Litigation Order (GLO) scheme.")));
	}

	@Test
	void aProgrammeOfAnInstitutionIsNotANamedOneAndHyphensMakeNoOtherName() {
		assertTrue(find("The only British Business Bank programme that relates to the green economy.").isEmpty());
		assertEquals(List.of("South West Rail Resilience Programme", "South West Rail Resilience Programme"),
				ids(find("Will he fund the South West Rail Resilience Programme? We review the South-West Rail Resilience Programme.")));
	}

	@Test
	void quotesAroundANameAreNotPartOfIt() {
		assertEquals(List.of("Stop and Think Campaign"), ids(find("We ran the ‘Stop and Think’ campaign last year.")));
		assertEquals(List.of("Enough Campaign"), ids(find("We back the \"Enough\" campaign.")));
		assertEquals(List.of("Mineworkers' Pension Scheme"), ids(find("the Mineworkers’ Pension Scheme")));
	}

	@Test
	void aSchemeNamedByOneWordAfterTheBodyThatRunsIt() {
		String text = "eyewear through the MOD Specsavers scheme was paid";
		int mod = text.indexOf("MOD");
		List<Mention> mentions = recognizer.recognize(RealAnswers.document(text),
				List.of(new Mention(EntityKinds.AGENCY, mod, mod + 3, "MOD", "MoD", "Ministry of Defence", java.util.Map.of())));
		assertEquals(List.of("Specsavers Scheme"), ids(mentions));
		assertTrue(find("eligible Ukraine scheme visa holders").isEmpty());
	}

	@Test
	void wellKnownSchemesByTheirAcronymsAndInLowerCase() {
		List<Mention> mentions = find("People were resettled under pathway one of the Afghan citizens resettlement scheme; "
				+ "9,703 were resettled under ACRS Pathway 1. The Mineworkers Pension Scheme paid the Local Government "
				+ "Pension Scheme Regulations 2013 no heed.");
		assertEquals(List.of("Afghan Citizens Resettlement Scheme", "Afghan Citizens Resettlement Scheme",
				"Mineworkers' Pension Scheme"), ids(mentions));
		assertEquals(List.of("Homes for Ukraine Scheme", "Homes for Ukraine Scheme"),
				ids(find("Homes for Ukraine Thank You payments under the Homes for Ukraine Scheme")));
	}

	@Test
	void lowerCaseOperationsAndFormsAreNotOperations() {
		assertTrue(find("There are no plans because of operational sensitivities. Police operations continue. "
				+ "Operations are planned. Co-Operation Agency staff. Submit an Operation Notification Form. "
				+ "The Government programme and the UK campaign.").isEmpty());
	}

	@Test
	void realWrittenAnswers() throws IOException {
		List<SourceDocument> documents = RealAnswers.writtenAnswers("commons-2024-07.json.gz", 2000);
		long start = System.nanoTime();
		int found = 0;
		for (SourceDocument document : documents) {
			List<Mention> mentions = recognizer.recognize(document, RealAnswers.stubAgencies(document.text()));
			found += mentions.size();
			mentions.forEach(m -> System.out.println("operation: " + m.entityName() + " " + m.attributes() + " | "
					+ document.text().substring(Math.max(0, m.start() - 60), Math.min(document.text().length(), m.end() + 60)).replace('\n', ' ')));
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		System.out.printf("operations: %d in %d documents, %.0f documents/s%n", found, documents.size(), documents.size() / seconds);
	}
}
