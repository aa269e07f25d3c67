package dossier.ui.internal.views;

import java.nio.file.Path;
import java.util.Arrays;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DropTarget;
import org.eclipse.swt.dnd.DropTargetAdapter;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.dnd.FileTransfer;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;

import dossier.core.index.SearchRequest.Sort;
import dossier.ui.internal.ImportDocumentsHandler;

/**
 * The Search view's widgets and how they are laid out: query and order on top, the status
 * line with paging, then facets beside the filters and hits (the facets can be hidden).
 * User actions are handed to the view.
 */
final class SearchLayout {

	/** The memento key that remembers whether the facets are shown. */
	static final String TAG_FACETS = "showFacets"; //$NON-NLS-1$
	private static final String[] SORT_LABELS = { "Relevance", "Newest first", "Oldest first" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	/** Below this width (pixels) the facets go above the hits rather than beside them. */
	private static final int NARROW = 900;
	private final QueryField query;
	private final Combo sortCombo;
	private final StatusBar status;
	private final SashForm sash;
	private final Composite hitArea;
	private final FacetPanel facets;
	private final FilterBar filters;
	private final HitTable hits;
	private final IAction facetsToggle;

	SearchLayout(Composite parent, SearchView view) {
		GridLayoutFactory.fillDefaults().margins(4, 4).spacing(4, 4).applyTo(parent);
		Composite top = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).spacing(4, 0).applyTo(top);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(top);
		query = new QueryField(top, view::search);
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(query.widget());
		sortCombo = new Combo(top, SWT.READ_ONLY | SWT.DROP_DOWN);
		sortCombo.setItems(SORT_LABELS);
		sortCombo.select(Sort.RELEVANCE.ordinal());
		sortCombo.setToolTipText("The order of the hits"); //$NON-NLS-1$
		sortCombo.addListener(SWT.Selection, e -> view.setSort(Sort.values()[sortCombo.getSelectionIndex()]));
		status = new StatusBar(parent, view::previousPage, view::nextPage);
		sash = new SashForm(parent, SWT.HORIZONTAL | SWT.SMOOTH);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
		facets = new FacetPanel(sash, value -> view.addFilter(value.field(), value.value()));
		hitArea = new Composite(sash, SWT.NONE);
		GridLayoutFactory.fillDefaults().spacing(0, 4).applyTo(hitArea);
		filters = new FilterBar(hitArea, value -> view.removeFilter(value.field(), value.value()), view::clearFilters);
		hits = new HitTable(hitArea, view::setSort);
		sash.setWeights(28, 72);
		// a narrow view (the default layout) puts the facets above the hits, so both fit
		sash.addListener(SWT.Resize, e -> {
			int orientation = sash.getClientArea().width < NARROW ? SWT.VERTICAL : SWT.HORIZONTAL;
			if (sash.getOrientation() != orientation) {
				sash.setOrientation(orientation);
				sash.setWeights(orientation == SWT.VERTICAL ? new int[] { 35, 65 } : new int[] { 28, 72 });
			}
		});
		query.widget().addListener(SWT.KeyDown, e -> {
			if (e.keyCode == SWT.ARROW_DOWN && hits.viewer().getTable().getItemCount() > 0) {
				hits.viewer().getTable().setFocus();
				hits.viewer().getTable().setSelection(0);
			}
		});
		facetsToggle = new Action("Facets", IAction.AS_CHECK_BOX) { //$NON-NLS-1$
			@Override
			public void run() {
				showFacets(isChecked());
			}
		};
		facetsToggle.setToolTipText("Show or hide the facets: counts by department, year and more, to drill down by"); //$NON-NLS-1$
		initDrop(view);
	}

	/** Files and folders dropped on the hits are imported. */
	private void initDrop(SearchView view) {
		DropTarget target = new DropTarget(hits.viewer().getControl(), DND.DROP_COPY | DND.DROP_DEFAULT);
		target.setTransfer(FileTransfer.getInstance());
		target.addDropListener(new DropTargetAdapter() {
			@Override
			public void dragEnter(DropTargetEvent event) {
				event.detail = DND.DROP_COPY;
			}

			@Override
			public void drop(DropTargetEvent event) {
				if (event.data instanceof String[] files && files.length > 0) {
					ImportDocumentsHandler.start(view.getSite().getShell(), Arrays.stream(files).map(Path::of).toList());
				}
			}
		});
	}

	/** @param show whether the facet panel takes its part of the view or the hits all of it */
	void showFacets(boolean show) {
		facetsToggle.setChecked(show);
		sash.setMaximizedControl(show ? null : hitArea);
	}

	/** @param sort the order now asked for, shown in the combo and on the table header */
	void showSort(Sort sort) {
		sortCombo.select(sort.ordinal());
		hits.showSort(sort);
	}

	QueryField query() {
		return query;
	}

	Combo sortCombo() {
		return sortCombo;
	}

	StatusBar status() {
		return status;
	}

	FacetPanel facets() {
		return facets;
	}

	FilterBar filters() {
		return filters;
	}

	HitTable hits() {
		return hits;
	}

	IAction facetsToggle() {
		return facetsToggle;
	}
}
