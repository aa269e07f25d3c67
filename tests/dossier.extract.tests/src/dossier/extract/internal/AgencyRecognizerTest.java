package dossier.extract.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import dossier.core.document.SourceDocument;
import dossier.core.entity.EntityKinds;
import dossier.core.entity.Mention;

class AgencyRecognizerTest {

	private static final AgencyRecognizer RECOGNIZER = new AgencyRecognizer();
	private static final Pattern TAGS = Pattern.compile("<[^>]+>");

	static Path corpus() {
		return Path.of(System.getProperty("dossier.corpus", "../../../shared/corpus"));
	}

	private static SourceDocument sample(String name) throws IOException {
		String text = Files.readString(corpus().resolve("samples").resolve(name), StandardCharsets.UTF_8);
		return SourceDocument.builder(name).text(text).build();
	}

	private static List<Mention> recognize(String text) {
		return RECOGNIZER.recognize(SourceDocument.builder("t").text(text).build(), List.of());
	}

	private static List<String> ids(List<Mention> mentions) {
		return mentions.stream().map(Mention::entityId).toList();
	}

	private static Mention first(List<Mention> mentions, String surface) {
		return mentions.stream().filter(m -> m.surface().equals(surface)).findFirst()
				.orElseThrow(() -> new AssertionError("no mention " + surface + " in " + mentions));
	}

	@Test
	void theFirstSampleNamesEveryAgencyInOrder() throws IOException {
		SourceDocument document = sample("trafficking-answers-part1.txt");
		List<Mention> mentions = RECOGNIZER.recognize(document, List.of());

		assertEquals(List.of("Gloucestershire Constabulary", "UKHTC", "UKHTC", "NPIA", "UK Border Agency", "SOCA", "SOCA", "UKHTC",
				"SOCA", "Council of Europe", "Home Office", "UN", "EU", "IOM", "IOM"), ids(mentions));
		for (Mention mention : mentions) {
			assertEquals(EntityKinds.AGENCY, mention.kind());
			assertEquals(document.text().substring(mention.start(), mention.end()), mention.surface());
		}
		Mention soca = first(mentions, "Serious Organised Crime Agency");
		assertEquals("SOCA", soca.entityId());
		assertEquals("law-enforcement", soca.attribute("type"));
		Mention ukhtc = first(mentions, "UK Human Trafficking Centre");
		assertEquals("UK Human Trafficking Centre", ukhtc.entityName());
		assertEquals("SOCA", ukhtc.attribute("parent"));
		assertEquals("police-force", first(mentions, "Gloucestershire Constabulary").attribute("type"));
		assertEquals("Home Office", first(mentions, "UK Border Agency").attribute("parent"));
		assertEquals("National Policing Improvement Agency", first(mentions, "National Policing Improvement Agency").entityName());
		assertEquals("international-organisation", first(mentions, "Council of Europe").attribute("type"));
		Mention iom = first(mentions, "International Organisation for Migration");
		assertEquals("IOM", iom.entityId());
		assertEquals("International Organization for Migration", iom.entityName());
		assertEquals("department", first(mentions, "Home Office").attribute("type"));
	}

	@Test
	void theSecondSampleLearnsItsOwnAcronymsWithoutMakingThemAgencies() throws IOException {
		List<Mention> mentions = RECOGNIZER.recognize(sample("trafficking-answers-part2.txt"), List.of());

		// NIR and UKTA are defined in the text, but name a requirement and an assessment
		assertEquals(List.of("SOCA", "SOCA", "UKHTC", "SOCA", "UN"), ids(mentions));
		assertEquals("United Nations", mentions.get(4).entityName());
	}

	@Test
	void theBeforeANameIsNotPartOfIt() {
		List<Mention> mentions = recognize("Staff of the UK Border Agency and The Salvation Army met.");

		assertEquals(List.of("UK Border Agency", "Salvation Army"), mentions.stream().map(Mention::surface).toList());
		assertEquals("ngo", mentions.get(1).attribute("type"));
	}

	@Test
	void theLongestNameWins() {
		List<Mention> mentions = recognize("The Ministry of Defence Police and the Ministry of Defence disagree.");

		assertEquals(List.of("MDP", "MoD"), ids(mentions));
		assertEquals("MoD", mentions.get(0).attribute("parent"));
	}

	@Test
	void namesAreCaseSensitiveAndAcronymsWholeTokens() {
		assertTrue(recognize("the home office said the un and the eu and soca agree; UNITED, EUROPE, SOCAs").isEmpty());
	}

	@Test
	void genericPhrasesAreNotAgencies() {
		String text = "The police and all forces report to the Home Secretary. The Department and the Government, "
				+ "Her Majesty's Government and the Agency agree. Local Police and the Office are busy. "
				+ "The Kent Police and Crime Commissioner spoke.";
		assertEquals(List.of(), recognize(text));
	}

