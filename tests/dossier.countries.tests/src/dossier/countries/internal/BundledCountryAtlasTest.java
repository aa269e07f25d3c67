package dossier.countries.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import dossier.countries.Country;
import dossier.countries.FactbookNote;

/** The shipped country data: world-countries and the Factbook notes. */
class BundledCountryAtlasTest {

	private final BundledCountryAtlas atlas = new BundledCountryAtlas();

	@Test
	void everyCountryOfWorldCountriesWithItsNames() {
		assertEquals(250, atlas.countries().size());
		Country vietnam = atlas.country("VN").orElseThrow();
		assertEquals("VNM", vietnam.alpha3());
		assertEquals("704", vietnam.numeric());
		assertEquals("Vietnam", vietnam.name());
		assertEquals("Socialist Republic of Vietnam", vietnam.officialName());
		assertTrue(vietnam.aliases().contains("Viet Nam"), vietnam.aliases().toString());
		assertFalse(vietnam.aliases().contains("VN"), "codes are not aliases");
		assertEquals(List.of("Vietnamese"), vietnam.demonyms());
		assertEquals("Asia", vietnam.region());
		assertEquals("South-Eastern Asia", vietnam.subregion());
		assertEquals(List.of("Hanoi"), vietnam.capitals());
		Country nigeria = atlas.country("ng").orElseThrow();
		assertEquals("Federal Republic of Nigeria", nigeria.officialName());
		assertEquals("Western Africa", nigeria.subregion());
		assertTrue(nigeria.independent());
		assertTrue(nigeria.borders().contains("CMR"), nigeria.borders().toString());
		assertEquals("", atlas.country("XK").orElseThrow().numeric());
	}

	@Test
	void countriesAreFoundByCodeNameSpellingOrDemonym() {
		for (String name : List.of("VN", "vnm", "704", "Vietnam", "Viet Nam", "viet  nam", "Socialist Republic of Vietnam",
				"Vietnamese")) {
			assertEquals("VN", atlas.find(name).map(Country::alpha2).orElse("none"), name);
		}
		assertEquals("CI", atlas.find("cote d'ivoire").orElseThrow().alpha2());
		assertEquals("GB", atlas.find("the United Kingdom").orElseThrow().alpha2());
		assertEquals("GB", atlas.find("UK").orElseThrow().alpha2());
		assertEquals("AL", atlas.find("8").orElseThrow().alpha2());
		assertEquals("AL", atlas.find("Albanian").orElseThrow().alpha2());
		assertTrue(atlas.find("Atlantis").isEmpty());
		assertTrue(atlas.find("").isEmpty());
	}

	@Test
	void albaniasTraffickingNoteOf2008IsTheFactbooks() {
		FactbookNote note = atlas.note("AL", 2008, FactbookNote.TRAFFICKING_IN_PERSONS).orElseThrow();
		assertTrue(note.text().startsWith("current situation: Albania is a source country for women and girls "
				+ "trafficked for the purpose of commercial sexual exploitation and forced labor; it is no longer "
				+ "considered a major country of transit"), note.text());
		assertTrue(note.text().contains("tier rating: Tier 2 Watch List - Albania is on the Tier 2 Watch List"));
		assertEquals("Tier 2 Watch List", note.tier());
		// the 2006 edition has no trafficking note for Albania, but its other fields
		assertTrue(atlas.note("AL", 2006, FactbookNote.TRAFFICKING_IN_PERSONS).isEmpty());
		assertTrue(atlas.note("AL", 2006, FactbookNote.DISPUTES).orElseThrow().text().contains("\"greater Albania,\""));
		assertEquals("", atlas.note("AL", 2006, FactbookNote.BACKGROUND).orElseThrow().tier());
	}

	@Test
	void notesComeNewestFirstInSectionOrder() {
		assertEquals(List.of(2006, 2007, 2008, 2009, 2010, 2022), atlas.factbookYears());
		List<FactbookNote> notes = atlas.notes("NG");
		assertEquals(2022, notes.get(0).year());
		for (int i = 1; i < notes.size(); i++) {
			FactbookNote a = notes.get(i - 1);
			FactbookNote b = notes.get(i);
			assertTrue(a.year() > b.year() || a.year() == b.year()
					&& FactbookNote.SECTIONS.indexOf(a.section()) < FactbookNote.SECTIONS.indexOf(b.section()), a + " " + b);
		}
		assertEquals(atlas.notes("NG", 2009), notes.stream().filter(n -> n.year() == 2009).toList());
	}

	@Test
	void theNotesOf2022AreMappedToIsoAndReadAsPlainText() {
		FactbookNote vietnam = atlas.note("VN", 2022, FactbookNote.TRAFFICKING_IN_PERSONS).orElseThrow();
		assertTrue(vietnam.text().startsWith("current situation: human traffickers exploit domestic and foreign victims in Vietnam"),
				vietnam.text());
		assertEquals("Tier 2 Watch List", vietnam.tier());
		assertEquals("Tier 2 Watch List", atlas.note("NG", 2022, FactbookNote.TRAFFICKING_IN_PERSONS).orElseThrow().tier());
		// no GEC code of 2006-2010 for South Sudan and Curacao: found by name
		assertEquals("Tier 3", atlas.note("SS", 2022, FactbookNote.TRAFFICKING_IN_PERSONS).orElseThrow().tier());
		assertTrue(atlas.note("CW", 2022, FactbookNote.TRAFFICKING_IN_PERSONS).isPresent());
		long notes2022 = atlas.countries().stream()
				.filter(c -> atlas.note(c.alpha2(), 2022, FactbookNote.TRAFFICKING_IN_PERSONS).isPresent()).count();
		assertEquals(65, notes2022, "67 rows less the world's and the categories'");
		for (Country country : atlas.countries()) {
			for (FactbookNote note : atlas.notes(country.alpha2())) {
				assertFalse(note.text().matches("(?s).*(<[a-zA-Z/]|&[a-z]+;|&#).*"), note.toString());
			}
		}
		// Kosovo has no ISO code in the Factbook archive: found by name
		assertFalse(atlas.notes("XK").isEmpty());
	}

	@Test
	void tiersAreReadFromTheRatingHoweverWritten() {
		assertEquals("Tier 2 Watch List", Factbook.tier("current situation: x tier rating: Tier 2 Watch list - y"));
		assertEquals("Tier 3", Factbook.tier("current situation: x tier rating: Tier 3<strong> </strong>- y"));
		assertEquals("Tier 2", Factbook.tier("current situation: moved from Tier 3 tier rating: Tier 2 - y"));
		assertEquals("", Factbook.tier("current situation: x"));
	}

	@Test
	void htmlFragmentsBecomePlainText() {
		assertEquals("Tier 3 \u2014 Curacao\u2019s \"x\" & y <z>",
				PlainText.of("<p>Tier 3&nbsp;&mdash;<strong> </strong>Curacao&rsquo;s &quot;x&quot; &amp; y &lt;z&gt;</p>"));
		assertEquals("a b", PlainText.of("a<br>b"));
		assertEquals("&bogus; &#99999999;", PlainText.of("&bogus; &#99999999;"));
	}
}
