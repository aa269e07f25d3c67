package dossier.ui.internal.views;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.IJobChangeListener;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DropTarget;
import org.eclipse.swt.dnd.DropTargetAdapter;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.dnd.FileTransfer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.statushandlers.StatusManager;

import dossier.core.index.SearchHit;
import dossier.core.index.SearchResult;
import dossier.ui.internal.ImportDocumentsHandler;
import dossier.ui.internal.editors.DocumentEditor;
import dossier.ui.internal.jobs.ImportJobs;

/**
 * Searches the collection: a query field, a status line and a table of hits with their
 * best passages, the query's words highlighted. Enter or a double-click opens a hit.
 */
public final class SearchView extends ViewPart {

	/** The view's id, as in plugin.xml. */
	public static final String ID = "dossier.ui.views.search"; //$NON-NLS-1$
	static final int MAX_HITS = 200;

	private Text queryField;
	private Label status;
	private TableViewer viewer;
	private SearchJob job;
	private String lastQuery = ""; //$NON-NLS-1$
	private final IJobChangeListener importListener = new JobChangeAdapter() {
		@Override
		public void done(IJobChangeEvent event) {
			if (event.getJob().belongsTo(ImportJobs.FAMILY)) {
				Display display = viewer.getControl().getDisplay();
				display.asyncExec(() -> {
					if (!viewer.getControl().isDisposed()) {
						search(lastQuery);
					}
				});
			}
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		GridLayoutFactory.fillDefaults().margins(4, 4).spacing(4, 4).applyTo(parent);
		initQueryField(parent);
		initStatus(parent);
		initViewer(parent);
		Job.getJobManager().addJobChangeListener(importListener);
		search(""); //$NON-NLS-1$
	}

	private void initQueryField(Composite parent) {
		queryField = new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		queryField.setMessage("Search the collection, e.g. Pentameter, \"human trafficking\", SOCA AND funding"); //$NON-NLS-1$
		queryField.addListener(SWT.DefaultSelection, e -> search(queryField.getText()));
		queryField.addListener(SWT.KeyDown, e -> {
			if (e.keyCode == SWT.ARROW_DOWN && viewer.getTable().getItemCount() > 0) {
				viewer.getTable().setFocus();
				viewer.getTable().setSelection(0);
			}
		});
		GridDataFactory.fillDefaults().grab(true, false).applyTo(queryField);
	}

	private void initStatus(Composite parent) {
		status = new Label(parent, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(status);
	}

	private void initViewer(Composite parent) {
		Composite tableArea = new Composite(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(tableArea);
		TableColumnLayout layout = new TableColumnLayout();
		tableArea.setLayout(layout);
		viewer = new TableViewer(tableArea, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		addColumn(layout, "Title", 25, new ColumnLabelProvider() { //$NON-NLS-1$
			@Override
			public String getText(Object element) {
				return ((SearchHit) element).title();
			}

			@Override
			public String getToolTipText(Object element) {
				return ((SearchHit) element).source();
			}
		});
		TableViewerColumn snippet = new TableViewerColumn(viewer, SWT.NONE);
		snippet.getColumn().setText("Best passages"); //$NON-NLS-1$
		snippet.setLabelProvider(new SnippetLabelProvider());
		layout.setColumnData(snippet.getColumn(), new ColumnWeightData(45, 200));
		addColumn(layout, "Answered", 12, new ColumnLabelProvider() { //$NON-NLS-1$
			@Override
			public String getText(Object element) {
				return ((SearchHit) element).answerDate().map(Object::toString).orElse(""); //$NON-NLS-1$
			}
		});
		addColumn(layout, "Department", 18, new ColumnLabelProvider() { //$NON-NLS-1$
			@Override
			public String getText(Object element) {
				return ((SearchHit) element).department();
			}
		});
		viewer.addOpenListener(event -> open((IStructuredSelection) event.getSelection()));
		initDrop();
		getSite().setSelectionProvider(viewer);
	}

	/** Files and folders dropped on the hits are imported. */
	private void initDrop() {
		DropTarget target = new DropTarget(viewer.getControl(), DND.DROP_COPY | DND.DROP_DEFAULT);
		target.setTransfer(FileTransfer.getInstance());
		target.addDropListener(new DropTargetAdapter() {
			@Override
			public void dragEnter(DropTargetEvent event) {
				event.detail = DND.DROP_COPY;
			}

			@Override
			public void drop(DropTargetEvent event) {
				if (event.data instanceof String[] files && files.length > 0) {
					ImportDocumentsHandler.start(getSite().getShell(), Arrays.stream(files).map(Path::of).toList());
				}
			}
		});
	}

	private void addColumn(TableColumnLayout layout, String title, int weight, ColumnLabelProvider labels) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
		column.getColumn().setText(title);
		column.setLabelProvider(labels);
		layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, 120));
	}

	/**
	 * Runs a query in the background and shows its hits when it is done.
	 *
	 * @param query the query; blank lists every document
	 */
	public void search(String query) {
		lastQuery = query == null ? "" : query.strip(); //$NON-NLS-1$
		if (!queryField.getText().strip().equals(lastQuery)) {
			queryField.setText(lastQuery);
		}
		if (job != null) {
			job.cancel();
		}
		status.setText("Searching\u2026"); //$NON-NLS-1$
		job = new SearchJob(lastQuery, MAX_HITS, this::showResult, this::showError);
		job.schedule();
	}

	private void showResult(SearchResult result) {
		runInUi(() -> {
			if (!result.query().equals(lastQuery)) {
				return; // a newer search is on its way
			}
			viewer.setInput(result.hits());
			status.setText(summary(result));
			status.getParent().layout(true);
		});
	}

	private void showError(String message) {
		runInUi(() -> {
			viewer.setInput(List.of());
			status.setText(message);
			status.getParent().layout(true);
		});
	}

	static String summary(SearchResult result) {
		long total = result.totalHits();
		String documents = total == 1 ? "1 document" : total + " documents"; //$NON-NLS-1$ //$NON-NLS-2$
		String shown = total > result.hits().size() ? " (the best " + result.hits().size() + " shown)" : ""; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		if (result.query().isEmpty()) {
			return documents + " in the collection" + shown; //$NON-NLS-1$
		}
		return documents + " match " + result.query() + shown; //$NON-NLS-1$
	}

	private void runInUi(Runnable update) {
		Display display = viewer.getControl().getDisplay();
		display.asyncExec(() -> {
			if (!viewer.getControl().isDisposed()) {
				update.run();
			}
		});
	}

	private void open(IStructuredSelection selection) {
		if (selection.getFirstElement() instanceof SearchHit hit) {
			try {
				DocumentEditor.open(getSite().getPage(), hit.id(), hit.title(), lastQuery);
			} catch (PartInitException e) {
				StatusManager.getManager().handle(e.getStatus(), StatusManager.SHOW | StatusManager.LOG);
			}
		}
	}

	/** @return the hits table, for tests */
	public TableViewer getViewer() {
		return viewer;
	}

	/** @return the status line's text, for tests */
	public String getStatusText() {
		return status.getText();
	}

	/** Puts the cursor in the query field, its text selected. */
	public void focusQuery() {
		queryField.setFocus();
		queryField.selectAll();
	}

	@Override
	public void setFocus() {
		queryField.setFocus();
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