	@Test
	void theAgencyResolvesToTheLastAgencyNamed() {
		String text = "The Home Office funds SOCA. The UK Border Agency works with it. Later the Agency said "
				+ "that SOCA would help. The Agency will report to the UK Human Trafficking Centre; the Centre agrees.";
		List<Mention> mentions = recognize(text);

		assertEquals(List.of("Home Office", "SOCA", "UK Border Agency", "UK Border Agency", "SOCA", "SOCA", "UKHTC", "UKHTC"), ids(mentions));
		assertEquals("Agency", mentions.get(3).surface());
		assertEquals("Centre", mentions.get(7).surface());
	}

	@Test
	void theDepartmentTheMinistryAndTheBoardAreNeverReferencesBack() {
		// RULES.md: "the Ministry", "the Department" and "the Board" are not annotated
		List<Mention> mentions = recognize("The Department for Education says the Department will pay.");
		assertEquals(List.of("DfE"), ids(mentions));
		assertEquals(List.of("Youth Justice Board"), ids(recognize("The Youth Justice Board met; the Board agreed.")).stream()
				.map(id -> id.equals("YJB") ? "Youth Justice Board" : id).toList());
	}

	@Test
	void theOfficeResolvesOnlyToAnOfficeNamedJustBefore() {
		List<Mention> mentions = recognize("The Serious Fraud Office says the Office will pay.");
		assertEquals(List.of("SFO", "SFO"), ids(mentions));

		String far = "The Serious Fraud Office published guidance." + " Nothing more to add here.".repeat(20)
				+ " the Office will pay.";
		assertEquals(List.of("SFO"), ids(recognize(far)));
	}

	@Test
	void acronymsDefinedInTheTextAreLearnt() {
		String text = "We fund the Modern Slavery Victim Care Authority (MSVCA) and the National Referral Mechanism (NRM). "
				+ "The MSVCA reviews NRM referrals.";
		List<Mention> mentions = recognize(text);

		assertEquals(List.of("Modern Slavery Victim Care Authority", "Modern Slavery Victim Care Authority",
				"Modern Slavery Victim Care Authority"), ids(mentions));
		assertEquals("MSVCA", mentions.get(2).surface());
		assertEquals("other", mentions.get(2).attribute("type"));
	}

	@Test
	void aDefinedAcronymOverridesTheGazetteerForTheRestOfTheDocument() {
		List<Mention> mentions = recognize("The CPS decides. Under the Child Protection Scheme (CPS) the CPS is a scheme.");

		assertEquals(List.of("CPS"), ids(mentions));
		assertEquals(4, mentions.get(0).start());
	}

	@Test
	void bodiesOfRegularShapesAreFound() {
		List<Mention> mentions = recognize("Officers of Loamshire Constabulary, Wessex Police and Dyfed-Powys Police met "
				+ "the Borsetshire Licensing  Board and the Ministry of Silly Walks, and the Office for Fair Play.");

		assertEquals(List.of("Loamshire Constabulary", "Wessex Police", "Dyfed-Powys Police",
				"Borsetshire Licensing Board", "Ministry of Silly Walks", "Office for Fair Play"), ids(mentions));
		assertEquals(List.of("police-force", "police-force", "police-force", "other", "other", "other"),
				mentions.stream().map(m -> m.attribute("type")).toList());
		assertEquals("Borsetshire Licensing  Board", mentions.get(3).surface());
	}

	@Test
	void aQualifiedGazetteerNameStaysTheGazetteerEntity() {
		List<Mention> mentions = recognize("Chief Constable of Gloucestershire Constabulary briefed the Joint UK Human Trafficking Centre.");

		assertEquals(List.of("Gloucestershire Constabulary", "UKHTC"), ids(mentions));
	}

	@Test
	void idsFollowTheAnnotationRules() {
		List<Mention> mentions = recognize("The UK Border Agency, Immigration Enforcement and the Border Security Command met "
				+ "the Legal Services Commission (LSC), the Office of National Statistics and the Department of Transport.");

		assertEquals(List.of("UK Border Agency", "Immigration Enforcement", "Border Security Command", "LSC", "LSC", "ONS", "DfT"),
				ids(mentions));
	}

	@Test
	void aShapeThatIsAListedNameInAnotherCaseIsThatAgency() {
		assertEquals(List.of("Home Office", "DHSC"),
				ids(recognize("We will work with the Home Office and the Department for Health and Social care.")));
	}

