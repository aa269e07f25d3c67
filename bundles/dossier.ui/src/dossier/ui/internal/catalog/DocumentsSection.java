package dossier.ui.internal.catalog;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IWorkbenchPartSite;

import dossier.core.catalog.DocumentRef;
import dossier.core.catalog.EntityPage;
import dossier.core.catalog.Passage;

/**
 * The Documents tab of an entity page: the documents that mention it, newest first. Enter
 * or a double-click opens one at the entity's first mention when the page lists it.
 */
public final class DocumentsSection implements PageSection {

	private final FilteredTable<DocumentRef> table;
	private Map<String, Passage> firstMentions = Map.of();

	/**
	 * @param parent where to create it
	 * @param site the editor's site, for the context menu
	 * @param focus tracks the editor's tables
	 */
	public DocumentsSection(Composite parent, IWorkbenchPartSite site, FocusedViewer focus) {
		table = new FilteredTable<>(parent, "documents", "Filter by title, date or id", //$NON-NLS-1$ //$NON-NLS-2$
				d -> d.title() + '\n' + Documents.date(d) + '\n' + d.id());
		GridDataFactory.fillDefaults().grab(true, true).applyTo(table.control());
		RowTable<DocumentRef> rows = table.table();
		rows.fit(rows.column("Date", 12, SWT.LEFT, Documents::date, Comparator.comparing(Documents::date), true), //$NON-NLS-1$
				Documents.SAMPLE_DATE);
		rows.textColumn("Title", 65, DocumentRef::title); //$NON-NLS-1$
		rows.textColumn("Id", 23, DocumentRef::id); //$NON-NLS-1$
		RowMenu.attach(site, rows, "&Open Document", d -> open(site, d), "documents.csv"); //$NON-NLS-1$ //$NON-NLS-2$
		focus.track(rows.viewer());
	}

	private void open(IWorkbenchPartSite site, DocumentRef document) {
		Passage first = firstMentions.get(document.id());
		Documents.open(site.getPage(), document, first == null ? 0 : first.start(), first == null ? 0 : first.end());
	}

	@Override
	public void show(EntityPage page) {
		Map<String, Passage> first = new HashMap<>();
		if (page != null) {
			page.passages().forEach(p -> first.putIfAbsent(p.document().id(), p));
		}
		firstMentions = first;
		table.setRows(page == null ? List.of() : page.documents());
	}

	/** @return the table */
	public RowTable<DocumentRef> rows() {
		return table.table();
	}

	@Override
	public Control control() {
		return table.control();
	}
}
