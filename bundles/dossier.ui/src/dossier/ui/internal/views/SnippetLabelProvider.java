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

	/** @return the snippet on one line, hits styled */
	static StyledString styled(HighlightedText snippet) {
		String flat = snippet.text().replace('\n', ' ').replace('\r', ' ');
		StyledString styled = new StyledString(flat);
		for (TextRange range : snippet.highlights()) {
			styled.setStyle(range.offset(), range.length(), HitStyler.INSTANCE);
		}
		return styled;
	}
}
