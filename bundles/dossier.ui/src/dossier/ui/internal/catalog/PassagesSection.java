package dossier.ui.internal.catalog;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.resource.FontDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IWorkbenchPartSite;

import dossier.core.catalog.EntityPage;
import dossier.core.catalog.Passage;
import dossier.ui.internal.editors.MentionStyles;

/**
 * The Passages tab of an entity page: its mentions in context, one keyword-in-context line
 * each (date, document, the words before right-aligned, the mention in bold in its kind's
 * colour, the words after). Enter or a double-click opens the document with the mention
 * selected. Sorting by the words before sorts them from the mention outwards.
 */
public final class PassagesSection implements PageSection {

	private final FilteredTable<Passage> table;

	/**
	 * @param parent where to create it
	 * @param site the editor's site, for the context menu
	 * @param focus tracks the editor's tables
	 * @param kind the entity's kind, for the mention's colour
	 */
	public PassagesSection(Composite parent, IWorkbenchPartSite site, FocusedViewer focus, String kind) {
		table = new FilteredTable<>(parent, "passages", "Filter by document, date or words", //$NON-NLS-1$ //$NON-NLS-2$
				p -> p.document().title() + '\n' + Documents.date(p.document()) + '\n' + p.text());
		GridDataFactory.fillDefaults().grab(true, true).applyTo(table.control());
		RowTable<Passage> rows = table.table();
		rows.fit(rows.column("Date", 9, SWT.LEFT, p -> Documents.date(p.document()), //$NON-NLS-1$
				Comparator.comparing(p -> Documents.date(p.document())), true), Documents.SAMPLE_DATE);
		rows.textColumn("Document", 18, p -> p.document().title()); //$NON-NLS-1$
		TableViewerColumn before = rows.column("Before", 30, SWT.RIGHT, Passage::before, //$NON-NLS-1$
				Comparator.comparing(p -> reversed(p.before())), false);
		PaintedColumn.install(before.getColumn(), true, null, null);
		MentionCells mentions = new MentionCells(rows.viewer().getControl(), kind);
		TableViewerColumn mention = rows.column("Mention", 15, SWT.LEFT, mentions, //$NON-NLS-1$
				Comparator.comparing(Passage::surface, String.CASE_INSENSITIVE_ORDER), false);
		PaintedColumn.install(mention.getColumn(), false, mentions.bold, mentions.colour);
		rows.textColumn("After", 28, Passage::after); //$NON-NLS-1$
		RowMenu.attach(site, rows, "&Open Document at the Mention", //$NON-NLS-1$
				p -> Documents.open(site.getPage(), p.document(), p.start(), p.end()), "passages.csv"); //$NON-NLS-1$
		focus.track(rows.viewer());
	}

	@Override
	public void show(EntityPage page) {
		table.setRows(page == null ? List.of() : page.passages());
	}

	/**
	 * @param page the entity page
	 * @return the tab's title: "Passages (7)", or "Passages (500 of 1,234)" when the page
	 *         lists only the first
	 */
	public static String title(EntityPage page) {
		int shown = page.passages().size();
		int all = page.entity().mentions();
		return "&Passages (" + (shown < all ? String.format(Locale.UK, "%,d of %,d", shown, all) : shown) + ")"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/** @return the table */
	public RowTable<Passage> rows() {
		return table.table();
	}

	@Override
	public Control control() {
		return table.control();
	}

	private static String reversed(String before) {
		return new StringBuilder(before.strip()).reverse().toString().toLowerCase(Locale.ROOT);
	}

	/** The mention: bold, in the colour the document viewer gives its kind. */
	private static final class MentionCells extends ColumnLabelProvider {
		private final Font bold;
		private final Color colour;

		MentionCells(Control table, String kind) {
			ResourceManager resources = new LocalResourceManager(JFaceResources.getResources(), table);
			bold = resources.create(FontDescriptor.createFrom(table.getFont()).setStyle(SWT.BOLD));
			colour = MentionStyles.colour(kind, table.getDisplay());
		}

		@Override
		public String getText(Object element) {
			return ((Passage) element).surface();
		}

		@Override
		public Font getFont(Object element) {
			return bold;
		}

		@Override
		public Color getForeground(Object element) {
			return colour;
		}
	}
}
