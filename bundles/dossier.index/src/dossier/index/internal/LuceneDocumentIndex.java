package dossier.index.internal;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexWriterConfig.OpenMode;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

import dossier.core.document.SourceDocument;
import dossier.core.index.DocumentIndex;
import dossier.core.index.HighlightedText;
import dossier.core.index.SearchException;
import dossier.core.index.SearchHit;
import dossier.core.index.SearchResult;

/**
 * The document index in a Lucene directory: one Lucene document per source document,
 * searched with the classic query parser and highlighted with the unified highlighter.
 */
public final class LuceneDocumentIndex implements DocumentIndex, Closeable {

	private final Directory directory;
	private final Analyzer analyzer = new EnglishAnalyzer();
	private final Object writeLock = new Object();
	private IndexWriter writer;
	private SearcherManager searchers;

	/**
	 * Opens the index in a folder, creating it if needed.
	 *
	 * @param folder the index folder
	 * @throws IOException if the folder cannot be opened, for example because another
	 *                     Dossier holds it
	 */
	public LuceneDocumentIndex(Path folder) throws IOException {
		this(FSDirectory.open(folder));
	}

	/**
	 * Opens the index in a Lucene directory, creating it if needed.
	 *
	 * @param directory the directory, which this index closes when it is closed
	 * @throws IOException if the directory cannot be opened
	 */
	public LuceneDocumentIndex(Directory directory) throws IOException {
		this.directory = directory;
		open();
	}

	private void open() throws IOException {
		IndexWriterConfig config = new IndexWriterConfig(analyzer).setOpenMode(OpenMode.CREATE_OR_APPEND);
		writer = new IndexWriter(directory, config);
		searchers = new SearcherManager(writer, null);
	}

	@Override
	public void add(Collection<SourceDocument> documents) throws IOException {
		synchronized (writeLock) {
			try {
				for (SourceDocument document : documents) {
					writer.updateDocument(new Term(IndexFields.ID, document.id()), IndexFields.toLucene(document));
				}
				writer.commit();
			} catch (IOException | RuntimeException e) {
				// Drop the whole batch: the last commit stays the state of record.
				searchers.close();
				writer.rollback();
				open();
				throw e;
			}
			searchers.maybeRefreshBlocking();
		}
	}

	@Override
	public int size() throws IOException {
		IndexSearcher searcher = searchers.acquire();
		try {
			return searcher.getIndexReader().numDocs();
		} finally {
			searchers.release(searcher);
		}
	}

	@Override
	public SearchResult search(String query, int maxHits) throws SearchException, IOException {
		Query parsed = parse(query);
		IndexSearcher searcher = searchers.acquire();
		try {
			TopDocs top = searcher.search(parsed, Math.max(1, maxHits));
			List<HighlightedText> snippets = Highlights.snippets(searcher, analyzer, parsed, top);
			List<SearchHit> hits = new ArrayList<>(top.scoreDocs.length);
			for (int i = 0; i < top.scoreDocs.length; i++) {
				ScoreDoc scoreDoc = top.scoreDocs[i];
				Document stored = searcher.storedFields().document(scoreDoc.doc);
				hits.add(new SearchHit(stored.get(IndexFields.ID), stored.get(IndexFields.TITLE),
						stored.get(IndexFields.SOURCE), scoreDoc.score, snippets.get(i)));
			}
			return new SearchResult(query, top.totalHits.value(), hits);
		} finally {
			searchers.release(searcher);
		}
	}

	@Override
	public Optional<SourceDocument> get(String id) throws IOException {
		IndexSearcher searcher = searchers.acquire();
		try {
			return find(searcher, id).map(doc -> IndexFields.fromLucene(stored(searcher, doc)));
		} finally {
			searchers.release(searcher);
		}
	}

	@Override
	public Optional<HighlightedText> highlight(String id, String query) throws SearchException, IOException {
		Query parsed = query == null || query.isBlank() ? null : parse(query);
		IndexSearcher searcher = searchers.acquire();
		try {
			Optional<Integer> doc = find(searcher, id);
			if (doc.isEmpty()) {
				return Optional.empty();
			}
			String text = stored(searcher, doc.get()).get(IndexFields.BODY);
			if (parsed == null) {
				return Optional.of(HighlightedText.plain(text));
			}
			return Optional.of(Highlights.wholeText(searcher, analyzer, parsed, doc.get(), text));
		} finally {
			searchers.release(searcher);
		}
	}

	private static Optional<Integer> find(IndexSearcher searcher, String id) throws IOException {
		TopDocs top = searcher.search(new TermQuery(new Term(IndexFields.ID, id)), 1);
		return top.scoreDocs.length == 0 ? Optional.empty() : Optional.of(top.scoreDocs[0].doc);
	}

	private static Document stored(IndexSearcher searcher, int doc) {
		try {
			return searcher.storedFields().document(doc);
		} catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	private Query parse(String query) throws SearchException {
		if (query == null || query.isBlank()) {
			return new MatchAllDocsQuery();
		}
		QueryParser parser = new MultiFieldQueryParser(IndexFields.SEARCHED, analyzer);
		parser.setDefaultOperator(QueryParser.Operator.AND);
		try {
			return parser.parse(query);
		} catch (ParseException | IllegalArgumentException e) {
			String reason = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse(""); //$NON-NLS-1$ //$NON-NLS-2$
			throw new SearchException("Cannot read the query \"" + query + "\": " + reason, e); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	@Override
	public void close() throws IOException {
		synchronized (writeLock) {
			searchers.close();
			writer.close();
			directory.close();
		}
	}
}
