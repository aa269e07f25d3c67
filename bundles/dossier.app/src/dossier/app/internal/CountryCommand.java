package dossier.app.internal;

import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import dossier.core.catalog.FundingFact;
import dossier.core.catalog.Passage;
import dossier.core.entity.EntityCount;
import dossier.countries.Country;
import dossier.countries.CountryAtlas;
import dossier.countries.CountryBrief;
import dossier.countries.CountryBrief.Reference;
import dossier.countries.CountryBriefs;
import dossier.countries.FactbookNote;

/** {@code dossier country CODE}: the country's brief, as on its page in the workbench. */
final class CountryCommand implements Command {

	@Override
	public String name() {
		return "country"; //$NON-NLS-1$
	}

	@Override
	public String summary() {
		return "print a country's brief: facts, Factbook notes and the passages that mention it"; //$NON-NLS-1$
	}

	@Override
	public String help() {
		return """
				Usage: dossier country CODE [--json | --html] [--workspace DIR]
				Prints what Dossier knows about a country: ISO 3166 codes, names, region; the CIA World
				Factbook notes by year (trafficking in persons with the tier rating, refugees, illicit
				drugs, international disputes, background); the passages of the collection that mention
				it, newest first, with the references of their documents; the agencies, operations and
				countries mentioned with it; the funding its documents state; documents per year.
				CODE is an ISO 3166 alpha-2 or alpha-3 code or a name: NG, VNM, "Viet Nam", Albania.
				Plain output is the brief in Markdown; --html prints it as one self-contained HTML page,
				--json as JSON. Exit code 1 when no country has that code or name.
				Country data: world-countries (ODbL-1.0); Factbook: CIA World Factbook (public domain).
				"""; //$NON-NLS-1$
	}

	@Override
	public int run(List<String> args, Engine engine, PrintStream out, PrintStream err) throws Exception {
		Arguments arguments = new Arguments(args, Set.of(), Set.of("json", "html")); //$NON-NLS-1$ //$NON-NLS-2$
		if (arguments.positional().isEmpty()) {
			throw new UsageException("give a country's ISO code or name, such as NG or \"Viet Nam\""); //$NON-NLS-1$
		}
		if (arguments.has("json") && arguments.has("html")) { //$NON-NLS-1$ //$NON-NLS-2$
			throw new UsageException("choose --json or --html, not both"); //$NON-NLS-1$
		}
		// a name of several words may come unquoted: dossier country Viet Nam
		String code = String.join(" ", arguments.positional()).strip(); //$NON-NLS-1$
		Optional<Country> country = engine.service(CountryAtlas.class).find(code);
		if (country.isEmpty()) {
			err.println("No country has the code or name \"" + code //$NON-NLS-1$
					+ "\". Give an ISO 3166 code (NG, NGA) or a name (Nigeria, Viet Nam)."); //$NON-NLS-1$
			return SOME_ERRORS;
		}
		CountryBrief brief = engine.service(CountryBriefs.class).brief(country.get(), new NullProgressMonitor());
		if (arguments.has("json")) { //$NON-NLS-1$
			out.println(JsonOutput.pretty(json(brief)));
		} else if (arguments.has("html")) { //$NON-NLS-1$
			out.print(brief.html());
		} else {
			out.print(brief.markdown());
		}
		return OK;
	}