	@Test
	void namedLawEnforcementUnitsAndCommandsAndReferencesBackToThem() {
		List<Mention> mentions = recognize("Officers of the Loamshire Organised Crime Unit and the Wessex Counter Terrorism "
				+ "Command met; the Unit said the Command would lead.");
		assertEquals(List.of("Loamshire Organised Crime Unit", "Wessex Counter Terrorism Command", "Loamshire Organised Crime Unit",
				"Wessex Counter Terrorism Command"), ids(mentions));
		assertEquals("law-enforcement", mentions.get(0).attribute("type"));
		// other units and commands are not counted
		assertEquals(List.of(), ids(recognize("He was treated at the Wessex Intensive Care Unit; the Joint Forces Command agreed.")));
	}

	@Test
	void unOrgansCountAsTheUnAndUnBodiesByTheirAcronym() {
		List<Mention> mentions = recognize("We raised it at the United Nations Security Council and the UN Human Rights Council. "
				+ "The United Nations Relief and Works Agency for Palestine Refugees in the Near East (UNRWA) and "
				+ "the United Nations Office for the Coordination of Humanitarian Affairs (OCHA) report; UNRWA agrees. "
				+ "The UN Mission in the Democratic Republic of Congo (DRC) (MONUC) and the DRC army. "
				+ "The UN Integrated Peace Office for Elbonia (UNIPOE) opened; UNIPOE said so. UN agencies help.");

		assertEquals(List.of("UN", "UN", "UNRWA", "UNRWA", "OCHA", "OCHA", "UNRWA", "MONUC", "MONUC", "UNIPOE", "UNIPOE", "UNIPOE",
				"UN"), ids(mentions));
		assertEquals("United Nations Security Council", mentions.get(0).surface());
		assertEquals("UN Mission in the Democratic Republic of Congo", mentions.get(7).surface());
		assertEquals("UN Integrated Peace Office for Elbonia", mentions.get(9).surface());
		assertEquals("UN", mentions.get(12).surface());
	}

	@Test
	void internationalFundsAndAgenciesAreKnown() {
		List<Mention> mentions = recognize("Funding for the Global Fund for AIDS, TB and Malaria (GFATM), UNITAID, WFP, UNMAS, "
				+ "UNITAD, UNAMA, the UN Trust Fund to End Violence Against Women (UNTF) and the ICRC.");

		assertEquals(List.of("Global Fund", "Global Fund", "UNITAID", "WFP", "UNMAS", "UNITAD", "UNAMA", "UNTF", "UNTF", "ICRC"),
				ids(mentions));
	}

	@Test
	void policeForcesAreFoundElliptically() {
		assertEquals(List.of("Essex Police", "West Mercia Police"),
				ids(recognize("Officer numbers in Essex police rose; the police funding for West Mercia is below.")));
		// without police in the text a place is a place
		assertEquals(List.of(), ids(recognize("Farms in West Mercia and the Thames Valley flooded.")));
		// a police name that goes on names something else
		assertEquals(List.of(), ids(recognize("The Provisional Police Funding Settlement was published.")));
	}

	@Test
	void namedUnitsAndBodiesAreFound() {
		List<Mention> mentions = recognize("The Police Central e-Crime Unit (PCeU), Opal and the MSOICU work with the "
				+ "British Council, the Road Haulage Association and a consortium led by Concern.");

		assertEquals(List.of("PCeU", "PCeU", "Opal", "MSOICU", "British Council", "Road Haulage Association", "Concern Worldwide"),
				ids(mentions));
		// a common word at the start of a sentence is not the charity
		assertEquals(List.of(), ids(recognize("Concern was raised.")));
	}

	@Test
	void foreignMinistriesKeepTheirCountry() {
		List<Mention> mentions = recognize("She spoke at the Greek Ministry of Foreign Affairs.");

		assertEquals(List.of("Greek Ministry of Foreign Affairs"), ids(mentions));
	}

	@Test
	void shapesWithASubjectOrAModifierAndNamesThatGoOnPastTheirHead() {
		List<Mention> mentions = recognize("We fund the new Loamshire Policing Centre for Fraud and Public Protection (LPCFPP); "
				+ "the LPCFPP works with the Wessex County Lines Coordination Centre.");
		assertEquals(List.of("Loamshire Policing Centre for Fraud and Public Protection",
				"Loamshire Policing Centre for Fraud and Public Protection", "Loamshire Policing Centre for Fraud and Public Protection",
				"Wessex County Lines Coordination Centre"), ids(mentions));
		// a medal, and a board named for what it oversees (a committee)
		assertEquals(List.of(), ids(recognize("Eligibility for the Wider Service Medal (WSM) was reviewed by the Operational "
				+ "Recognition Board (ORB). The Board met and the ORB agreed.")));
		assertEquals(List.of(), ids(recognize("The Greater Loamshire Combined Authority met.")));
		// places, a company, an embassy and services at large
		assertEquals(List.of(), ids(recognize("People held at the Brook House Immigration Removal Centre and the Manston "
				+ "Processing Centre applied at the Visa Application Centre, the Post Office and the British High Commission; "
				+ "the Ambulance Service and the Diplomatic Service helped.")));
	}


