package dossier.countries.internal;

import static dossier.countries.internal.PlainText.escapeHtml;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import dossier.core.catalog.FundingFact;
import dossier.core.catalog.Passage;
import dossier.core.entity.EntityCount;
import dossier.countries.CountryBrief;
import dossier.countries.CountryBrief.Reference;
import dossier.countries.internal.BriefContent.DocumentPassages;
import dossier.countries.internal.BriefContent.NoteLine;

/**
 * A country brief as one self-contained HTML page: the styles inline, no scripts, no
 * images, nothing fetched; every text from the data is escaped, and only http(s) addresses
 * become links.
 */
public final class BriefHtml {

	private static final String STYLE = """
			body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;max-width:52em;margin:2em auto;padding:0 1em;color:#222;line-height:1.45}
			h1{margin-bottom:0}.subtitle{color:#555;margin-top:.2em}
			table.facts td{padding:.15em .8em .15em 0;vertical-align:top}table.facts td:first-child{color:#555;white-space:nowrap}
			table.years td{padding:.1em .6em .1em 0}.bar{display:inline-block;height:.8em;background:#4a7ab5;vertical-align:middle}
			.tier{font-weight:normal;color:#8a3b12}.same{color:#777;font-style:italic}
			.passage{margin:.2em 0}.passage mark{background:#fde68a;font-weight:bold}
			.ref{color:#555;font-size:.92em}code{font-size:.92em}
			footer{margin-top:2em;border-top:1px solid #ccc;padding-top:.5em;color:#666;font-size:.9em}
			"""; //$NON-NLS-1$

	private final StringBuilder out = new StringBuilder(16384);

	private BriefHtml() {
	}

	/**
	 * @param brief a country brief
	 * @return it as an HTML page
	 */
	public static String render(CountryBrief brief) {
		return new BriefHtml().brief(brief);
	}

	/**
	 * @param url an address
	 * @return the address if it is an absolute http or https one, else the empty string (no
	 *         {@code javascript:} links from data)
	 */
	static String safeUrl(String url) {
		String u = url == null ? "" : url.strip(); //$NON-NLS-1$
		String lower = u.toLowerCase(Locale.ROOT);
		return lower.startsWith("https://") || lower.startsWith("http://") ? u : ""; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	private String brief(CountryBrief brief) {
		String name = escapeHtml(brief.country().name());
		out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"UTF-8\">\n") //$NON-NLS-1$
				.append("<title>Country brief: ").append(name).append("</title>\n<style>\n").append(STYLE) //$NON-NLS-1$ //$NON-NLS-2$
				.append("</style>\n</head>\n<body>\n"); //$NON-NLS-1$
		out.append("<h1>").append(name).append("</h1>\n<p class=\"subtitle\">") //$NON-NLS-1$ //$NON-NLS-2$
				.append(escapeHtml(BriefContent.subtitle(brief))).append("</p>\n<table class=\"facts\">\n"); //$NON-NLS-1$
		BriefContent.facts(brief).forEach((label, value) -> out.append("<tr><td>").append(escapeHtml(label)) //$NON-NLS-1$
				.append("</td><td>").append(escapeHtml(value)).append("</td></tr>\n")); //$NON-NLS-1$ //$NON-NLS-2$
		out.append("</table>\n"); //$NON-NLS-1$
		mentions(brief);
		related(brief);
		funding(brief);
		notes(brief);
		passages(brief);
		out.append("<footer>").append(escapeHtml(BriefContent.CREDITS)).append("</footer>\n</body>\n</html>\n"); //$NON-NLS-1$ //$NON-NLS-2$
		return out.toString();
	}

	private void mentions(CountryBrief brief) {
		if (brief.documentsPerYear().isEmpty()) {
			return;
		}
		int most = brief.documentsPerYear().values().stream().mapToInt(Integer::intValue).max().orElse(1);
		out.append("<h2>Mentions per year</h2>\n<table class=\"years\">\n<tr><th>Year</th><th>Documents</th></tr>\n"); //$NON-NLS-1$
		brief.documentsPerYear().forEach((year, count) -> out.append("<tr><td>").append(year) //$NON-NLS-1$
				.append("</td><td><span class=\"bar\" style=\"width:").append(Math.max(1, 20 * count / most)) //$NON-NLS-1$
				.append("em\"></span> ").append(count).append("</td></tr>\n")); //$NON-NLS-1$ //$NON-NLS-2$
		out.append("</table>\n"); //$NON-NLS-1$
	}

