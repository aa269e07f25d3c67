package dossier.ui.internal.catalog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbenchPartSite;

import dossier.core.catalog.EntityPage;
import dossier.core.entity.EntityCount;
import dossier.core.entity.EntityKinds;

/**
 * The Related tab of an entity page: the agencies, operations and countries named in the
 * same documents, side by side, each with the number of documents they share with it, most
 * first. Enter or a double-click opens one's page.
 */
public final class RelatedSection implements PageSection {

	/** The kinds listed, in the order shown. */
	public static final List<String> KINDS = List.of(EntityKinds.AGENCY, EntityKinds.OPERATION, EntityKinds.COUNTRY);

	private final SashForm sash;
	private final Map<String, RowTable<EntityCount>> tables = new LinkedHashMap<>();
	private final Map<String, Label> headings = new LinkedHashMap<>();

	/**
	 * @param parent where to create it
	 * @param site the editor's site, for opening pages and the context menus
	 * @param focus tracks the editor's tables
	 */
	public RelatedSection(Composite parent, IWorkbenchPartSite site, FocusedViewer focus) {
		sash = new SashForm(parent, SWT.HORIZONTAL);
		for (String kind : KINDS) {
			Composite pane = new Composite(sash, SWT.NONE);
			GridLayoutFactory.fillDefaults().margins(2, 2).applyTo(pane);
			Label heading = new Label(pane, SWT.NONE);
			GridDataFactory.fillDefaults().grab(true, false).applyTo(heading);
			RowTable<EntityCount> rows = new RowTable<>(pane, e -> e.name() + '\n' + e.id());
			GridDataFactory.fillDefaults().grab(true, true).hint(100, 60).applyTo(rows.control());
			rows.textColumn(FactLabels.kind(kind), 75, EntityCount::name);
			TableViewerColumn shared = rows.numberColumn("Shared", 25, EntityCount::documents); //$NON-NLS-1$
			shared.getColumn().setToolTipText("How many documents name both"); //$NON-NLS-1$
			rows.sortBy(shared, true);
			RowMenu.attach(site, rows, "&Open Entity Page", //$NON-NLS-1$
					e -> EntityPages.open(site.getPage(), e.kind(), e.id(), e.name()), "related-" + plural(kind) + ".csv"); //$NON-NLS-1$ //$NON-NLS-2$
			focus.track(rows.viewer());
			tables.put(kind, rows);
			headings.put(kind, heading);
		}
		show(null);
	}

	@Override
	public void show(EntityPage page) {
		for (String kind : KINDS) {
			List<EntityCount> related = page == null ? List.of() : page.related(kind);
			tables.get(kind).setRows(related);
			headings.get(kind).setText(capitalised(plural(kind)) + " (" + related.size() + ")"); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/**
	 * @param page an entity page
	 * @return how many entities it lists as related, of the kinds shown
	 */
	public static int count(EntityPage page) {
		return KINDS.stream().mapToInt(k -> page.related(k).size()).sum();
	}

	/**
	 * @param kind one of {@link #KINDS}
	 * @return its table
	 */
	public RowTable<EntityCount> rows(String kind) {
		return tables.get(kind);
	}

	@Override
	public Control control() {
		return sash;
	}

	private static String plural(String kind) {
		return switch (kind) {
			case EntityKinds.AGENCY -> "agencies"; //$NON-NLS-1$
			case EntityKinds.COUNTRY -> "countries"; //$NON-NLS-1$
			default -> kind + "s"; //$NON-NLS-1$
		};
	}

	private static String capitalised(String text) {
		return Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}
}
