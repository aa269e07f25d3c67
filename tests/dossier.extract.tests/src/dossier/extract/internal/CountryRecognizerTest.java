package dossier.extract.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import dossier.core.document.SourceDocument;
import dossier.core.entity.EntityKinds;
import dossier.core.entity.Mention;

class CountryRecognizerTest {

	private static final CountryRecognizer RECOGNIZER = new CountryRecognizer();

	private static List<Mention> mentions(String text, Mention... earlier) {
		return RECOGNIZER.recognize(CorpusDocuments.document("t", text), List.of(earlier));
	}

	private static List<String> ids(String text) {
		return mentions(text).stream().map(Mention::entityId).toList();
	}

	private static Set<String> idSet(SourceDocument document) {
		return RECOGNIZER.recognize(document, List.of()).stream().map(Mention::entityId)
				.collect(Collectors.toCollection(TreeSet::new));
	}

	private static List<String> surfaces(String text) {
		return mentions(text).stream().map(Mention::surface).toList();
	}

	@Test
	void theSampleAnswersMentionOnlyTheUnitedKingdom() throws IOException {
		SourceDocument part1 = CorpusDocuments.sample("trafficking-answers-part1.txt");
		SourceDocument part2 = CorpusDocuments.sample("trafficking-answers-part2.txt");

		assertEquals(Set.of("GB"), idSet(part1));
		assertEquals(Set.of("GB"), idSet(part2));
		// "United Kingdom’s Action Plan", "in the UK by organised criminal gangs", "the UK's obligations"
		assertEquals(List.of("United Kingdom", "UK", "UK"),
				RECOGNIZER.recognize(part1, List.of()).stream().map(Mention::surface).toList());
	}

	@Test
	void agencyNamesAreNoMentionOfTheirCountry() throws IOException {
		SourceDocument part1 = CorpusDocuments.sample("trafficking-answers-part1.txt");
		String text = part1.text();
		for (String agency : List.of("UK Border Agency", "UK Human Trafficking Centre")) {
			int start = text.indexOf(agency);
			assertTrue(start >= 0, agency);
			assertTrue(RECOGNIZER.recognize(part1, List.of()).stream()
					.noneMatch(m -> m.start() < start + agency.length() && start < m.end()), agency);
		}
		assertEquals(List.of(), ids("Applications to UK Visas and Immigration rose; the Home Office said so."));
		assertEquals(List.of(), ids("the UK Health Security Agency and the US Secret Service"));
		assertEquals(List.of(), ids("Great British Energy will be publicly owned"));
		assertEquals(List.of(), ids("the British Medical Association and the British Transport Police"));
		assertEquals(List.of(), ids("the UK Office for National Statistics and the British Association of Social Workers"));
		assertEquals(List.of("GB", "GB"), ids("the British Embassy and the UK Government"));
	}

	@Test
	void anAgencyFoundBeforeHidesTheCountryInsideIt() {
		String text = "UK Immigration Enforcement works across the UK";
		int end = "UK Immigration Enforcement".length();
		Mention agency = new Mention(EntityKinds.AGENCY, 0, end, text.substring(0, end), "IE", "Immigration Enforcement",
				Map.of());

		assertEquals(List.of(text.lastIndexOf("UK")), mentions(text, agency).stream().map(Mention::start).toList());
		assertEquals(List.of("GB", "GB"), ids(text));
	}

	@Test
	void anOperationFoundBeforeHidesTheCountryInsideIt() {
		String text = "Sponsors under the Homes for Ukraine Scheme host people from Ukraine.";
		int start = text.indexOf("Homes");
		int end = text.indexOf(" host");
		Mention scheme = new Mention(EntityKinds.OPERATION, start, end, text.substring(start, end),
				"Homes for Ukraine Scheme", "Homes for Ukraine Scheme", Map.of());

		assertEquals(List.of(text.lastIndexOf("Ukraine")), mentions(text, scheme).stream().map(Mention::start).toList());
	}

	@Test
	void theLastCapitalisedWordIsTheHeadOfAName() {
		// a trust fund is no trust: the country stays; a border force is a force: it goes
		assertEquals(List.of("AF"), ids("We contribute to an Afghanistan Resilience Trust Fund project."));
		assertEquals(List.of(), ids("UK Border Force officers"));
	}

	@Test
	void aCountryOfAForeignMinistryStays() {
		assertEquals(List.of("IN", "US"), ids("the Indian Ministry of External Affairs and the US Department of State"));
	}

	@Test
	void mentionsCarryTheCountryAndItsSpan() {
		String text = "Returns to Nigeria rose.";
		Mention m = mentions(text).get(0);

		assertEquals(EntityKinds.COUNTRY, m.kind());
		assertEquals("NG", m.entityId());
		assertEquals("Nigeria", m.entityName());
		assertEquals("Nigeria", text.substring(m.start(), m.end()));
		assertEquals("NGA", m.attribute("alpha3"));
		assertEquals("Africa", m.attribute("region"));
		assertEquals("Western Africa", m.attribute("subregion"));
	}

	@Test
	void jerseyTheIslandNotTheWordNorTheState() {
		assertEquals(List.of("JE", "GG"), ids("the States of Jersey and Guernsey"));
		assertEquals(List.of(), ids("a football jersey from New Jersey"));
	}

