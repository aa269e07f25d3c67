package dossier.ui.internal.views;

import java.util.function.Consumer;

import org.eclipse.jface.bindings.keys.KeyStroke;
import org.eclipse.jface.fieldassist.ContentProposalAdapter;
import org.eclipse.jface.fieldassist.TextContentAdapter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IMemento;

/**
 * The query field: Enter searches; Ctrl+Space proposes recent queries and field names
 * (a field name replaces the word at the cursor, a recent query the whole text and runs).
 */
final class QueryField {

	private final Text text;
	private final QueryHistory history = new QueryHistory();
	private final ContentProposalAdapter proposals;
	/** Enter that accepts a proposal also reaches the field as DefaultSelection: skip that one. */
	private boolean proposalJustAccepted;

	QueryField(Composite parent, Consumer<String> search) {
		text = new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		text.setMessage("Search, e.g. Pentameter, \"human trafficking\", department:\"Home Office\" (Ctrl+Space: history, fields)"); //$NON-NLS-1$
		KeyStroke ctrlSpace = KeyStroke.getInstance(SWT.MOD1, ' ');
		proposals = new ContentProposalAdapter(text, new TextContentAdapter(), new QueryProposals(history::queries),
				ctrlSpace, null);
		proposals.setProposalAcceptanceStyle(ContentProposalAdapter.PROPOSAL_IGNORE);
		proposals.addContentProposalListener(p -> accept((QueryProposals.Proposal) p, search));
		text.addListener(SWT.DefaultSelection, e -> {
			if (!proposalJustAccepted && !proposals.isProposalPopupOpen()) {
				search.accept(text.getText());
			}
		});
	}

	private void accept(QueryProposals.Proposal proposal, Consumer<String> search) {
		proposalJustAccepted = true;
		text.getDisplay().asyncExec(() -> proposalJustAccepted = false);
		if (proposal.wholeQuery()) {
			text.setText(proposal.content());
			search.accept(proposal.content());
			return;
		}
		String contents = text.getText();
		int caret = text.getCaretPosition();
		int start = caret - QueryProposals.wordBefore(contents, caret).length();
		text.setText(contents.substring(0, start) + proposal.content() + contents.substring(caret));
		text.setSelection(start + proposal.content().length());
	}

	/** @return the text widget */
	Text widget() {
		return text;
	}

	/** @return the remembered queries */
	QueryHistory history() {
		return history;
	}

	/** @param query shown in the field unless it already holds it (so the caret stays) */
	void show(String query) {
		if (!text.getText().strip().equals(query)) {
			text.setText(query);
		}
	}

	void load(IMemento memento) {
		history.load(memento);
	}
}
