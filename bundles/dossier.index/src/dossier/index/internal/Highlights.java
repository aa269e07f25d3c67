package dossier.index.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;

import dossier.core.index.HighlightedText;
import dossier.core.index.IndexField;
import dossier.core.index.TextRange;

/**
 * Query-hit marking with Lucene's unified highlighter, returned as ranges rather than
 * markup so that the viewer decides how hits look.
 */
final class Highlights {

	/** Passages joined into one snippet are separated by this. */
	static final String ELLIPSIS = " \u2026 "; //$NON-NLS-1$
	private static final int SNIPPET_PASSAGES = 2;
	private static final int MAX_ANALYZED_LENGTH = 10_000_000;

	private Highlights() {
	}

	/**
	 * A highlighter that marks, in the body, terms the query asks for in any text field:
	 * the body holds the heading, question and answer text too.
	 */
	private static UnifiedHighlighter.Builder builder(IndexSearcher searcher, Analyzer analyzer) {
		return UnifiedHighlighter.builder(searcher, analyzer).withFormatter(new RangeFormatter())
				.withFieldMatcher(IndexField.DEFAULT_SEARCHED::contains);
	}

	/** @return one snippet for each hit of the page, in the same order */
	static List<HighlightedText> snippets(IndexSearcher searcher, Analyzer analyzer, Query query, List<ScoreDoc> page)
			throws IOException {
		if (page.isEmpty()) {
			return List.of();
		}
		RangeHighlighter highlighter = new RangeHighlighter(builder(searcher, analyzer).withMaxLength(MAX_ANALYZED_LENGTH));
		int[] docIds = page.stream().mapToInt(sd -> sd.doc).toArray();
		Map<String, Object[]> byField = highlighter.highlightFieldsAsObjects(new String[] { IndexField.BODY },
				query, docIds, new int[] { SNIPPET_PASSAGES });
		Object[] snippets = byField.get(IndexField.BODY);
		List<HighlightedText> result = new ArrayList<>(docIds.length);
		for (int i = 0; i < docIds.length; i++) {
			result.add(snippets[i] instanceof HighlightedText text ? text : HighlightedText.plain("")); //$NON-NLS-1$
		}
		return result;
	}

	/** @return the document's whole text with every hit of the query marked */
	static HighlightedText wholeText(IndexSearcher searcher, Analyzer analyzer, Query query, int docId, String text)
			throws IOException {
		RangeHighlighter highlighter = new RangeHighlighter(
				builder(searcher, analyzer).withBreakIterator(WholeBreakIterator::new).withMaxLength(text.length() + 1));
		Object[] marked = highlighter.highlightFieldsAsObjects(new String[] { IndexField.BODY }, query,
				new int[] { docId }, new int[] { 1 }).get(IndexField.BODY);
		if (marked[0] instanceof HighlightedText highlighted && highlighted.text().equals(text)) {
			return highlighted;
		}
		return HighlightedText.plain(text);
	}

	/** Opens up the highlighter's per-document objects, which its public methods turn into strings. */
	private static final class RangeHighlighter extends UnifiedHighlighter {

		RangeHighlighter(UnifiedHighlighter.Builder builder) {
			super(builder);
		}

		@Override
		protected Map<String, Object[]> highlightFieldsAsObjects(String[] fields, Query query, int[] docIds,
				int[] maxPassages) throws IOException {
			return super.highlightFieldsAsObjects(fields, query, docIds, maxPassages);
		}
	}

	/** Formats passages into a {@link HighlightedText}, joining several with an ellipsis. */
	private static final class RangeFormatter extends PassageFormatter {

		@Override
		public Object format(Passage[] passages, String content) {
			StringBuilder text = new StringBuilder();
			List<TextRange> ranges = new ArrayList<>();
			for (Passage passage : passages) {
				if (!text.isEmpty()) {
					text.append(ELLIPSIS);
				}
				int base = text.length() - passage.getStartOffset();
				int copiedUpTo = passage.getStartOffset();
				for (int i = 0; i < passage.getNumMatches(); i++) {
					int start = Math.max(passage.getMatchStarts()[i], copiedUpTo);
					int end = passage.getMatchEnds()[i];
					if (end <= start) {
						continue; // overlapping matches: the earlier one already covers this
					}
					text.append(content, copiedUpTo, end);
					ranges.add(new TextRange(start + base, end - start));
					copiedUpTo = end;
				}
				text.append(content, copiedUpTo, passage.getEndOffset());
			}
			return new HighlightedText(text.toString(), ranges);
		}
	}
}
