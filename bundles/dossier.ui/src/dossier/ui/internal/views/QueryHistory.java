package dossier.ui.internal.views;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.ui.IMemento;

/** The most recent queries, newest first, without repeats; kept in the view's memento. */
final class QueryHistory {

	/** How many queries are remembered. */
	static final int SIZE = 20;
	private static final String TAG_HISTORY = "queryHistory"; //$NON-NLS-1$
	private static final String TAG_QUERY = "query"; //$NON-NLS-1$
	private static final String ATTR_TEXT = "text"; //$NON-NLS-1$
	private final List<String> queries = new ArrayList<>();

	/** @param query a query just run; blank ones are not remembered */
	void add(String query) {
		String q = query == null ? "" : query.strip(); //$NON-NLS-1$
		if (q.isEmpty()) {
			return;
		}
		queries.remove(q);
		queries.add(0, q);
		while (queries.size() > SIZE) {
			queries.remove(queries.size() - 1);
		}
	}

	/** @return the queries, newest first */
	List<String> queries() {
		return List.copyOf(queries);
	}

	/** @param memento the view's saved state, or null on a first start */
	void load(IMemento memento) {
		IMemento history = memento == null ? null : memento.getChild(TAG_HISTORY);
		if (history == null) {
			return;
		}
		IMemento[] saved = history.getChildren(TAG_QUERY);
		// oldest first, so that add() leaves the newest on top
		for (int i = saved.length - 1; i >= 0; i--) {
			add(saved[i].getString(ATTR_TEXT));
		}
	}

	/** @param memento where the view saves its state */
	void save(IMemento memento) {
		IMemento history = memento.createChild(TAG_HISTORY);
		for (String query : queries) {
			history.createChild(TAG_QUERY).putString(ATTR_TEXT, query);
		}
	}
}
