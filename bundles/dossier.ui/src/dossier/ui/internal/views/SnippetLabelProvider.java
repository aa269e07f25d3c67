package dossier.ui.internal.views;

import org.eclipse.jface.viewers.StyledCellLabelProvider;
import org.eclipse.jface.viewers.StyledString;
import org.eclipse.jface.viewers.ViewerCell;

import dossier.core.index.HighlightedText;
import dossier.core.index.SearchHit;
import dossier.core.index.TextRange;
import dossier.ui.internal.editors.HitStyler;

/** Shows a hit's best passages on one line, the query's words highlighted. */
final class SnippetLabelProvider extends StyledCellLabelProvider {

	@Override
	public void update(ViewerCell cell) {
		HighlightedText snippet = ((SearchHit) cell.getElement()).snippet();
		StyledString text = styled(snippet);
		cell.setText(text.getString());
		cell.setStyleRanges(text.getStyleRanges());
		super.update(cell);
	}

	/** Characters of context kept before the first hit when the passage starts far from it. */
	static final int LEAD = 20;

	/**
	 * @return the snippet on one line, hits styled, starting shortly before the first hit so
	 *         that the hit shows in a narrow column
	 */
	static StyledString styled(HighlightedText snippet) {
		String flat = snippet.text().replace('\n', ' ').replace('\r', ' ');
		int cut = 0;
		if (!snippet.highlights().isEmpty() && snippet.highlights().get(0).offset() > LEAD * 2) {
			int space = flat.indexOf(' ', snippet.highlights().get(0).offset() - LEAD);
			cut = space < 0 || space >= snippet.highlights().get(0).offset() ? snippet.highlights().get(0).offset() - LEAD
					: space + 1;
		}
		String prefix = cut > 0 ? "\u2026" : ""; //$NON-NLS-1$ //$NON-NLS-2$
		StyledString styled = new StyledString(prefix + flat.substring(cut));
		int shift = prefix.length() - cut;
		for (TextRange range : snippet.highlights()) {
			styled.setStyle(range.offset() + shift, range.length(), HitStyler.INSTANCE);
		}
		return styled;
	}
}
