package dossier.ui.internal.catalog;

import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.part.ViewPart;

import dossier.core.catalog.EntitySummary;
import dossier.ui.internal.tables.CopyRowsHandler;
import dossier.ui.internal.tables.ExportRowsAction;

/**
 * A view listing every entity of one kind from the {@link dossier.core.catalog.EntityCatalog}:
 * a filter box, a virtual table with sortable columns and the count line ("12 of 340
 * agencies"). Enter or a double-click opens the entity's page; the selection (of
 * {@link EntitySummary}s) is the view's, for other views to follow, and the view follows
 * an entity of its kind selected elsewhere (the Entities view, a page's related
 * entities); Ctrl+C copies the
 * selected rows and the toolbar exports the rows shown to CSV. The rows are read again
 * after every import.
 */
public abstract class EntityListView extends ViewPart {

	private FilteredTable<EntitySummary> table;
	private CatalogCall<List<EntitySummary>> call;
	private ExportRowsAction export;

	/** Selects the entity another part selects, if it is of this view's kind and shown. */
	private final ISelectionListener follow = (part, selection) -> {
		if (part != this && selection instanceof IStructuredSelection chosen && chosen.size() == 1) {
			EntityPages.entity(chosen.getFirstElement()).filter(e -> e.getKind().equals(kind()))
					.ifPresent(e -> table.table().reveal(row -> row.id().equals(e.getId())));
		}
	};

	/** @return the kind of entity listed */
	protected abstract String kind();

	/** @return what the rows are, plural and lower case ("agencies") */
	protected abstract String noun();

	/** @return what the filter box matches, for its hint */
	protected abstract String filterHint();

	/**
	 * @param entity a row
	 * @return the text the filter words are looked for in
	 */
	protected abstract String searchText(EntitySummary entity);

	/**
	 * Adds the table's columns.
	 *
	 * @param rows the table
	 * @return the column sorted by at first, most first
	 */
	protected abstract TableViewerColumn addColumns(RowTable<EntitySummary> rows);

	@Override
	public void createPartControl(Composite parent) {
		GridLayoutFactory.fillDefaults().applyTo(parent);
		table = new FilteredTable<>(parent, noun(), filterHint(), this::searchText);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(table.control());
		RowTable<EntitySummary> rows = table.table();
		rows.sortBy(addColumns(rows), true);
		TableViewer viewer = rows.viewer();
		getSite().setSelectionProvider(viewer);
		CopyRowsHandler.activate(getSite(), viewer);
		export = RowMenu.attach(getSite(), rows, "&Open Entity Page", this::open, noun() + ".csv"); //$NON-NLS-1$ //$NON-NLS-2$
		getViewSite().getActionBars().getToolBarManager().add(export);
		call = new CatalogCall<>("Reading the " + noun() + " of the collection", //$NON-NLS-1$
				(catalog, monitor) -> catalog.entities(kind(), monitor), true);
		ImportWatcher.reloadAfterImports(viewer.getControl(), this::load);
		getSite().getPage().addSelectionListener(follow);
		load();
	}

	@Override
	public void dispose() {
		getSite().getPage().removeSelectionListener(follow);
		super.dispose();
	}

	/** Reads the entities from the catalog, at once if it is current, else in a Job. */
	void load() {
		boolean answered = call.ask(table.control(), table::setRows,
				reason -> table.setMessage("Cannot read the " + noun() + ": " + reason)); //$NON-NLS-1$ //$NON-NLS-2$
		if (!answered) {
			table.setMessage("Loading\u2026"); //$NON-NLS-1$
		}
	}

	private void open(EntitySummary entity) {
		EntityPages.open(getSite().getPage(), entity.kind(), entity.id(), entity.name());
	}

	/** @return the table, for tests */
	public TableViewer getViewer() {
		return table.table().viewer();
	}

	/** @return the rows shown, filtered and sorted, for tests */
	public List<EntitySummary> getShownRows() {
		return table.table().shown();
	}

	/** @return the filter box, for tests */
	public Text getFilter() {
		return table.filter();
	}

	/** @return the count line ("12 of 340 agencies"), for tests */
	public String getStatusText() {
		return table.statusText();
	}

	/** @return the toolbar's export action, for tests */
	public ExportRowsAction getExportAction() {
		return export;
	}

	@Override
	public void setFocus() {
		// the filter box, ready for typing, unless the user has picked a row
		if (getViewer().getTable().getSelectionCount() > 0) {
			getViewer().getTable().setFocus();
		} else {
			table.filter().setFocus();
		}
	}
}