	private void related(CountryBrief brief) {
		Map<String, List<EntityCount>> related = BriefContent.related(brief);
		if (related.isEmpty()) {
			return;
		}
		out.append("<h2>Mentioned with</h2>\n"); //$NON-NLS-1$
		related.forEach((heading, entities) -> {
			out.append("<p><b>").append(escapeHtml(heading)).append("</b>: "); //$NON-NLS-1$ //$NON-NLS-2$
			for (int i = 0; i < entities.size(); i++) {
				out.append(i == 0 ? "" : "; ").append(escapeHtml(BriefContent.related(entities.get(i)))); //$NON-NLS-1$ //$NON-NLS-2$
			}
			out.append("</p>\n"); //$NON-NLS-1$
		});
	}

	private void funding(CountryBrief brief) {
		if (brief.funding().isEmpty()) {
			return;
		}
		out.append("<h2>Funding in the same documents</h2>\n<ul>\n"); //$NON-NLS-1$
		for (FundingFact fact : brief.funding()) {
			out.append("<li>").append(escapeHtml(BriefContent.funding(fact))).append(" \u2014 "); //$NON-NLS-1$ //$NON-NLS-2$
			reference(brief.reference(fact.document().id())
					.orElseGet(() -> new Reference(fact.document(), "", "", "", "", "")), true); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			out.append("</li>\n"); //$NON-NLS-1$
		}
		out.append("</ul>\n"); //$NON-NLS-1$
	}

	private void notes(CountryBrief brief) {
		if (brief.notes().isEmpty()) {
			return;
		}
		out.append("<h2>CIA World Factbook</h2>\n"); //$NON-NLS-1$
		BriefContent.notes(brief).forEach((year, notes) -> {
			out.append("<h3>").append(year).append("</h3>\n"); //$NON-NLS-1$ //$NON-NLS-2$
			for (NoteLine line : notes) {
				out.append("<p><b>").append(escapeHtml(line.note().section())).append("</b>"); //$NON-NLS-1$ //$NON-NLS-2$
				if (!line.note().tier().isEmpty()) {
					out.append(" <span class=\"tier\">(").append(escapeHtml(line.note().tier())).append(")</span>"); //$NON-NLS-1$ //$NON-NLS-2$
				}
				out.append(": "); //$NON-NLS-1$
				if (line.sameAs().isPresent()) {
					out.append("<span class=\"same\">as in ").append(line.sameAs().get()).append("</span>"); //$NON-NLS-1$ //$NON-NLS-2$
				} else {
					out.append(escapeHtml(line.note().text()));
				}
				out.append("</p>\n"); //$NON-NLS-1$
			}
		});
	}

	private void passages(CountryBrief brief) {
		List<DocumentPassages> documents = BriefContent.passages(brief);
		if (documents.isEmpty()) {
			return;
		}
		out.append("<h2>Passages</h2>\n"); //$NON-NLS-1$
		if (!brief.allPassages()) {
			out.append("<p>").append(escapeHtml("The first " + brief.passages().size() + " of " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					+ BriefContent.count(brief.mentionCount(), "mention") + ", newest first.")).append("</p>\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		for (DocumentPassages document : documents) {
			out.append("<h3>").append(escapeHtml(document.reference().document().title())).append("</h3>\n"); //$NON-NLS-1$ //$NON-NLS-2$
			out.append("<p class=\"ref\">"); //$NON-NLS-1$
			reference(document.reference(), false);
			out.append("</p>\n"); //$NON-NLS-1$
			for (Passage passage : document.passages()) {
				out.append("<p class=\"passage\">").append(BriefContent.leading(passage)).append(escapeHtml(passage.before())) //$NON-NLS-1$
						.append("<mark>").append(escapeHtml(passage.surface())).append("</mark>") //$NON-NLS-1$ //$NON-NLS-2$
						.append(escapeHtml(passage.after())).append(BriefContent.trailing(passage)).append("</p>\n"); //$NON-NLS-1$
			}
		}
	}

	/** The citation, the document's id, and a link to its address when it has one. */
	private void reference(Reference reference, boolean withTitle) {
		if (withTitle) {
			out.append("<i>").append(escapeHtml(reference.document().title())).append("</i>, "); //$NON-NLS-1$ //$NON-NLS-2$
		}
		String citation = BriefContent.citation(reference);
		if (!citation.isEmpty()) {
			out.append(escapeHtml(citation)).append(' ');
		}
		out.append("<code>").append(escapeHtml(reference.document().id())).append("</code>"); //$NON-NLS-1$ //$NON-NLS-2$
		String url = safeUrl(reference.url());
		if (!url.isEmpty()) {
			out.append(" <a href=\"").append(escapeHtml(url)).append("\">source</a>"); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}
}