	@Test
	void wholeGovernmentsCouncilsAndCommitteesAreNotAgencies() {
		String text = "The Scottish Executive and the Welsh Government agree. The Horsham District Council, "
				+ "the Freight Council and the GTRP Ministerial Oversight Board met.";
		assertEquals(List.of(), ids(recognize(text)));
		assertEquals(List.of("Borsetshire Medical Council"), ids(recognize("We met the Borsetshire Medical Council.")));
		assertEquals(List.of(), ids(recognize("The answer came from the House of Commons Commission.")));
	}

	@Test
	void theGazetteerIsCuratedData() {
		AgencyGazetteer gazetteer = AgencyGazetteer.shared();

		assertTrue(gazetteer.agencies().size() >= 100, "entries: " + gazetteer.agencies().size());
		assertTrue(gazetteer.agencies().stream().filter(a -> a.type().equals("police-force")).count() >= 43);
		Set<String> types = Set.of("department", "law-enforcement", "police-force", "international-organisation", "ngo",
				"regulator", "other");
		for (Agency agency : gazetteer.agencies()) {
			assertTrue(types.contains(agency.type()), agency.toString());
			assertTrue(agency.parent().isEmpty() || gazetteer.byId(agency.parent()) != null, agency.toString());
		}
		assertEquals("UKHTC", gazetteer.byAcronym("UKHTC").id());
		assertEquals("SOCA", gazetteer.byAcronym("UKHTC").parent());
	}

	@Test
	void realAnswersGiveNoGenericPhrases() throws IOException {
		Set<String> generic = Set.of("police", "the police", "department", "government", "home secretary", "agency",
				"forces", "centre", "office", "service", "council");
		int documents = 0;
		int mentions = 0;
		for (SourceDocument document : WrittenAnswers.read(corpus().resolve("written-questions/commons-2024-07.json.gz"), 400)) {
			for (Mention mention : RECOGNIZER.recognize(document, List.of())) {
				mentions++;
				String surface = mention.surface();
				assertEquals(document.text().substring(mention.start(), mention.end()), surface);
				assertFalse(generic.contains(surface.toLowerCase(Locale.ROOT)), surface + " in " + document.id());
				assertTrue(Character.isUpperCase(surface.charAt(0)), surface + " in " + document.id());
				assertFalse(surface.startsWith("the ") || surface.startsWith("The "), surface + " in " + document.id());
			}
			documents++;
		}
		assertEquals(400, documents);
		assertTrue(mentions > 100, "mentions: " + mentions);
	}

	@Test
	void parlparseAnswersGiveTheirDepartmentsAndNoGenericPhrases() throws IOException {
		String xml = Files.readString(corpus().resolve("parlparse/wrans/answers2009-10-26f.xml"), StandardCharsets.ISO_8859_1);
		String text = TAGS.matcher(xml.substring(xml.indexOf("<publicwhip"))).replaceAll(" ").replace("&#8217;", "'");
		List<Mention> mentions = recognize(text);

		Set<String> ids = Set.copyOf(ids(mentions));
		assertTrue(ids.containsAll(Set.of("Home Office", "BIS", "UK Border Agency", "CPS", "MoD", "Electoral Commission")), ids.toString());
		for (Mention mention : mentions) {
			assertTrue(Character.isUpperCase(mention.surface().charAt(0)), mention.toString());
			assertFalse(Set.of("Government", "Secretary of State", "Fire Service").contains(mention.surface()), mention.toString());
			if (mention.surface().equals("BIS")) {
				assertEquals("department", mention.attribute("type"), mention.toString());
			}
		}
	}

	@Test
	void speedOverAMonthOfWrittenQuestions() throws IOException {
		List<SourceDocument> documents = WrittenAnswers.read(corpus().resolve("written-questions/commons-2024-07.json.gz"),
				Integer.MAX_VALUE);
		RECOGNIZER.recognize(documents.get(0), List.of());
		long mentions = 0;
		long started = System.nanoTime();
		for (SourceDocument document : documents) {
			mentions += RECOGNIZER.recognize(document, List.of()).size();
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		System.out.printf(Locale.ROOT, "AgencyRecognizer: %d documents, %d mentions in %.3f s: %.0f documents/second%n",
				documents.size(), mentions, seconds, documents.size() / seconds);
		assertEquals(2707, documents.size());
	}
}
