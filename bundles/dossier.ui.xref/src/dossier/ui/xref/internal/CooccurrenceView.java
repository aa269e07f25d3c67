package dossier.ui.xref.internal;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.part.ViewPart;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import dossier.core.catalog.DocumentRef;
import dossier.core.entity.EntityCount;
import dossier.core.entity.EntityKinds;
import dossier.core.index.SearchRequest;
import dossier.core.xref.CooccurrenceMatrix;
import dossier.core.xref.CrossReference;

/**
 * The co-occurrence matrix of two entity kinds as a heat-map table: one row per entity of
 * the first kind, one column per entity of the second (the busiest {@value #MAX_COLUMNS}),
 * each cell the number of documents mentioning both, shaded by that number. Double-click a
 * cell to list its documents below. The matrix is computed by the {@link CrossReference}
 * service in a Job; the table is virtual, so thousands of rows cost nothing.
 */
public final class CooccurrenceView extends ViewPart {

	/** The view's id. */
	public static final String ID = "dossier.ui.xref.cooccurrence"; //$NON-NLS-1$
	/** The most columns shown. */
	static final int MAX_COLUMNS = 40;
	private static final int SHADES = 8;

	private Combo rowKind;
	private Combo columnKind;
	private Label status;
	private Table table;
	private Table documentTable;
	private final Color[] shades = new Color[SHADES];
	private volatile CooccurrenceMatrix matrix;
	private volatile boolean busy;
	private volatile List<DocumentRef> documents = List.of();
	private SearchRequest restriction;

	@Override
	public void createPartControl(Composite parent) {
		for (int i = 0; i < SHADES; i++) {
			// from pale yellow to deep orange
			shades[i] = new Color(255, 245 - i * 22, 200 - i * 25);
		}
		parent.setLayout(new GridLayout(1, false));
		initKinds(parent);
		SashForm sash = new SashForm(parent, SWT.VERTICAL);
		sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		initMatrixTable(sash);
		initDocumentTable(sash);
		sash.setWeights(3, 1);
		load();
	}

	private void initKinds(Composite parent) {
		Composite bar = new Composite(parent, SWT.NONE);
		bar.setLayout(new GridLayout(5, false));
		bar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		new Label(bar, SWT.NONE).setText("Rows:"); //$NON-NLS-1$
		rowKind = kindCombo(bar, EntityKinds.AGENCY);
		new Label(bar, SWT.NONE).setText("Columns:"); //$NON-NLS-1$
		columnKind = kindCombo(bar, EntityKinds.COUNTRY);
		status = new Label(bar, SWT.NONE);
		status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
	}

	private Combo kindCombo(Composite parent, String selected) {
		Combo combo = new Combo(parent, SWT.READ_ONLY);
		combo.setItems(EntityKinds.BUILT_IN.toArray(String[]::new));
		combo.select(EntityKinds.BUILT_IN.indexOf(selected));
		combo.addListener(SWT.Selection, e -> load());
		return combo;
	}

	private void initMatrixTable(Composite parent) {
		table = new Table(parent, SWT.VIRTUAL | SWT.BORDER | SWT.FULL_SELECTION);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		table.addListener(SWT.SetData, this::fill);
		table.addListener(SWT.MouseDoubleClick, e -> {
			Point at = new Point(e.x, e.y);
			TableItem item = table.getItem(at);
			if (item == null) {
				return;
			}
			for (int column = 2; column < table.getColumnCount(); column++) {
				if (item.getBounds(column).contains(at)) {
					openCell(table.indexOf(item), column - 2);
				}
			}
		});
	}

