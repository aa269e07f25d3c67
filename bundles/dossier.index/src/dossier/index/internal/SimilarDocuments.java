package dossier.index.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;

import dossier.core.index.IndexField;
import dossier.core.index.SimilarDocument;

/**
 * Documents like one document, by Lucene's MoreLikeThis over the title and the text, with
 * the distinctive terms each result shares with it (looked up in the postings, so nothing
 * is analysed twice).
 */
final class SimilarDocuments {

	/** The fields compared: the body holds question and answer; the title adds the heading. */
	private static final String[] FIELDS = { IndexField.TITLE, IndexField.BODY };

	private SimilarDocuments() {
	}

	static List<SimilarDocument> find(IndexSearcher searcher, Analyzer analyzer, int doc, String id, int limit)
			throws IOException {
		IndexReader reader = searcher.getIndexReader();
		MoreLikeThis mlt = new MoreLikeThis(reader);
		mlt.setAnalyzer(analyzer);
		mlt.setFieldNames(FIELDS);
		// written answers are short: a word said once can be what they are about
		mlt.setMinTermFreq(1);
		// a term no other document has cannot match any
		mlt.setMinDocFreq(2);
		// terms in more than a fifth of the documents say little (but a tiny collection keeps them)
		mlt.setMaxDocFreq(Math.max(2, reader.numDocs() / 5));
		mlt.setMinWordLen(3);
		mlt.setMaxQueryTerms(25);
		Query like = mlt.like(doc);
		List<Term> terms = new ArrayList<>();
		terms(like, terms);
		if (terms.isEmpty()) {
			return List.of();
		}
		BooleanQuery query = new BooleanQuery.Builder().add(like, BooleanClause.Occur.MUST)
				.add(new TermQuery(new Term(IndexField.ID, id)), BooleanClause.Occur.MUST_NOT).build();
		ScoreDoc[] hits = searcher.search(query, Math.max(1, limit)).scoreDocs;
		List<SimilarDocument> similar = new ArrayList<>(hits.length);
		List<LeafReaderContext> leaves = reader.leaves();
		for (ScoreDoc hit : hits) {
			LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(hit.doc, leaves));
			int local = hit.doc - leaf.docBase;
			Set<String> shared = new LinkedHashSet<>();
			for (Term term : terms) {
				if (!shared.contains(term.text()) && contains(leaf, term, local)) {
					shared.add(term.text());
				}
			}
			String hitId = searcher.storedFields().document(hit.doc, Set.of(IndexField.ID)).get(IndexField.ID);
			similar.add(new SimilarDocument(hitId, hit.score, List.copyOf(shared)));
		}
		return similar;
	}

	/** The terms of a MoreLikeThis query, most distinctive first (the order it adds them in). */
	private static void terms(Query query, List<Term> terms) {
		if (query instanceof BoostQuery boost) {
			terms(boost.getQuery(), terms);
		} else if (query instanceof TermQuery term) {
			terms.add(term.getTerm());
		} else if (query instanceof BooleanQuery bool) {
			for (BooleanClause clause : bool.clauses()) {
				terms(clause.query(), terms);
			}
		}
	}

	private static boolean contains(LeafReaderContext leaf, Term term, int doc) throws IOException {
		PostingsEnum postings = leaf.reader().postings(term, PostingsEnum.NONE);
		return postings != null && postings.advance(doc) == doc;
	}
}
