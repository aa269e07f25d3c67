package dossier.ui.internal.entities;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToLongFunction;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.IJobChangeListener;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.statushandlers.StatusManager;

import dossier.core.entity.EntityCount;
import dossier.core.entity.EntityKinds;
import dossier.core.index.DocumentIndex;
import dossier.core.index.IndexField;
import dossier.core.index.SearchRequest;
import dossier.ui.internal.Services;
import dossier.ui.internal.catalog.EntityPages;
import dossier.ui.internal.jobs.ImportJobs;
import dossier.ui.internal.views.SearchView;

/**
 * The entities of one kind the collection mentions, with document and mention counts:
 * filter by name, sort by any column, double-click (or Enter) to search the documents
 * that mention one; the context menu also opens its entity page.
 */
public final class EntitiesView extends ViewPart {

	/** The view's id, as in plugin.xml. */
	public static final String ID = "dossier.ui.views.entities"; //$NON-NLS-1$
	private static final List<String> KINDS = List.of(EntityKinds.AGENCY, EntityKinds.OPERATION, EntityKinds.COUNTRY,
			EntityKinds.FUNDING);
	private static final List<String> LABELS = List.of("Agencies", "Operations", "Countries", "Funding recipients"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

	private Combo kind;
	private Text filter;
	private Label status;
	private TableViewer viewer;
	private final IJobChangeListener importListener = new JobChangeAdapter() {
		@Override
		public void done(IJobChangeEvent event) {
			if (event.getJob().belongsTo(ImportJobs.FAMILY) && !viewer.getControl().isDisposed()) {
				viewer.getControl().getDisplay().asyncExec(EntitiesView.this::load);
			}
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		GridLayoutFactory.fillDefaults().numColumns(3).margins(4, 4).applyTo(parent);
		kind = new Combo(parent, SWT.READ_ONLY);
		kind.setItems(LABELS.toArray(String[]::new));
		kind.select(0);
		kind.addListener(SWT.Selection, e -> load());
		filter = new Text(parent, SWT.SEARCH | SWT.ICON_CANCEL);
		filter.setMessage("Filter by name"); //$NON-NLS-1$
		filter.addListener(SWT.Modify, e -> viewer.refresh());
		GridDataFactory.fillDefaults().grab(true, false).applyTo(filter);
		status = new Label(parent, SWT.NONE);
		GridDataFactory.fillDefaults().hint(180, SWT.DEFAULT).applyTo(status);
		initTable(parent);
		Job.getJobManager().addJobChangeListener(importListener);
		load();
	}

	private void initTable(Composite parent) {
		Composite area = new Composite(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).span(3, 1).applyTo(area);
		TableColumnLayout layout = new TableColumnLayout();
		area.setLayout(layout);
		viewer = new TableViewer(area, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		EntityComparator comparator = new EntityComparator();
		column(layout, "Entity", 45, EntityCount::name, null, comparator); //$NON-NLS-1$
		column(layout, "Id", 20, EntityCount::id, null, comparator); //$NON-NLS-1$
		column(layout, "Documents", 15, e -> Long.toString(e.documents()), EntityCount::documents, comparator); //$NON-NLS-1$
		column(layout, "Mentions", 15, e -> Long.toString(e.mentions()), EntityCount::mentions, comparator); //$NON-NLS-1$
		viewer.setComparator(comparator);
		viewer.addFilter(new ViewerFilter() {
			@Override
			public boolean select(Viewer v, Object parentElement, Object element) {
				String wanted = filter.getText().strip().toLowerCase(Locale.ROOT);
				EntityCount entity = (EntityCount) element;
				return wanted.isEmpty() || entity.name().toLowerCase(Locale.ROOT).contains(wanted)
						|| entity.id().toLowerCase(Locale.ROOT).contains(wanted);
			}
		});
		viewer.addOpenListener(e -> {
			if (viewer.getStructuredSelection().getFirstElement() instanceof EntityCount entity) {
				searchFor(entity);
			}
		});
		getSite().setSelectionProvider(viewer);
		initContextMenu();
	}

	/** Search for the entity's documents (what Enter does), or open its entity page. */
	private void initContextMenu() {
		IAction search = new Action("&Show Documents\tEnter") { //$NON-NLS-1$
			@Override
			public void run() {
				selected().ifPresent(EntitiesView.this::searchFor);
			}
		};
		IAction page = new Action("Open Entity &Page") { //$NON-NLS-1$
			@Override
			public void run() {
				selected().ifPresent(e -> EntityPages.open(getSite().getPage(), e.kind(), e.id(), e.name()));
			}
		};
		MenuManager menu = new MenuManager();
		menu.add(search);
		menu.add(page);
		menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		menu.addMenuListener(m -> {
			search.setEnabled(selected().isPresent());
			page.setEnabled(selected().isPresent());
		});
		viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
		getSite().registerContextMenu(menu, viewer);
	}

	private Optional<EntityCount> selected() {
		return viewer.getStructuredSelection().getFirstElement() instanceof EntityCount entity ? Optional.of(entity)
				: Optional.empty();
	}

	private void column(TableColumnLayout layout, String title, int weight, Function<EntityCount, String> text,
			ToLongFunction<EntityCount> number, EntityComparator comparator) {
		TableViewerColumn column = new TableViewerColumn(viewer, number == null ? SWT.LEFT : SWT.RIGHT);
		column.getColumn().setText(title);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((EntityCount) element);
			}
		});
		column.getColumn().addListener(SWT.Selection, e -> {
			comparator.sortBy(text, number);
			viewer.getTable().setSortColumn(column.getColumn());
			viewer.getTable().setSortDirection(comparator.descending ? SWT.DOWN : SWT.UP);
			viewer.refresh();
		});
		layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, 60));
	}

	/** @return the kind shown */
	public String getKind() {
		return KINDS.get(Math.max(0, kind.getSelectionIndex()));
	}

	/** @param entityKind the kind to show, one of agency, operation, country, funding */
	public void showKind(String entityKind) {
		kind.select(KINDS.indexOf(entityKind));
		load();
	}

	/** Counts the entities of the chosen kind in the background. */
	void load() {
		String chosen = getKind();
		status.setText("Counting\u2026"); //$NON-NLS-1$
		Job job = Job.create("Counting " + chosen + " entities", monitor -> { //$NON-NLS-1$ //$NON-NLS-2$
			try {
				List<EntityCount> entities = Services.get(DocumentIndex.class).entities(chosen, SearchRequest.of("")); //$NON-NLS-1$
				viewer.getControl().getDisplay().asyncExec(() -> show(chosen, entities));
				return Status.OK_STATUS;
			} catch (Exception e) {
				return Status.error("Cannot count the " + chosen + " entities: " + e.getMessage(), e); //$NON-NLS-1$ //$NON-NLS-2$
			}
		});
		job.setSystem(true);
		job.schedule();
	}

	private void show(String shownKind, List<EntityCount> entities) {
		if (viewer.getControl().isDisposed() || !shownKind.equals(getKind())) {
			return;
		}
		viewer.setInput(entities);
		status.setText(entities.size() == 1 ? "1 entity" : entities.size() + " entities"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private void searchFor(EntityCount entity) {
		try {
			SearchView search = (SearchView) getSite().getPage().showView(SearchView.ID);
			if (IndexField.ALL_FACETS.contains(entity.kind())) {
				search.addFilter(entity.kind(), entity.id());
			} else {
				search.search(entity.kind() + ":\"" + entity.id().replace("\"", "\\\"") + "\""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			}
		} catch (PartInitException e) {
			StatusManager.getManager().handle(e.getStatus(), StatusManager.SHOW | StatusManager.LOG);
		}
	}

	/** @return the table, for tests */
	public TableViewer getViewer() {
		return viewer;
	}

	/** @return the count line, for tests */
	public String getStatusText() {
		return status.getText();
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		Job.getJobManager().removeJobChangeListener(importListener);
		super.dispose();
	}

	/** Sorts by the clicked column; numbers most first, names A to Z; a second click reverses. */
	private static final class EntityComparator extends ViewerComparator {
		private Function<EntityCount, String> text = EntityCount::name;
		private ToLongFunction<EntityCount> number = EntityCount::documents;
		private boolean descending = true;

		void sortBy(Function<EntityCount, String> newText, ToLongFunction<EntityCount> newNumber) {
			if (newText == text) {
				descending = !descending;
			} else {
				text = newText;
				number = newNumber;
				descending = newNumber != null;
			}
		}

		@Override
		public int compare(Viewer v, Object a, Object b) {
			EntityCount x = (EntityCount) a;
			EntityCount y = (EntityCount) b;
			int order = number != null ? Long.compare(number.applyAsLong(x), number.applyAsLong(y))
					: text.apply(x).compareToIgnoreCase(text.apply(y));
			if (order == 0) {
				order = x.name().compareToIgnoreCase(y.name());
				return order;
			}
			return descending ? -order : order;
		}
	}
}
