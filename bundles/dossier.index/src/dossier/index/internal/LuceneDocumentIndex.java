package dossier.index.internal;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.function.Consumer;

import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexWriterConfig.OpenMode;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermRangeQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

import dossier.core.document.SourceDocument;
import dossier.core.entity.EntityCount;
import dossier.core.entity.Mention;
import dossier.core.index.DocumentIndex;
import dossier.core.index.Facet;
import dossier.core.index.HighlightedText;
import dossier.core.index.IndexBatch;
import dossier.core.index.IndexField;
import dossier.core.index.SearchException;
import dossier.core.index.SearchHit;
import dossier.core.index.SearchRequest;
import dossier.core.index.SearchResult;
import dossier.core.index.SimilarDocument;

/**
 * The document index in a Lucene directory: one Lucene document per source document,
 * near-real-time searchers over one writer, a commit per batch.
 */
public final class LuceneDocumentIndex implements DocumentIndex, Closeable {

	private final Directory directory;
	private final FacetsConfig facetsConfig = IndexFields.facetsConfig();
	private final QueryFactory queries = new QueryFactory(facetsConfig);
	private final FacetCounter facetCounter = new FacetCounter(facetsConfig);
	private final Object writeLock = new Object();
	/** Batches this large are written from several threads. */
	private static final int PARALLEL_BATCH = 2_000;
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
		IndexWriterConfig config = new IndexWriterConfig(queries.analyzer()).setOpenMode(OpenMode.CREATE_OR_APPEND)
				.setRAMBufferSizeMB(64);
		writer = new IndexWriter(directory, config);
		searchers = new SearcherManager(writer, null);
	}

	@Override
	public void apply(IndexBatch batch) throws IOException {
		synchronized (writeLock) {
			try {
				for (String source : batch.replacedSources()) {
					writer.deleteDocuments(new Term(IndexField.SOURCE, source));
				}
				write(batch);
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

	/**
	 * Adds a batch's documents. Large batches are analysed on all cores: the writer takes
	 * documents from several threads at once, each into its own segment.
	 */
	private void write(IndexBatch batch) throws IOException {
		List<SourceDocument> documents = batch.documents();
		if (documents.size() < PARALLEL_BATCH) {
			for (SourceDocument document : documents) {
				write(document, batch);
			}
			return;
		}
		try {
			documents.parallelStream().forEach(document -> {
				try {
					write(document, batch);
				} catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			});
		} catch (UncheckedIOException e) {
			throw e.getCause();
		}
	}

	private void write(SourceDocument document, IndexBatch batch) throws IOException {
		String fingerprint = batch.fingerprints().get(document.source());
		writer.updateDocument(new Term(IndexField.ID, document.id()), IndexFields.toLucene(document, fingerprint, facetsConfig));
	}

	@Override
	public long removeSources(Collection<String> sources) throws IOException {
		synchronized (writeLock) {
			long before = writer.getDocStats().numDocs;
			for (String source : sources) {
				writer.deleteDocuments(new Term(IndexField.SOURCE, source));
			}
			writer.commit();
			searchers.maybeRefreshBlocking();
			return before - writer.getDocStats().numDocs;
		}
	}

	@Override
	public Optional<String> fingerprint(String source) throws IOException {
		IndexSearcher searcher = searchers.acquire();
		try {
			TopDocs top = searcher.search(new TermQuery(new Term(IndexField.SOURCE, source)), 1);
			if (top.scoreDocs.length == 0) {
				return Optional.empty();
			}
			return Optional.ofNullable(searcher.storedFields().document(top.scoreDocs[0].doc).get(IndexFields.FINGERPRINT));
		} finally {
			searchers.release(searcher);
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
	public long generation() throws IOException {
		IndexSearcher searcher = searchers.acquire();
		try {
			// the reader is reopened after every commit that changed something
			return ((DirectoryReader) searcher.getIndexReader()).getVersion();
		} finally {
			searchers.release(searcher);
		}
	}

	@Override
	public SearchResult search(SearchRequest request) throws SearchException, IOException {
		Query text = queries.parse(request.query());
		Query query = queries.filter(text, request.filters());
		IndexSearcher searcher = searchers.acquire();
		try {
			int wanted = (int) Math.min(Integer.MAX_VALUE - 1L, (long) request.offset() + request.limit());
			TopDocs top = run(searcher, query, Math.max(1, wanted), request.sort());
			// the top-docs pass counts exactly up to a threshold; only beyond it is a second pass needed
			long total = top.totalHits.relation() == TotalHits.Relation.EQUAL_TO ? top.totalHits.value()
					: searcher.count(query);
			List<ScoreDoc> page = List.of(top.scoreDocs).subList(Math.min(request.offset(), top.scoreDocs.length),
					Math.min(wanted, top.scoreDocs.length));
			List<HighlightedText> snippets = Highlights.snippets(searcher, queries.analyzer(), text, page);
			List<SearchHit> hits = new ArrayList<>(page.size());
			for (int i = 0; i < page.size(); i++) {
				hits.add(hit(searcher.storedFields().document(page.get(i).doc), page.get(i).score, snippets.get(i)));
			}
			List<Facet> facets = request.facets().isEmpty() ? List.of()
					: facetCounter.count(searcher, query, request.facets());
			return new SearchResult(request, total, hits, facets);
		} catch (IndexSearcher.TooManyClauses e) {
			throw new SearchException("The query \"" + request.query() //$NON-NLS-1$
					+ "\" expands to too many terms: make its wildcards more specific", e); //$NON-NLS-1$
		} finally {
			searchers.release(searcher);
		}
	}

	private static TopDocs run(IndexSearcher searcher, Query query, int n, SearchRequest.Sort order)
			throws IOException {
		if (order == SearchRequest.Sort.RELEVANCE) {
			return searcher.search(query, n);
		}
		boolean newest = order == SearchRequest.Sort.NEWEST;
		SortField byDate = new SortField(IndexFields.ANSWERED_SORT, SortField.Type.LONG, newest);
		byDate.setMissingValue(newest ? Long.MIN_VALUE : Long.MAX_VALUE); // undated last
		return searcher.search(query, n, new Sort(byDate, SortField.FIELD_SCORE), true);
	}

	private static SearchHit hit(Document stored, float score, HighlightedText snippet) {
		return new SearchHit(stored.get(IndexField.ID), stored.get(IndexField.TITLE), value(stored, IndexField.SOURCE),
				Float.isNaN(score) ? 0 : score, snippet, value(stored, IndexField.KIND),
				value(stored, IndexField.DEPARTMENT), value(stored, IndexField.HOUSE),
				IndexFields.date(stored, IndexField.ANSWERED).orElse(null));
	}

	private static String value(Document stored, String field) {
		String value = stored.get(field);
		return value == null ? "" : value; //$NON-NLS-1$
	}

	@Override
	public void forEachMatch(SearchRequest request, Consumer<SourceDocument> visitor)
			throws SearchException, IOException {
		Query query = queries.filter(queries.parse(request.query()), request.filters());
		IndexSearcher searcher = searchers.acquire();
		try {
			int total = searcher.count(query);
			if (total == 0) {
				return;
			}
			for (ScoreDoc scoreDoc : run(searcher, query, total, request.sort()).scoreDocs) {
				visitor.accept(IndexFields.fromLucene(searcher.storedFields().document(scoreDoc.doc)));
			}
		} finally {
			searchers.release(searcher);
		}
	}

	@Override
	public Set<String> ids(SearchRequest request) throws SearchException, IOException {
		Query query = queries.filter(queries.parse(request.query()), request.filters());
		IndexSearcher searcher = searchers.acquire();
		try {
			Set<String> ids = new HashSet<>();
			StoredFields stored = searcher.storedFields();
			Set<String> idOnly = Set.of(IndexField.ID);
			for (ScoreDoc hit : searcher.search(query, Math.max(1, searcher.count(query))).scoreDocs) {
				ids.add(stored.document(hit.doc, idOnly).get(IndexField.ID));
			}
			return ids;
		} finally {
			searchers.release(searcher);
		}
	}

	@Override
	public List<SimilarDocument> similar(String id, int limit) throws IOException {
		IndexSearcher searcher = searchers.acquire();
		try {
			Optional<Integer> doc = find(searcher, id);
			return doc.isEmpty() ? List.of() : SimilarDocuments.find(searcher, queries.analyzer(), doc.get(), id, limit);
		} finally {
			searchers.release(searcher);
		}
	}

	@Override
	public List<EntityCount> entities(String kind, SearchRequest request) throws SearchException, IOException {
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		query.add(queries.filter(queries.parse(request.query()), request.filters()), BooleanClause.Occur.MUST);
		query.add(new TermRangeQuery(kind, null, null, true, true), BooleanClause.Occur.FILTER);
		Map<String, long[]> counts = new HashMap<>();
		Map<String, String> names = new HashMap<>();
		IndexSearcher searcher = searchers.acquire();
		try {
			StoredFields stored = searcher.storedFields();
			for (ScoreDoc hit : searcher.search(query.build(), Math.max(1, searcher.count(query.build()))).scoreDocs) {
				Document doc = stored.document(hit.doc, Set.of(IndexFields.MENTIONS));
				Set<String> inThisDocument = new HashSet<>();
				for (Mention mention : MentionCodec.decode(doc.get(IndexFields.MENTIONS), "")) { //$NON-NLS-1$
					if (mention.kind().equals(kind)) {
						long[] count = counts.computeIfAbsent(mention.entityId(), id -> new long[2]);
						count[1]++;
						if (inThisDocument.add(mention.entityId())) {
							count[0]++;
						}
						names.putIfAbsent(mention.entityId(), mention.entityName());
					}
				}
			}
		} finally {
			searchers.release(searcher);
		}
		List<EntityCount> result = new ArrayList<>();
		counts.forEach((id, count) -> result.add(new EntityCount(kind, id, names.get(id), count[0], count[1])));
		result.sort(Comparator.comparingLong(EntityCount::documents).reversed().thenComparing(EntityCount::id));
		return result;
	}

	@Override
	public Optional<SourceDocument> get(String id) throws IOException {
		IndexSearcher searcher = searchers.acquire();
		try {
			Optional<Integer> doc = find(searcher, id);
			return doc.isEmpty() ? Optional.empty()
					: Optional.of(IndexFields.fromLucene(searcher.storedFields().document(doc.get())));
		} finally {
			searchers.release(searcher);
		}
	}

	@Override
	public Optional<HighlightedText> highlight(String id, String query) throws SearchException, IOException {
		Query parsed = query == null || query.isBlank() ? null : queries.parse(query);
		IndexSearcher searcher = searchers.acquire();
		try {
			Optional<Integer> doc = find(searcher, id);
			if (doc.isEmpty()) {
				return Optional.empty();
			}
			String text = searcher.storedFields().document(doc.get()).get(IndexField.BODY);
			if (text == null) {
				text = ""; //$NON-NLS-1$
			}
			if (parsed == null || text.isEmpty()) {
				return Optional.of(HighlightedText.plain(text));
			}
			return Optional.of(Highlights.wholeText(searcher, queries.analyzer(), parsed, doc.get(), text));
		} finally {
			searchers.release(searcher);
		}
	}

	private static Optional<Integer> find(IndexSearcher searcher, String id) throws IOException {
		TopDocs top = searcher.search(new TermQuery(new Term(IndexField.ID, id)), 1);
		return top.scoreDocs.length == 0 ? Optional.empty() : Optional.of(top.scoreDocs[0].doc);
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
