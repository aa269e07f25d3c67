package dossier.ui.internal.views;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.IJobChangeListener;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.IViewSite;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.statushandlers.StatusManager;

import dossier.core.export.DocumentExport;
import dossier.core.index.IndexField;
import dossier.core.index.SearchHit;
import dossier.core.index.SearchRequest;
import dossier.core.index.SearchRequest.Sort;
import dossier.core.index.SearchResult;
import dossier.ui.internal.editors.DocumentEditor;
import dossier.ui.internal.jobs.ImportJobs;

/**
 * Searches the collection: a query field with history and field proposals, the order, a
 * status line with paging, facets to drill down by, the active filters, and a page of hits
 * with their best passages. Enter or a double-click opens a hit. The widgets live in
 * {@link SearchLayout}; this class keeps the search's state and runs it.
 */
public final class SearchView extends ViewPart {

	/** The view's id, as in plugin.xml. */
	public static final String ID = "dossier.ui.views.search"; //$NON-NLS-1$
	/** How many hits a page shows. */
	public static final int PAGE_SIZE = 100;

	private SearchLayout ui;
	private IMemento memento;
	private SearchJob job;
	private String query = ""; //$NON-NLS-1$
	private final Map<String, List<String>> filters = new LinkedHashMap<>();
	private Sort sort = Sort.RELEVANCE;
	private int offset;
	private SearchRequest request;
	private SearchResult latest;
	private final IJobChangeListener importListener = new JobChangeAdapter() {
		@Override
		public void done(IJobChangeEvent event) {
			if (event.getJob().belongsTo(ImportJobs.FAMILY)) {
				runInUi(SearchView.this::run);
			}
		}
	};

	@Override
	public void init(IViewSite site, IMemento savedState) throws PartInitException {
		super.init(site, savedState);
		this.memento = savedState;
	}

	@Override
	public void createPartControl(Composite parent) {
		ui = new SearchLayout(parent, this);
		ui.query().load(memento);
		ui.showFacets(memento == null || !Boolean.FALSE.equals(memento.getBoolean(SearchLayout.TAG_FACETS)));
		ui.hits().viewer().addOpenListener(event -> open((IStructuredSelection) event.getSelection()));
		getSite().setSelectionProvider(ui.hits().viewer());
		getSite().getService(IHandlerService.class).activateHandler(IWorkbenchCommandConstants.EDIT_COPY,
				new CopyHitsHandler(ui.hits()::selectionAsText));
		ExportHitsAction export = new ExportHitsAction(getSite().getShell(), this::newExportJob);
		getViewSite().getActionBars().getToolBarManager().add(export);
		getViewSite().getActionBars().getToolBarManager().add(ui.facetsToggle());
		getViewSite().getActionBars().getMenuManager().add(export);
		getViewSite().getActionBars().getMenuManager().add(ui.facetsToggle());
		Job.getJobManager().addJobChangeListener(importListener);
		search(""); //$NON-NLS-1$
	}

	/**
	 * Runs a query in the background, from the first page, keeping the filters and order,
	 * and shows its hits and facets when it is done.
	 *
	 * @param newQuery the query; blank lists every document
	 */
	public void search(String newQuery) {
		query = newQuery == null ? "" : newQuery.strip(); //$NON-NLS-1$
		ui.query().show(query);
		ui.query().history().add(query);
		offset = 0;
		run();
	}

	/**
	 * Shows only hits that have a facet value (besides other values of the same field).
	 *
	 * @param field a facet field, see {@link IndexField.ALL_FACETS}
	 * @param value the value
	 */
	public void addFilter(String field, String value) {
		List<String> values = filters.computeIfAbsent(field, f -> new ArrayList<>());
		if (!values.contains(value)) {
			values.add(value);
			offset = 0;
			run();
		}
	}

	/**
	 * @param field a facet field
	 * @param value a value it was filtered by
	 */
	public void removeFilter(String field, String value) {
		List<String> values = filters.get(field);
		if (values != null && values.remove(value)) {
			if (values.isEmpty()) {
				filters.remove(field);
			}
			offset = 0;
			run();
		}
	}

	/** Drops every filter and searches again. */
	public void clearFilters() {
		if (!filters.isEmpty()) {
			filters.clear();
			offset = 0;
			run();
		}
	}

	/** @param newSort the order of hits; the search runs again from the first page */
	public void setSort(Sort newSort) {
		sort = newSort;
		ui.showSort(newSort);
		offset = 0;
		run();
	}