	@Test
	void chadTheCountryNotThePerson() {
		assertEquals(List.of("TD", "SD"), ids("refugees fleeing to Chad from Sudan"));
		assertEquals(List.of(), ids("a letter from Chad Smith"));
		assertEquals(List.of(), ids("Private William Jordan and Private John Smith"));
		assertEquals(List.of("TD"), ids("the Chad Basin"));
	}

	@Test
	void turkeyTheCountryNotTheBird() {
		assertEquals(List.of("TR", "TR", "TR"), ids("Turkey, Türkiye and Turkiye; a turkey at Christmas"));
		assertEquals(List.of("TR"), ids("Turkish counterparts"));
	}

	@Test
	void georgiaTheCountryUnlessTheAmericanState() {
		assertEquals(List.of("GE"), ids("democracy in Georgia"));
		assertEquals(List.of(), ids("a company in Atlanta, Georgia"));
		assertEquals(List.of("US"), ids("based in Georgia, USA"));
		assertEquals(List.of("GS"), ids("South Georgia and the South Sandwich Islands"));
	}

	@Test
	void theLongestGuineaWins() {
		assertEquals(List.of("GN", "PG", "GQ", "GW"),
				ids("Guinea, Papua New Guinea, Equatorial Guinea and Guinea-Bissau"));
		assertEquals(List.of("Guinea", "Papua New Guinea", "Equatorial Guinea", "Guinea-Bissau"),
				surfaces("Guinea, Papua New Guinea, Equatorial Guinea and Guinea-Bissau"));
		assertEquals(List.of(), ids("a guinea pig"));
	}

	@Test
	void nigerIsNotNigeriaAndDominicaIsNotTheDominicanRepublic() {
		assertEquals(List.of("NE", "NG"), ids("Niger and Nigeria"));
		assertEquals(List.of("DM", "DO"), ids("Dominica and the Dominican Republic"));
		assertEquals(List.of("SS", "SD"), ids("South Sudan and Sudan"));
	}

	@Test
	void theUnitedKingdomByItsNames() {
		assertEquals(List.of("GB", "GB", "GB", "GB", "GB", "GB"),
				ids("the UK, the United Kingdom, Great Britain, Britain, British citizens and the UK's"));
		assertEquals(List.of("GB"), ids("the United Kingdom of Great Britain and Northern Ireland"));
		assertEquals(List.of(), ids("uk, GB, UKHTC and UKVI"));
		assertEquals(List.of(), ids("published on the GOV.UK website, www.gov.uk/Vietnam"));
		assertEquals(List.of("VN"), ids("returns in 2023.Vietnam agreed"));
	}

	@Test
	void partsOfTheUnitedKingdomAreNoCountries() {
		assertEquals(List.of(), ids("England, Scotland, Wales and Northern Ireland; a Northern Irish minister"));
		assertEquals(List.of("IM"), ids("the Isle of Man"));
		assertEquals(List.of("IE"), ids("the Republic of Ireland"));
	}

	@Test
	void theUnitedStatesByItsNamesButNotTheContinent() {
		assertEquals(List.of("US", "US", "US", "US", "US", "US"),
				ids("the US, the USA, the United States, the United States of America, America and American"));
		assertEquals(List.of(), ids("Latin America, South America, North American and Central American states"));
		assertEquals(List.of("VG", "IO"), ids("the British Virgin Islands and the British Indian Ocean Territory"));
	}

	@Test
	void oldAndNewNames() {
		assertEquals(List.of("VN", "VN"), ids("Viet Nam and Vietnam"));
		assertEquals(List.of("CZ", "CZ"), ids("Czechia and the Czech Republic"));
		assertEquals(List.of("CI", "CI", "CI"), ids("Ivory Coast, Côte d'Ivoire and Côte d’Ivoire"));
		assertEquals(List.of("MM", "MM"), ids("Burma and Myanmar"));
		assertEquals(List.of("SZ", "SZ"), ids("Swaziland and Eswatini"));
		assertEquals(List.of("LC", "KN", "TT"), ids("St Lucia, St. Kitts and Nevis and Trinidad & Tobago"));
	}

	@Test
	void congoIsTheRepublicUnlessTheDemocraticRepublic() {
		assertEquals(List.of("CG"), ids("Congo"));
		assertEquals(List.of("CD", "CD", "CD", "CD"),
				ids("the Democratic Republic of the Congo, Democratic Republic of Congo, DRC and DR Congo"));
		assertEquals(List.of("CG"), ids("the Republic of the Congo"));
		assertEquals(List.of(), ids("Congolese nationals"));
		assertEquals(List.of("CD", "CD"), ids("Congolese nationals in the Democratic Republic of the Congo"));
	}

	@Test
	void aDemonymSharedByCountriesNamesTheOneTheDocumentNames() {
		assertEquals(List.of("HT", "DO", "HT", "DO"), ids("the Haitian-Dominican corridor, Haiti and the Dominican Republic"));
		assertEquals(List.of("DM", "DM"), ids("Dominican officials in Dominica"));
		// both named: the demonym is left out
		assertEquals(List.of("DM", "DO"), ids("Dominican officials in Dominica and the Dominican Republic"));
	}

	@Test
	void demonyms() {
		assertEquals(List.of("NG"), ids("Nigerian nationals"));
		assertEquals(List.of("VN", "AL", "ER"), ids("Vietnamese, Albanians and Eritrean people"));
		assertEquals(List.of("FR", "NL", "IN"), ids("French, Dutch and Indian officials"));
		assertEquals(List.of("ZA", "MM"), ids("a South African and a Burmese"));
	}
}
