package dossier.countries.internal;

import static dossier.countries.internal.PlainText.escapeMarkdown;
import static dossier.countries.internal.PlainText.escapeMarkdownInline;

import java.util.List;
import java.util.Map;

import dossier.core.catalog.FundingFact;
import dossier.core.catalog.Passage;
import dossier.core.entity.EntityCount;
import dossier.countries.CountryBrief;
import dossier.countries.CountryBrief.Reference;
import dossier.countries.internal.BriefContent.DocumentPassages;
import dossier.countries.internal.BriefContent.NoteLine;

/** A country brief as Markdown (CommonMark with GFM tables); every text from the data is escaped. */
public final class BriefMarkdown {

	private final StringBuilder out = new StringBuilder(8192);

	private BriefMarkdown() {
	}

	/**
	 * @param brief a country brief
	 * @return it as a Markdown document
	 */
	public static String render(CountryBrief brief) {
		return new BriefMarkdown().brief(brief);
	}

	private String brief(CountryBrief brief) {
		out.append("# ").append(escapeMarkdown(brief.country().name())).append("\n\n"); //$NON-NLS-1$ //$NON-NLS-2$
		out.append(escapeMarkdown(BriefContent.subtitle(brief))).append("\n\n"); //$NON-NLS-1$
		out.append("| Fact | Value |\n|---|---|\n"); //$NON-NLS-1$
		BriefContent.facts(brief).forEach((label, value) -> out.append("| ").append(escapeMarkdown(label)).append(" | ") //$NON-NLS-1$ //$NON-NLS-2$
				.append(escapeMarkdownInline(value)).append(" |\n")); //$NON-NLS-1$
		out.append('\n');
		mentions(brief);
		related(brief);
		funding(brief);
		notes(brief);
		passages(brief);
		out.append("---\n\n").append(escapeMarkdown(BriefContent.CREDITS)).append('\n'); //$NON-NLS-1$
		return out.toString();
	}

	private void mentions(CountryBrief brief) {
		if (brief.documentsPerYear().isEmpty()) {
			return;
		}
		out.append("## Mentions per year\n\n| Year | Documents |\n|---:|---:|\n"); //$NON-NLS-1$
		brief.documentsPerYear().forEach((year, count) -> out.append("| ").append(year).append(" | ").append(count) //$NON-NLS-1$ //$NON-NLS-2$
				.append(" |\n")); //$NON-NLS-1$
		out.append('\n');
	}

	private void related(CountryBrief brief) {
		Map<String, List<EntityCount>> related = BriefContent.related(brief);
		if (related.isEmpty()) {
			return;
		}
		out.append("## Mentioned with\n\n"); //$NON-NLS-1$
		related.forEach((heading, entities) -> {
			out.append("**").append(heading).append("**: "); //$NON-NLS-1$ //$NON-NLS-2$
			for (int i = 0; i < entities.size(); i++) {
				out.append(i == 0 ? "" : "; ").append(escapeMarkdownInline(BriefContent.related(entities.get(i)))); //$NON-NLS-1$ //$NON-NLS-2$
			}
			out.append("\n\n"); //$NON-NLS-1$
		});
	}

	private void funding(CountryBrief brief) {
		if (brief.funding().isEmpty()) {
			return;
		}
		out.append("## Funding in the same documents\n\n"); //$NON-NLS-1$
		for (FundingFact fact : brief.funding()) {
			out.append("- ").append(escapeMarkdown(BriefContent.funding(fact))).append(" \u2014 *") //$NON-NLS-1$ //$NON-NLS-2$
					.append(escapeMarkdownInline(fact.document().title())).append("*, "); //$NON-NLS-1$
			reference(brief.reference(fact.document().id())
					.orElseGet(() -> new Reference(fact.document(), "", "", "", "", ""))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			out.append('\n');
		}
		out.append('\n');
	}

	private void notes(CountryBrief brief) {
		if (brief.notes().isEmpty()) {
			return;
		}
		out.append("## CIA World Factbook\n\n"); //$NON-NLS-1$
		BriefContent.notes(brief).forEach((year, notes) -> {
			out.append("### ").append(year).append("\n\n"); //$NON-NLS-1$ //$NON-NLS-2$
			for (NoteLine line : notes) {
				out.append("**").append(escapeMarkdownInline(line.note().section())).append("**"); //$NON-NLS-1$ //$NON-NLS-2$
				if (!line.note().tier().isEmpty()) {
					out.append(" (").append(escapeMarkdownInline(line.note().tier())).append(')'); //$NON-NLS-1$
				}
				out.append(": "); //$NON-NLS-1$
				if (line.sameAs().isPresent()) {
					out.append("*as in ").append(line.sameAs().get()).append("*"); //$NON-NLS-1$ //$NON-NLS-2$
				} else {
					out.append(escapeMarkdownInline(line.note().text()));
				}
				out.append("\n\n"); //$NON-NLS-1$
			}
		});
	}

	private void passages(CountryBrief brief) {
		List<DocumentPassages> documents = BriefContent.passages(brief);
		if (documents.isEmpty()) {
			return;
		}
		out.append("## Passages\n\n"); //$NON-NLS-1$
		if (!brief.allPassages()) {
			out.append(escapeMarkdown("The first " + brief.passages().size() + " of " //$NON-NLS-1$ //$NON-NLS-2$
					+ BriefContent.count(brief.mentionCount(), "mention") + ", newest first.")).append("\n\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		for (DocumentPassages document : documents) {
			out.append("### ").append(escapeMarkdown(document.reference().document().title())).append("\n\n"); //$NON-NLS-1$ //$NON-NLS-2$
			reference(document.reference());
			out.append("\n\n"); //$NON-NLS-1$
			for (Passage passage : document.passages()) {
				out.append("- ").append(BriefContent.leading(passage)).append(escapeMarkdownInline(passage.before())) //$NON-NLS-1$
						.append("**").append(escapeMarkdownInline(passage.surface())).append("**") //$NON-NLS-1$ //$NON-NLS-2$
						.append(escapeMarkdownInline(passage.after())).append(BriefContent.trailing(passage)).append('\n');
			}
			out.append('\n');
		}
	}

	/** The citation, the document's id in code and its address as a link. */
	private void reference(Reference reference) {
		String citation = BriefContent.citation(reference);
		if (!citation.isEmpty()) {
			out.append(escapeMarkdown(citation)).append(' ');
		}
		out.append('`').append(reference.document().id().replace("`", "'")).append('`'); //$NON-NLS-1$ //$NON-NLS-2$
		String url = BriefHtml.safeUrl(reference.url());
		if (!url.isEmpty()) {
			out.append(" <").append(url.replace(">", "%3E").replace(" ", "%20")).append('>'); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		}
	}
}