	/** Shows the next page of hits, if there is one. */
	public void nextPage() {
		if (latest != null && offset + PAGE_SIZE < latest.totalHits()) {
			offset += PAGE_SIZE;
			run();
		}
	}

	/** Shows the previous page of hits, if there is one. */
	public void previousPage() {
		if (offset > 0) {
			offset = Math.max(0, offset - PAGE_SIZE);
			run();
		}
	}

	/** Runs the current query, filters, order and page. */
	private void run() {
		Map<String, List<String>> copy = new LinkedHashMap<>();
		filters.forEach((field, values) -> copy.put(field, List.copyOf(values)));
		request = new SearchRequest(query, copy, sort, offset, PAGE_SIZE, IndexField.ALL_FACETS);
		ui.filters().show(filters);
		if (job != null) {
			job.cancel();
		}
		ui.status().showMessage("Searching\u2026"); //$NON-NLS-1$
		job = new SearchJob(request, this::showResult, this::showError);
		job.schedule();
	}

	private void showResult(SearchResult result) {
		runInUi(() -> {
			if (!result.request().equals(request)) {
				return; // a newer search is on its way
			}
			if (result.hits().isEmpty() && offset > 0 && result.totalHits() > 0) {
				// the collection shrank under this page: show the last one there is
				offset = (int) ((result.totalHits() - 1) / PAGE_SIZE * PAGE_SIZE);
				run();
				return;
			}
			latest = result;
			ui.hits().show(result.hits());
			ui.facets().show(result.facets());
			ui.status().show(result);
		});
	}

	private void showError(String message) {
		runInUi(() -> {
			latest = null;
			ui.hits().show(List.of());
			ui.facets().show(List.of());
			ui.status().showMessage(message);
		});
	}

	private void runInUi(Runnable update) {
		Display display = ui.hits().viewer().getControl().getDisplay();
		display.asyncExec(() -> {
			if (!ui.hits().viewer().getControl().isDisposed()) {
				update.run();
			}
		});
	}

	/**
	 * @param file where to write
	 * @param format CSV or JSON
	 * @return a job (not yet scheduled) that writes every hit of the latest search, or null
	 *         when no search has succeeded
	 */
	public Job exportJob(Path file, DocumentExport.Format format) {
		return newExportJob(file, format);
	}

	private ExportHitsJob newExportJob(Path file, DocumentExport.Format format) {
		return latest == null ? null : new ExportHitsJob(latest.request(), file, format, latest.totalHits());
	}

	private void open(IStructuredSelection selection) {
		if (selection.getFirstElement() instanceof SearchHit hit) {
			try {
				DocumentEditor.open(getSite().getPage(), hit.id(), hit.title(), query);
			} catch (PartInitException e) {
				StatusManager.getManager().handle(e.getStatus(), StatusManager.SHOW | StatusManager.LOG);
			}
		}
	}

	/** @return the hits table, for tests */
	public TableViewer getViewer() {
		return ui.hits().viewer();
	}

	/** @return the status line's text, for tests */
	public String getStatusText() {
		return ui.status().statusText();
	}

	/** @return which hits the page shows, e.g. "1–100 of 4,060", for tests */
	public String getPageText() {
		return ui.status().pageText();
	}

	/** @return the facet tree, for tests */
	public TreeViewer getFacetViewer() {
		return ui.facets().viewer();
	}

	/** @return one removable chip per active filter, for tests */
	public List<Button> getFilterChips() {
		return ui.filters().chips();
	}

	/** @return the Previous and Next buttons, for tests */
	public Button[] getPageButtons() {
		return new Button[] { ui.status().previousButton(), ui.status().nextButton() };
	}

	/** @return the order chooser, for tests */
	public Combo getSortCombo() {
		return ui.sortCombo();
	}

	/** @return the latest request sent to the index, for tests */
	public SearchRequest getRequest() {
		return request;
	}

	/** @return the remembered queries, newest first, for tests */
	public List<String> getHistory() {
		return ui.query().history().queries();
	}

	/** Puts the cursor in the query field, its text selected. */
	public void focusQuery() {
		ui.query().widget().setFocus();
		ui.query().widget().selectAll();
	}

	@Override
	public void setFocus() {
		ui.query().widget().setFocus();
	}

	@Override
	public void saveState(IMemento state) {
		super.saveState(state);
		if (ui != null) {
			ui.query().history().save(state);
			state.putBoolean(SearchLayout.TAG_FACETS, ui.facetsToggle().isChecked());
		}
	}

	@Override
	public void dispose() {
		Job.getJobManager().removeJobChangeListener(importListener);
		if (job != null) {
			job.cancel();
		}
		super.dispose();
	}
}
