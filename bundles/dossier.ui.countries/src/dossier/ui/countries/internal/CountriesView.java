package dossier.ui.countries.internal;

import java.util.Comparator;
import java.util.List;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.part.ViewPart;

import dossier.ui.internal.catalog.CatalogCall;
import dossier.ui.internal.catalog.FilteredTable;
import dossier.ui.internal.catalog.ImportWatcher;
import dossier.ui.internal.catalog.RowMenu;
import dossier.ui.internal.catalog.RowTable;
import dossier.ui.internal.tables.CopyRowsHandler;
import dossier.ui.internal.tables.ExportRowsAction;

/**
 * Every country of the atlas with how many documents of the collection mention it and how
 * often: a filter box (name, code, region, subregion, other names), sortable columns and
 * the count line. Sorting by region groups the countries by region, the most mentioned first
 * within each; the view menu's Group by Region does the same, and Mentioned Only hides the
 * countries the collection does not name. Enter or a double-click opens the country page;
 * Ctrl+C copies the selected rows, the toolbar exports the rows shown as CSV. The counts are
 * read again after every import.
 */
public final class CountriesView extends ViewPart {

	/** The view's id, as in plugin.xml. */
	public static final String ID = "dossier.ui.countries.views.countries"; //$NON-NLS-1$

	private FilteredTable<CountryRow> table;
	private CatalogCall<List<CountryRow>> call;
	private ExportRowsAction export;
	private TableViewerColumn region;
	private IAction mentionedOnly;
	private List<CountryRow> all = List.of();

	@Override
	public void createPartControl(Composite parent) {
		GridLayoutFactory.fillDefaults().applyTo(parent);
		table = new FilteredTable<>(parent, "countries", "Filter by name, code, region or subregion", //$NON-NLS-1$ //$NON-NLS-2$
				CountriesView::searchText);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(table.control());
		RowTable<CountryRow> rows = table.table();
		rows.textColumn("Country", 30, CountryRow::name); //$NON-NLS-1$
		rows.fit(rows.textColumn("Alpha-2", 6, CountryRow::alpha2), "WW"); //$NON-NLS-1$ //$NON-NLS-2$
		// by region, then the most mentioned first: sorting by this column groups the countries
		region = rows.column("Region", 14, SWT.LEFT, CountryRow::region, //$NON-NLS-1$
				Comparator.comparing(CountryRow::region, String.CASE_INSENSITIVE_ORDER)
						.thenComparing(Comparator.comparingInt(CountryRow::mentions).reversed())
						.thenComparing(CountryRow::name, String.CASE_INSENSITIVE_ORDER),
				false);
		region.getColumn().setToolTipText("Sort by region to group the countries, the most mentioned first in each"); //$NON-NLS-1$
		rows.textColumn("Subregion", 18, CountryRow::subregion); //$NON-NLS-1$
		rows.numberColumn("Documents", 9, CountryRow::documents); //$NON-NLS-1$
		TableViewerColumn mentions = rows.numberColumn("Mentions", 9, CountryRow::mentions); //$NON-NLS-1$
		rows.sortBy(mentions, true);
		TableViewer viewer = rows.viewer();
		getSite().setSelectionProvider(viewer);
		CopyRowsHandler.activate(getSite(), viewer);
		export = RowMenu.attach(getSite(), rows, "&Open Country Page", this::open, "countries.csv"); //$NON-NLS-1$ //$NON-NLS-2$
		initToolBar();
		call = new CatalogCall<>("Counting the countries of the collection", CountryRows::read, false); //$NON-NLS-1$
		ImportWatcher.reloadAfterImports(viewer.getControl(), this::load);
		load();
	}

	private void initToolBar() {
		IToolBarManager toolBar = getViewSite().getActionBars().getToolBarManager();
		IMenuManager menu = getViewSite().getActionBars().getMenuManager();
		IAction group = new Action("Group by &Region") { //$NON-NLS-1$
			@Override
			public void run() {
				groupByRegion();
			}
		};
		group.setToolTipText("Group by region, the most mentioned first in each"); //$NON-NLS-1$
		mentionedOnly = new Action("&Mentioned Only", IAction.AS_CHECK_BOX) { //$NON-NLS-1$
			@Override
			public void run() {
				showRows();
			}
		};
		mentionedOnly.setToolTipText("Only the countries the collection mentions"); //$NON-NLS-1$
		menu.add(group);
		menu.add(mentionedOnly);
		toolBar.add(export);
	}

	/** Reads the counts in a Job; the count line says "Loading…" meanwhile. */
	void load() {
		table.setMessage("Loading\u2026"); //$NON-NLS-1$
		call.ask(table.control(), rows -> {
			all = rows;
			showRows();
		}, reason -> table.setMessage("Cannot count the countries: " + reason)); //$NON-NLS-1$
	}

	private void showRows() {
		table.setRows(mentionedOnly.isChecked() ? all.stream().filter(r -> r.mentions() > 0).toList() : all);
	}

	/** Sorts by region, the most mentioned first within each. */
	public void groupByRegion() {
		table.table().sortBy(region, false);
	}

	/** @param only whether to list only the countries the collection mentions */
	public void setMentionedOnly(boolean only) {
		mentionedOnly.setChecked(only);
		showRows();
	}

	private void open(CountryRow row) {
		CountryPages.open(getSite().getPage(), row.alpha2(), row.name());
	}

	private static String searchText(CountryRow row) {
		return row.name() + '\n' + row.alpha2() + '\n' + row.country().alpha3() + '\n' + row.region() + '\n'
				+ row.subregion() + '\n' + row.country().officialName() + '\n' + String.join("\n", row.country().aliases()) //$NON-NLS-1$
				+ '\n' + String.join("\n", row.country().demonyms()); //$NON-NLS-1$
	}

	/** @return the table, for tests */
	public TableViewer getViewer() {
		return table.table().viewer();
	}

	/** @return the rows shown, filtered and sorted, for tests */
	public List<CountryRow> getShownRows() {
		return table.table().shown();
	}

	/** @return the filter box, for tests */
	public Text getFilter() {
		return table.filter();
	}

	/** @return the count line ("12 of 250 countries"), for tests */
	public String getStatusText() {
		return table.statusText();
	}

	/** @return the toolbar's export action, for tests */
	public ExportRowsAction getExportAction() {
		return export;
	}

	@Override
	public void setFocus() {
		if (getViewer().getTable().getSelectionCount() > 0) {
			getViewer().getTable().setFocus();
		} else {
			table.filter().setFocus();
		}
	}
}