	private void initDocumentTable(Composite parent) {
		documentTable = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION);
		documentTable.setHeaderVisible(true);
		for (String title : new String[] { "Answered", "Title", "Id" }) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			TableColumn column = new TableColumn(documentTable, SWT.LEFT);
			column.setText(title);
			column.setWidth(title.equals("Title") ? 420 : 110); //$NON-NLS-1$
		}
	}

	/**
	 * @param rows the kind of the rows
	 * @param columns the kind of the columns
	 */
	public void setKinds(String rows, String columns) {
		rowKind.setText(rows);
		columnKind.setText(columns);
		load();
	}

	/** @param search the search to count within, or {@code null} for the whole collection */
	public void setRestriction(SearchRequest search) {
		restriction = search;
		load();
	}

	/** Computes the matrix of the chosen kinds in the background, then shows it. */
	public void load() {
		String rows = rowKind.getText();
		String columns = columnKind.getText();
		SearchRequest search = restriction;
		busy = true;
		status.setText("Counting…"); //$NON-NLS-1$
		background("Counting co-occurrences of " + rows + " and " + columns, monitor -> { //$NON-NLS-1$ //$NON-NLS-2$
			CooccurrenceMatrix counted = xref().cooccurrence(rows, columns, search, monitor);
			ui(() -> show(counted));
		});
	}

	private void show(CooccurrenceMatrix counted) {
		matrix = counted;
		table.setRedraw(false);
		try {
			for (TableColumn column : table.getColumns()) {
				column.dispose();
			}
			column(counted.rowKind(), 220, null);
			column("docs", 60, null); //$NON-NLS-1$
			for (EntityCount entity : counted.columns().subList(0, Math.min(MAX_COLUMNS, counted.columns().size()))) {
				column(entity.id().length() > 10 ? entity.id().substring(0, 9) + '…' : entity.id(), 64, entity.name());
			}
			table.setItemCount(counted.rows().size());
			table.clearAll();
		} finally {
			table.setRedraw(true);
		}
		status.setText(String.format("%d × %d entities; double-click a cell for its documents", //$NON-NLS-1$
				counted.rows().size(), counted.columns().size()));
		busy = false;
	}

	private void column(String text, int width, String tip) {
		TableColumn column = new TableColumn(table, text.equals("docs") || tip != null ? SWT.RIGHT : SWT.LEFT); //$NON-NLS-1$
		column.setText(text);
		column.setWidth(width);
		column.setToolTipText(tip);
	}

	private void fill(Event event) {
		CooccurrenceMatrix m = matrix;
		TableItem item = (TableItem) event.item;
		int row = table.indexOf(item);
		if (m == null || row < 0 || row >= m.rows().size()) {
			return;
		}
		EntityCount entity = m.rows().get(row);
		item.setText(0, entity.name());
		item.setText(1, Long.toString(entity.documents()));
		int max = Math.max(1, m.max());
		for (int c = 0; c < Math.min(MAX_COLUMNS, m.columns().size()); c++) {
			int count = m.count(row, c);
			item.setText(c + 2, count == 0 ? "" : Integer.toString(count)); //$NON-NLS-1$
			if (count > 0) {
				// a logarithmic scale, so that the few large cells do not wash out the rest
				int shade = (int) Math.round((SHADES - 1) * Math.log1p(count) / Math.log1p(max));
				item.setBackground(c + 2, shades[shade]);
			}
		}
	}

	/**
	 * Lists the documents of a cell below the matrix.
	 *
	 * @param row a row index
	 * @param column a column index of the matrix
	 */
	public void openCell(int row, int column) {
		CooccurrenceMatrix m = matrix;
		if (m == null) {
			return;
		}
		busy = true;
		background("Listing documents", monitor -> { //$NON-NLS-1$
			List<DocumentRef> found = xref().documents(m.cell(row, column), m.restriction(), monitor);
			ui(() -> showDocuments(found));
		});
	}

	private void showDocuments(List<DocumentRef> found) {
		documents = found;
		documentTable.removeAll();
		for (DocumentRef doc : found) {
			TableItem item = new TableItem(documentTable, SWT.NONE);
			item.setText(new String[] { doc.date().map(Object::toString).orElse(""), doc.title(), doc.id() }); //$NON-NLS-1$
		}
		busy = false;
	}

	/** Work for a background job. */
	private interface Work {
		void run(IProgressMonitor monitor) throws Exception;
	}

	/** Runs work in a Job; a failure is logged and said in the status line (core bundles only log, the view shows). */
	private void background(String name, Work work) {
		Job.create(name, monitor -> {
			try {
				work.run(monitor);
			} catch (OperationCanceledException e) {
				return Status.CANCEL_STATUS;
			} catch (Exception e) {
				ILog.of(CooccurrenceView.class).error(name, e);
				ui(() -> {
					busy = false;
					status.setText(name + " failed: " + e.getMessage()); //$NON-NLS-1$
				});
			}
			return Status.OK_STATUS;
		}).schedule();
	}

	private void ui(Runnable update) {
		if (table.isDisposed()) {
			return;
		}
		table.getDisplay().asyncExec(() -> {
			if (!table.isDisposed()) {
				update.run();
			}
		});
	}

	private CrossReference xref() throws InterruptedException {
		BundleContext context = FrameworkUtil.getBundle(CooccurrenceView.class).getBundleContext();
		ServiceTracker<CrossReference, CrossReference> tracker = new ServiceTracker<>(context, CrossReference.class, null);
		tracker.open();
		try {
			CrossReference service = tracker.waitForService(TimeUnit.SECONDS.toMillis(30));
			if (service == null) {
				throw new IllegalStateException("The cross-reference service did not start"); //$NON-NLS-1$
			}
			return service;
		} finally {
			tracker.close();
		}
	}

	/** @return the matrix shown, or {@code null} before the first one is counted */
	public CooccurrenceMatrix matrix() {
		return matrix;
	}

	/** @return whether a matrix or a cell's documents are being computed */
	public boolean isBusy() {
		return busy;
	}

	/** @return the documents of the cell last opened */
	public List<DocumentRef> documents() {
		return documents;
	}

	/** @return the heat-map table */
	public Table table() {
		return table;
	}

	@Override
	public void setFocus() {
		table.setFocus();
	}
}
