package dossier.ui.internal.views;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.eclipse.jface.fieldassist.IContentProposal;
import org.eclipse.jface.fieldassist.IContentProposalProvider;

import dossier.core.index.IndexField;

/**
 * Proposals for the query field: recent queries that contain what was typed, then the
 * field names (and date range templates) that start with the word at the cursor.
 */
final class QueryProposals implements IContentProposalProvider {

	/**
	 * One proposal.
	 *
	 * @param content the text to put in the field
	 * @param label what the list shows
	 * @param description the tooltip beside the list
	 * @param wholeQuery true when the content replaces the whole query (a recent query),
	 *                   false when it replaces the word at the cursor (a field name)
	 */
	record Proposal(String content, String label, String description, boolean wholeQuery) implements IContentProposal {

		@Override
		public String getContent() {
			return content;
		}

		@Override
		public int getCursorPosition() {
			return content.length();
		}

		@Override
		public String getLabel() {
			return label;
		}

		@Override
		public String getDescription() {
			return description;
		}
	}

	private static final List<Proposal> FIELDS = List.of(
			field(IndexField.TITLE, "Words in the title"), //$NON-NLS-1$
			field(IndexField.HEADING, "Words in the subject heading"), //$NON-NLS-1$
			field(IndexField.QUESTION, "Words in the question"), //$NON-NLS-1$
			field(IndexField.ANSWER, "Words in the answer"), //$NON-NLS-1$
			field(IndexField.DEPARTMENT, "The answering body, e.g. department:\"Home Office\""), //$NON-NLS-1$
			field(IndexField.ASKING, "The member who asked"), //$NON-NLS-1$
			field(IndexField.ANSWERING, "The member who answered"), //$NON-NLS-1$
			field(IndexField.HOUSE, "Commons or Lords"), //$NON-NLS-1$
			field(IndexField.UIN, "The question number"), //$NON-NLS-1$
			field(IndexField.KIND, "The kind of document, e.g. kind:text"), //$NON-NLS-1$
			field(IndexField.YEAR, "The year answered, e.g. year:2024"), //$NON-NLS-1$
			range(IndexField.ANSWERED, "Answered between two dates"), //$NON-NLS-1$
			range(IndexField.TABLED, "Tabled between two dates")); //$NON-NLS-1$

	private final Supplier<List<String>> history;

	/** @param history the recent queries, newest first */
	QueryProposals(Supplier<List<String>> history) {
		this.history = history;
	}

	private static Proposal field(String name, String description) {
		return new Proposal(name + ':', name + ':', description, false);
	}

	private static Proposal range(String name, String description) {
		String template = name + ":[2024-01-01 TO 2024-12-31]"; //$NON-NLS-1$
		return new Proposal(template, template, description + " (yyyy-MM-dd; * for open ends)", false); //$NON-NLS-1$
	}

	@Override
	public IContentProposal[] getProposals(String contents, int position) {
		List<Proposal> proposals = new ArrayList<>();
		String typed = contents.strip().toLowerCase(Locale.ROOT);
		for (String query : history.get()) {
			if (query.toLowerCase(Locale.ROOT).contains(typed) && !query.equals(contents.strip())) {
				proposals.add(new Proposal(query, query, "A recent search", true)); //$NON-NLS-1$
			}
		}
		String word = wordBefore(contents, position).toLowerCase(Locale.ROOT);
		if (word.indexOf(':') < 0) {
			FIELDS.stream().filter(p -> p.content().startsWith(word)).forEach(proposals::add);
		}
		return proposals.toArray(IContentProposal[]::new);
	}

	/** @return the part of the word that ends at the cursor, as far back as a space or bracket */
	static String wordBefore(String contents, int position) {
		int start = position;
		while (start > 0 && !Character.isWhitespace(contents.charAt(start - 1)) && "()+-\"".indexOf(contents.charAt(start - 1)) < 0) { //$NON-NLS-1$
			start--;
		}
		return contents.substring(start, position);
	}
}
