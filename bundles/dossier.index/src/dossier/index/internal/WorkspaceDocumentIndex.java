package dossier.index.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.osgi.framework.FrameworkUtil;

import dossier.core.document.SourceDocument;
import dossier.core.entity.EntityCount;
import dossier.core.index.DocumentIndex;
import dossier.core.index.HighlightedText;
import dossier.core.index.IndexBatch;
import dossier.core.index.SearchException;
import dossier.core.index.SearchRequest;
import dossier.core.index.SearchResult;
import dossier.core.index.SimilarDocument;

/**
 * The collection's index in the user's workspace (the instance location), offered as the
 * {@link DocumentIndex} service. The Lucene index is opened on first use, so that starting
 * the workbench does not wait for it.
 */
public final class WorkspaceDocumentIndex implements DocumentIndex {

	private static final ILog LOG = ILog.of(WorkspaceDocumentIndex.class);
	private LuceneDocumentIndex index;

	/** Called by Declarative Services. */
	public void activate() {
		// opened lazily in index()
	}

	/** Called by Declarative Services: closes the index so that its lock is released. */
	public synchronized void deactivate() {
		if (index != null) {
			try {
				index.close();
			} catch (IOException e) {
				LOG.error("Could not close the index", e); //$NON-NLS-1$
			}
			index = null;
		}
	}

	/** @return the folder of the index: {@code index} in this bundle's workspace state folder */
	public static Path folder() {
		return Platform.getStateLocation(FrameworkUtil.getBundle(WorkspaceDocumentIndex.class)).append("index") //$NON-NLS-1$
				.toPath();
	}

	private synchronized LuceneDocumentIndex index() throws IOException {
		if (index == null) {
			index = new LuceneDocumentIndex(folder());
		}
		return index;
	}

	@Override
	public void apply(IndexBatch batch) throws IOException {
		index().apply(batch);
	}

	@Override
	public long removeSources(Collection<String> sources) throws IOException {
		return index().removeSources(sources);
	}

	@Override
	public Optional<String> fingerprint(String source) throws IOException {
		return index().fingerprint(source);
	}

	@Override
	public int size() throws IOException {
		return index().size();
	}

	@Override
	public long generation() throws IOException {
		return index().generation();
	}

	@Override
	public SearchResult search(SearchRequest request) throws SearchException, IOException {
		return index().search(request);
	}

	@Override
	public void forEachMatch(SearchRequest request, Consumer<SourceDocument> visitor)
			throws SearchException, IOException {
		index().forEachMatch(request, visitor);
	}

	@Override
	public Set<String> ids(SearchRequest request) throws SearchException, IOException {
		return index().ids(request);
	}

	@Override
	public List<SimilarDocument> similar(String id, int limit) throws IOException {
		return index().similar(id, limit);
	}

	@Override
	public List<EntityCount> entities(String kind, SearchRequest request) throws SearchException, IOException {
		return index().entities(kind, request);
	}

	@Override
	public Optional<SourceDocument> get(String id) throws IOException {
		return index().get(id);
	}

	@Override
	public Optional<HighlightedText> highlight(String id, String query) throws SearchException, IOException {
		return index().highlight(id, query);
	}

	@Override
	public String toString() {
		try {
			return "Workspace index in " + folder(); //$NON-NLS-1$
		} catch (IllegalStateException | UncheckedIOException e) {
			return "Workspace index"; //$NON-NLS-1$
		}
	}
}