	static JsonObject json(CountryBrief brief) {
		JsonObject json = new JsonObject();
		json.add("country", country(brief.country())); //$NON-NLS-1$
		json.addProperty("documents", brief.documentCount()); //$NON-NLS-1$
		json.addProperty("mentions", brief.mentionCount()); //$NON-NLS-1$
		JsonObject perYear = new JsonObject();
		brief.documentsPerYear().forEach((year, count) -> perYear.addProperty(year.toString(), count));
		json.add("documentsPerYear", perYear); //$NON-NLS-1$
		JsonArray notes = new JsonArray();
		for (FactbookNote note : brief.notes()) {
			JsonObject n = new JsonObject();
			n.addProperty("year", note.year()); //$NON-NLS-1$
			n.addProperty("section", note.section()); //$NON-NLS-1$
			n.addProperty("tier", note.tier()); //$NON-NLS-1$
			n.addProperty("text", note.text()); //$NON-NLS-1$
			notes.add(n);
		}
		json.add("notes", notes); //$NON-NLS-1$
		JsonArray passages = new JsonArray();
		for (Passage passage : brief.passages()) {
			JsonObject p = new JsonObject();
			p.addProperty("document", passage.document().id()); //$NON-NLS-1$
			p.addProperty("title", passage.document().title()); //$NON-NLS-1$
			p.addProperty("answered", passage.document().date().map(Object::toString).orElse(null)); //$NON-NLS-1$
			p.addProperty("start", passage.start()); //$NON-NLS-1$
			p.addProperty("end", passage.end()); //$NON-NLS-1$
			p.addProperty("before", passage.before()); //$NON-NLS-1$
			p.addProperty("surface", passage.surface()); //$NON-NLS-1$
			p.addProperty("after", passage.after()); //$NON-NLS-1$
			passages.add(p);
		}
		json.add("passages", passages); //$NON-NLS-1$
		JsonArray references = new JsonArray();
		for (Reference reference : brief.references()) {
			JsonObject r = new JsonObject();
			r.addProperty("id", reference.document().id()); //$NON-NLS-1$
			r.addProperty("title", reference.document().title()); //$NON-NLS-1$
			r.addProperty("answered", reference.document().date().map(Object::toString).orElse(null)); //$NON-NLS-1$
			r.addProperty("kind", reference.kind()); //$NON-NLS-1$
			r.addProperty("house", reference.house()); //$NON-NLS-1$
			r.addProperty("department", reference.department()); //$NON-NLS-1$
			r.addProperty("uin", reference.uin()); //$NON-NLS-1$
			r.addProperty("url", reference.url()); //$NON-NLS-1$
			r.addProperty("citation", reference.citation()); //$NON-NLS-1$
			references.add(r);
		}
		json.add("references", references); //$NON-NLS-1$
		json.add("agencies", entities(brief.agencies())); //$NON-NLS-1$
		json.add("operations", entities(brief.operations())); //$NON-NLS-1$
		json.add("countries", entities(brief.countries())); //$NON-NLS-1$
		JsonArray funding = new JsonArray();
		for (FundingFact fact : brief.funding()) {
			JsonObject f = new JsonObject();
			f.addProperty("document", fact.document().id()); //$NON-NLS-1$
			f.addProperty("surface", fact.surface()); //$NON-NLS-1$
			f.addProperty("amount", fact.amount()); //$NON-NLS-1$
			f.addProperty("currency", fact.currency()); //$NON-NLS-1$
			f.addProperty("recipientId", fact.recipientId()); //$NON-NLS-1$
			f.addProperty("recipientName", fact.recipientName()); //$NON-NLS-1$
			f.addProperty("period", fact.period()); //$NON-NLS-1$
			f.addProperty("purpose", fact.purpose()); //$NON-NLS-1$
			f.addProperty("sentence", fact.sentence()); //$NON-NLS-1$
			funding.add(f);
		}
		json.add("funding", funding); //$NON-NLS-1$
		return json;
	}

	private static JsonObject country(Country c) {
		JsonObject json = new JsonObject();
		json.addProperty("alpha2", c.alpha2()); //$NON-NLS-1$
		json.addProperty("alpha3", c.alpha3()); //$NON-NLS-1$
		json.addProperty("numeric", c.numeric()); //$NON-NLS-1$
		json.addProperty("name", c.name()); //$NON-NLS-1$
		json.addProperty("officialName", c.officialName()); //$NON-NLS-1$
		json.add("aliases", strings(c.aliases())); //$NON-NLS-1$
		json.add("demonyms", strings(c.demonyms())); //$NON-NLS-1$
		json.addProperty("region", c.region()); //$NON-NLS-1$
		json.addProperty("subregion", c.subregion()); //$NON-NLS-1$
		json.add("capitals", strings(c.capitals())); //$NON-NLS-1$
		json.addProperty("independent", c.independent()); //$NON-NLS-1$
		json.addProperty("latitude", c.latitude()); //$NON-NLS-1$
		json.addProperty("longitude", c.longitude()); //$NON-NLS-1$
		json.addProperty("area", c.area()); //$NON-NLS-1$
		json.add("borders", strings(c.borders())); //$NON-NLS-1$
		return json;
	}

	private static JsonArray entities(List<EntityCount> entities) {
		JsonArray array = new JsonArray();
		for (EntityCount entity : entities) {
			JsonObject e = new JsonObject();
			e.addProperty("id", entity.id()); //$NON-NLS-1$
			e.addProperty("name", entity.name()); //$NON-NLS-1$
			e.addProperty("documents", entity.documents()); //$NON-NLS-1$
			e.addProperty("mentions", entity.mentions()); //$NON-NLS-1$
			array.add(e);
		}
		return array;
	}

	private static JsonArray strings(List<String> values) {
		JsonArray array = new JsonArray();
		values.forEach(array::add);
		return array;
	}
}
